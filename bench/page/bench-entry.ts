/**
 * The benchmark's page: drives the app's real kernel worker (the same client, worker, loaders and mapping
 * as the app) so `npm run bench` measures what a user gets. Exposes `window.claimlensBench`.
 */
import { getKernel } from '../../src/kernel-client';
import { newJobId } from '../../workers/shared/ids';
import { KB_VIEW_SQL } from '../queries';

/** What the benchmark driver calls in the page. */
export interface BenchHarness {
  /** Loads the files chosen in `#files`, maps every non-kb table, and returns the elapsed milliseconds. */
  load(): Promise<{ ms: number; csvMs: number; mapMs: number; bytes: number; rows: Record<string, number> }>;
  /** Runs one query and returns its elapsed milliseconds and row count. */
  query(sql: string): Promise<{ ms: number; rows: number }>;
  /** The statements the engine ran for loading and mapping. */
  engineLog(): Promise<string[]>;
}

const harness: BenchHarness = {
  async load() {
    const kernel = getKernel();
    const input = document.querySelector<HTMLInputElement>('#files')!;
    const files = [...(input.files ?? [])];
    const started = performance.now();
    const rows: Record<string, number> = {};
    let csvMs = 0;
    let mapMs = 0;
    for (const file of files) {
      const t0 = performance.now();
      const loaded = await kernel.loadFile(file, { jobId: newJobId() });
      if (!loaded.ok) throw new Error(`${file.name}: ${loaded.error.message.en}`);
      rows[loaded.value.table] = loaded.value.rowCount;
      const t1 = performance.now();
      csvMs += t1 - t0;
      if (file.name.startsWith('kb_')) continue;
      const proposal = await kernel.proposeMapping(loaded.value.id);
      if (!proposal.ok) throw new Error(`${file.name}: ${proposal.error.message.en}`);
      const applied = await kernel.applyMapping(proposal.value.mapping, newJobId());
      if (!applied.ok) throw new Error(`${file.name}: ${applied.error.message.en}`);
      mapMs += performance.now() - t1;
    }
    const kb = await kernel.query(KB_VIEW_SQL, newJobId());
    if (!kb.ok) throw new Error(kb.error.message.en);
    return {
      ms: performance.now() - started,
      csvMs,
      mapMs,
      bytes: files.reduce((n, f) => n + f.size, 0),
      rows,
    };
  },
  async query(sql) {
    const started = performance.now();
    const result = await getKernel().query(sql, newJobId());
    if (!result.ok) throw new Error(result.error.message.en);
    return { ms: performance.now() - started, rows: result.value.rowCount };
  },
  engineLog: () => getKernel().engineLog(),
};

(window as unknown as { claimlensBench: BenchHarness }).claimlensBench = harness;
void getKernel()
  .init()
  .then((r) => {
    document.documentElement.dataset.ready = r.ok ? 'true' : 'error';
  });
