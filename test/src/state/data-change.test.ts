import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KernelApi } from '../../../workers/api';
import { createNodeEngine, type NodeEngine } from '../../../node/engine/duckdb-node-engine';
import { cellId } from '../../../core/notebook/cell-types';
import { emptyNotebook } from '../../../core/notebook/notebook-edit';
import { fail } from '../../../core/shared/errors';
import { msg } from '../../../core/shared/msg';
import { NotebookStore } from '../../../src/state/notebook-store';
import { nodeKernel } from './node-kernel';

let engine: NodeEngine;
let kernel: KernelApi;
let cellRuns: string[] = [];
/** Whether the kernel answers pages as if every kept result had been dropped by a data change. */
let resultsGone = false;

beforeAll(async () => {
  engine = await createNodeEngine();
  await engine.exec(
    `CREATE TABLE fee AS SELECT * FROM (VALUES ('F1', 10.0), ('F2', 20.0)) t(feedetl_sn, amount)`,
  );
  await engine.exec(`CREATE TABLE medins AS SELECT * FROM (VALUES ('H1', '一院')) t(fixmedins_code, name)`);
  const real = nodeKernel(engine);
  kernel = {
    ...real,
    runCell: (request, jobId) => {
      cellRuns.push(request.name);
      return real.runCell(request, jobId);
    },
    resultPage: async (name, offset, limit, jobId) =>
      resultsGone
        ? fail({ kind: 'sql', code: 'result.gone', message: msg('结果已失效', 'result gone') })
        : real.resultPage(name, offset, limit, jobId),
  };
});

afterAll(async () => {
  await engine.close();
});

const NOTEBOOK = `---
title: 数据变化 / Data change
---

\`\`\`sql {id=f name=fee_count}
SELECT count(*)::INTEGER AS n FROM fee
\`\`\`

\`\`\`sql {id=m name=places}
SELECT count(*)::INTEGER AS n FROM medins
\`\`\`

\`\`\`sql {id=d name=fee_double}
SELECT n * 2 AS n2 FROM fee_count
\`\`\`
`;

async function ranStore(): Promise<NotebookStore> {
  const store = new NotebookStore(kernel, { datasets: () => [] }, emptyNotebook());
  await store.open(NOTEBOOK, 'data.claimlens.md', 'file');
  await store.run({ kind: 'all' });
  cellRuns = [];
  return store;
}

const status = (store: NotebookStore, id: string) => store.state.runs.get(cellId(id))?.status;
const firstValue = (store: NotebookStore, id: string, column: string): unknown =>
  tableFromIPC(store.state.runs.get(cellId(id))!.result!.page.ipc)
    .getChild(column)
    ?.get(0);

describe('NotebookStore.dataChanged', () => {
  it('marks the cells reading a remapped table stale, with their readers; others stay done', async () => {
    const store = await ranStore();
    store.setAutoRun(false);
    await store.dataChanged(['fee']);
    expect(['f', 'd', 'm'].map((id) => status(store, id))).toEqual(['stale', 'stale', 'done']);
    expect(cellRuns).toEqual([]);
  });

  it('with auto-run, re-runs exactly those cells, in dependency order, on the new data', async () => {
    const store = await ranStore();
    await engine.exec(`INSERT INTO fee VALUES ('F3', 30.0)`);
    await store.dataChanged(['FEE']);
    expect(cellRuns).toEqual(['fee_count', 'fee_double']);
    expect(['f', 'd', 'm'].map((id) => status(store, id))).toEqual(['done', 'done', 'done']);
    expect(firstValue(store, 'f', 'n')).toBe(3);
    expect(firstValue(store, 'd', 'n2')).toBe(6);
  });

  it('leaves every cell done when no table they read changed', async () => {
    const store = await ranStore();
    await store.dataChanged(['setl', 'raw_other']);
    expect(['f', 'd', 'm'].map((id) => status(store, id))).toEqual(['done', 'done', 'done']);
    expect(cellRuns).toEqual([]);
  });

  it('a cell whose kept result the kernel dropped is no longer done: stale, and re-run with auto-run', async () => {
    const store = await ranStore();
    store.setAutoRun(false);
    resultsGone = true;
    const page = await store.loadPage('places', 0, 10);
    resultsGone = false;
    expect(page.ok ? '' : page.error.code).toBe('result.gone');
    expect(['f', 'd', 'm'].map((id) => status(store, id))).toEqual(['done', 'done', 'stale']);
    store.setAutoRun(true);
    resultsGone = true;
    await store.loadPage('fee_count', 0, 10);
    resultsGone = false;
    await store.run({ kind: 'one', id: cellId('m') });
    expect(cellRuns).toEqual(['fee_count', 'places']);
    expect(['f', 'd', 'm'].map((id) => status(store, id))).toEqual(['done', 'done', 'done']);
  });
});
