/**
 * The run log follows the knowledge layers as the app wires it (start-app.ts, app.component.ts): the
 * notebook reads the fingerprints the app store cached from its last catalog read, and an import or a
 * removal (from the knowledge panel, or a knowledge file opened like a data file) is a data change that
 * re-reads the catalog and re-runs the cells reading `kb_*` tables. On the real kernel over the Node engine.
 */
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import type { ReactiveControllerHost } from 'lit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KernelApi } from '../../../workers/api';
import { cellId } from '../../../core/notebook/cell-types';
import { emptyNotebook } from '../../../core/notebook/notebook-edit';
import { readNhsaKnowledgeFile } from '../../../node/knowledge/nhsa-knowledge-file';
import { AppStore } from '../../../src/state/app-store';
import { KnowledgeController, knowledgeChangedIn } from '../../../src/state/knowledge-controller';
import { NotebookStore } from '../../../src/state/notebook-store';
import { createNodeKernel, textFile, type NodeKernelHost } from '../../workers/kernel/node-kernel-host';

let host: NodeKernelHost;
beforeAll(() => {
  host = createNodeKernel();
});
afterAll(() => host.close());

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** A kernel that records the name of every call made through it. */
function recording(kernel: KernelApi, calls: string[]): KernelApi {
  return new Proxy(kernel, {
    get(target, key, receiver) {
      const member: unknown = Reflect.get(target, key, receiver);
      if (typeof member !== 'function') return member;
      return (...args: unknown[]) => {
        calls.push(String(key));
        return (member as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

const controllerHost: ReactiveControllerHost = {
  addController() {},
  removeController() {},
  requestUpdate() {},
  updateComplete: Promise.resolve(true),
};

// Knowledge files unlike the demo's: a price cap in other column order with a Chinese name, and a
// restriction file whose rows say nothing of the shipped layer's codes.
const PRICE_CAP =
  'max_pric,code,medins_lv,source\n88.50,T000000901,3,市局 2024 限价\n12,T000000902,2,市局 2024 限价\n';
const RESTRICTION = 'code,kind,param,source\nT000000909,sex,1,本院规定\n';

describe('the run log follows knowledge imports and removals between runs', () => {
  it('logs each layer a cell reads with its SHA-256, from the cached catalog, after every change', async () => {
    const app = new AppStore(host.kernel);
    const notebookCalls: string[] = [];
    const notebook = new NotebookStore(
      recording(host.kernel, notebookCalls),
      {
        datasets: () => app.state.datasets,
        knowledge: () => app.state.knowledge,
        onSchemaChange: () => void app.refresh(),
      },
      emptyNotebook(),
    );
    // As app.component.ts wires them: data changes reach the notebook (kept here to await the re-runs).
    let rerun: Promise<void> = Promise.resolve();
    app.onDataChange((tables) => (rerun = notebook.dataChanged(tables)));
    const panel = new KnowledgeController(
      controllerHost,
      () => host.kernel,
      knowledgeChangedIn(() => app),
    );

    await host.kernel.init();
    await app.refresh();
    const shippedSha = sha256(gunzipSync(await readNhsaKnowledgeFile()));
    expect(app.state.knowledge.map((l) => [l.table, l.sha256])).toEqual([['nhsa-full', shippedSha]]);

    await notebook.open(
      '```sql {id=k1 name=layer_counts}\nSELECT (SELECT count(*) FROM Kb_Price_Cap) AS caps,\n' +
        '  (SELECT count(*) FROM kb_restriction) AS limits\n```\n',
      'kb.claimlens.md',
      'file',
    );
    notebookCalls.length = 0;
    await notebook.run({ kind: 'one', id: cellId('k1') });

    // 1. From the knowledge panel: the import re-reads the catalog and re-runs the cell (auto-run).
    await panel.import(textFile('市局限价.csv', PRICE_CAP));
    expect(panel.reports[0]).toMatchObject({ accepted: 2, rejected: 0 });
    await rerun;
    const priceSha = sha256(PRICE_CAP);
    expect(app.state.knowledge.map((l) => l.table)).toEqual(['nhsa-full', 'import:市局限价.csv']);

    // 2. Opened like a data file: the same catalog re-read and re-run.
    await app.loadFiles([textFile('本院限制.csv', RESTRICTION)]);
    await rerun;
    const restrictionSha = sha256(RESTRICTION);

    // 3. Removed from the panel: gone from the next run's log.
    await panel.remove('import:市局限价.csv');
    await rerun;

    const logged = notebook.state.notebook.log.map((e) => e.datasets);
    expect(logged).toEqual([
      [{ table: 'kb_restriction', sha256: shippedSha }],
      [
        { table: 'kb_price_cap', sha256: priceSha },
        { table: 'kb_restriction', sha256: shippedSha },
      ],
      [
        { table: 'kb_price_cap', sha256: priceSha },
        { table: 'kb_restriction', sha256: shippedSha },
        { table: 'kb_restriction', sha256: restrictionSha },
      ],
      [
        { table: 'kb_restriction', sha256: shippedSha },
        { table: 'kb_restriction', sha256: restrictionSha },
      ],
    ]);
    expect(notebook.state.notebook.log.map((e) => e.status)).toEqual(['done', 'done', 'done', 'done']);
    // Each run made one kernel call, the cell's own: no call per run for the fingerprints.
    expect(notebookCalls).toEqual(['runCell', 'runCell', 'runCell', 'runCell']);
  });
});
