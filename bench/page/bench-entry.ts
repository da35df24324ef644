/**
 * The benchmark's page: drives the app's real kernel worker (the same client, worker, loaders and mapping
 * as the app) so `npm run bench` measures what a user gets. Exposes `window.claimlensBench`.
 */
import { tableFromIPC } from 'apache-arrow';
import { getKernel } from '../../src/kernel-client';
import { newJobId } from '../../core/shared/ids';
import type { WorkshopOptions } from '../../workers/api';
import type { GenerateOptions } from '../../workers/generator/generate-dataset';
import { BENCH_KNOWLEDGE_SQL } from '../bench-knowledge';
import type { DatasetDigest } from '../table-digest';
import { generateInWorker, generateWorkshop, type WorkshopBenchResult } from './generate-harness';
import { runModelsInPage, type ModelsBenchResult } from './model-bench';

/** What the benchmark driver calls in the page. */
export interface BenchHarness {
  /** Loads the files chosen in `#files`, maps every non-kb table, and returns the elapsed milliseconds. */
  load(): Promise<{ ms: number; csvMs: number; mapMs: number; bytes: number; rows: Record<string, number> }>;
  /** Runs one query and returns its elapsed milliseconds and row count. */
  query(sql: string): Promise<{ ms: number; rows: number }>;
  /**
   * Runs `sql` as a notebook SQL cell and keeps its first page, as the notebook state does: the time until
   * the first page is on this thread, and the result's size.
   */
  firstPage(sql: string): Promise<{ ms: number; totalRows: number; pageRows: number; pageBytes: number }>;
  /** The statements the engine ran for loading and mapping. */
  engineLog(): Promise<string[]>;
  /** Runs the full rule pack; returns its time, per-rule times and the same pack as a SQL script. */
  runRules(): Promise<RulesBenchResult>;
  /** Runs every model of the library at its defaults, as Model cells do; times each. */
  runModels(): Promise<ModelsBenchResult>;
  /** Generates a dataset in a new module worker and hashes every table's CSV (generation alone). */
  generateInWorker(options: GenerateOptions): Promise<DatasetDigest>;
  /** Generates a workshop dataset in the kernel and loads it in place of the page's data. */
  generateWorkshop(options: WorkshopOptions): Promise<WorkshopBenchResult>;
}

/** The browser's full-pack run. */
export interface RulesBenchResult {
  readonly ms: number;
  readonly findings: number;
  readonly amountAtRisk: number;
  readonly perRule: Record<string, number>;
  readonly skipped: string[];
  readonly script: string;
}

const harness: BenchHarness = {
  async firstPage(sql) {
    const started = performance.now();
    const run = await getKernel().runCell(
      { name: 'bench_first_page', sql, parameters: [], pageSize: 500 },
      newJobId(),
    );
    const ms = performance.now() - started;
    if (!run.ok) throw new Error(run.error.message.en);
    // Held as the notebook state holds a cell's page, so the heap measured after it includes it.
    Object.assign(window, { claimlensBenchPage: run.value.firstPage });
    const page = run.value.firstPage;
    return { ms, totalRows: run.value.totalRows, pageRows: page.rowCount, pageBytes: page.ipc.byteLength };
  },
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
    // What the engine holds after loading (a check against silently empty tables at scale).
    for (const table of ['setl', 'fee', 'psn', 'medins', 'raw_kb_restriction']) {
      const counted = await kernel.query(`SELECT count(*) AS n FROM ${table}`, newJobId());
      if (!counted.ok) throw new Error(counted.error.message.en);
      rows[`count:${table}`] = Number(tableFromIPC(counted.value.ipc).getChild('n')?.get(0) ?? -1);
    }
    for (const sql of BENCH_KNOWLEDGE_SQL) {
      const kb = await kernel.query(sql, newJobId());
      if (!kb.ok) throw new Error(`${kb.error.message.en}\n${sql}`);
    }
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
  async runRules() {
    const kernel = getKernel();
    const request = { name: 'findings', pack: { kind: 'all' as const } };
    const started = performance.now();
    const run = await kernel.runRules(request, newJobId());
    const ms = performance.now() - started;
    if (!run.ok) throw new Error(run.error.message.en);
    // Native DuckDB runs the rules that ran here (a skipped rule's tables may not exist).
    const ran = run.value.rules.filter((r) => r.status === 'ok').map((r) => r.ruleId);
    const script = await kernel.exportRulePack({ ...request, pack: { kind: 'custom', rules: ran } });
    if (!script.ok) throw new Error(script.error.message.en);
    const failed = run.value.rules.filter((r) => r.status === 'failed');
    if (failed.length > 0) throw new Error(failed.map((r) => r.error?.message.en).join('\n'));
    return {
      ms,
      findings: run.value.findings,
      amountAtRisk: run.value.amountAtRisk,
      perRule: Object.fromEntries(run.value.rules.map((r) => [r.ruleId, r.elapsedMs])),
      skipped: run.value.rules.filter((r) => r.status === 'skipped').map((r) => r.ruleId),
      script: script.value,
    };
  },
  runModels: () => runModelsInPage(getKernel()),
  generateInWorker,
  generateWorkshop,
};

(window as unknown as { claimlensBench: BenchHarness }).claimlensBench = harness;
void getKernel()
  .init()
  .then((r) => {
    document.documentElement.dataset.ready = r.ok ? 'true' : 'error';
  });
