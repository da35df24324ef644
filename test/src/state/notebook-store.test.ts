import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DatasetInfo, KernelApi } from '../../../workers/api';
import { createNodeEngine, type NodeEngine } from '../../../node/engine/duckdb-node-engine';
import { cellId } from '../../../core/notebook/cell-types';
import { emptyNotebook } from '../../../core/notebook/notebook-edit';
import { parseNotebook } from '../../../core/notebook/parse-notebook';
import { NotebookStore } from '../../../src/state/notebook-store';
import { datasetInfo } from './fake-kernel';
import { nodeKernel } from './node-kernel';

let engine: NodeEngine;
let kernel: KernelApi;
const dropped: string[] = [];
const setlFile: DatasetInfo = {
  ...datasetInfo('d1', 'setl.csv', { sha256: 'cd'.repeat(32) }),
  mapping: { source: 'raw_setl', target: 'setl', columns: {} },
};

beforeAll(async () => {
  engine = await createNodeEngine();
  await engine.exec(`CREATE TABLE setl AS SELECT * FROM (VALUES
    ('S1', DATE '2024-01-05', 100.0), ('S2', DATE '2024-03-01', 250.0), ('S3', DATE '2024-07-09', 40.0)
  ) t(setl_id, begndate, amount)`);
  kernel = nodeKernel(engine, dropped);
});

afterAll(async () => {
  await engine.close();
});

const NOTEBOOK = `---
title: 测试 / Test
parameters:
  floor:
    kind: number
    value: 50
---

\`\`\`parameter {id=p1 name=floor}
下限 / Floor
\`\`\`

\`\`\`sql {id=q1 name=big}
SELECT * FROM setl WHERE amount >= \${floor}
\`\`\`

\`\`\`sql {id=q2 name=total}
SELECT count(*)::INTEGER AS n, sum(amount)::DOUBLE AS s FROM big
\`\`\`

\`\`\`chart {id=g1 from=big}
mark: bar
x: setl_id
y: amount
\`\`\`
`;

async function openStore(text = NOTEBOOK): Promise<NotebookStore> {
  const store = new NotebookStore(kernel, { datasets: () => [setlFile] }, emptyNotebook());
  await store.open(text, 'test.claimlens.md', 'file');
  return store;
}

const firstValue = (store: NotebookStore, id: string, column: string): unknown =>
  tableFromIPC(store.state.runs.get(cellId(id))!.result!.page.ipc)
    .getChild(column)
    ?.get(0);

describe('NotebookStore on the real engine', () => {
  it('runs all cells in dependency order, and logs each run with the files it read', async () => {
    const store = await openStore();
    await store.run({ kind: 'all' });
    expect(store.state.runs.get(cellId('q1'))?.status).toBe('done');
    expect(firstValue(store, 'q2', 'n')).toBe(2);
    expect(store.state.runs.get(cellId('g1'))?.result?.page.totalRows).toBe(2);
    const log = store.state.notebook.log;
    expect(log.map((e) => e.cell)).toEqual(['q1', 'q2', 'g1']);
    expect(log[0]?.datasets).toEqual([{ table: 'setl', sha256: 'cd'.repeat(32) }]);
    expect(log[1]?.datasets).toEqual([{ table: 'setl', sha256: 'cd'.repeat(32) }]);
    expect(log.every((e) => e.status === 'done' && /^\d{4}-\d\d-\d\dT\d\d:\d\dZ$/.test(e.time))).toBe(true);
    // The log is in the file; logging alone is not an unsaved change.
    expect(store.serialize()).toContain('```claimlens-log');
    expect(store.state.isDirty).toBe(false);
  });

  it('marks dependents stale on an edit, and auto-run re-runs them when the cell runs', async () => {
    const store = await openStore();
    await store.run({ kind: 'all' });
    store.setSource(cellId('q1'), 'SELECT * FROM setl WHERE amount >= 0');
    expect(['q1', 'q2', 'g1'].map((id) => store.state.runs.get(cellId(id))?.status)).toEqual([
      'stale',
      'stale',
      'stale',
    ]);
    expect(store.state.isDirty).toBe(true);
    await store.run({ kind: 'one', id: cellId('q1') });
    expect(firstValue(store, 'q2', 'n')).toBe(3);
    expect(store.state.runs.get(cellId('g1'))?.status).toBe('done');
  });

  it('a parameter change re-runs the cells that use it (auto-run), and not without auto-run', async () => {
    const store = await openStore();
    await store.run({ kind: 'all' });
    await store.setParameter(cellId('p1'), { kind: 'number', value: 200 });
    expect(firstValue(store, 'q2', 'n')).toBe(1);
    expect(store.state.runs.get(cellId('g1'))?.result?.page.totalRows).toBe(1);
    store.setAutoRun(false);
    await store.setParameter(cellId('p1'), { kind: 'number', value: 0 });
    expect(store.state.runs.get(cellId('q2'))?.status).toBe('stale');
    await store.run({ kind: 'all' });
    expect(firstValue(store, 'q2', 'n')).toBe(3);
  });

  it('a failed cell stops the cells that read it, with a message naming it', async () => {
    const store = await openStore();
    store.setSource(cellId('q1'), 'SELECT nope FROM setl');
    await store.run({ kind: 'all' });
    expect(store.state.runs.get(cellId('q1'))?.status).toBe('error');
    const dependent = store.state.runs.get(cellId('q2'));
    expect(dependent?.status).toBe('error');
    expect(dependent?.error?.code).toBe('cell.upstream-failed');
    expect(dependent?.error?.message.en).toContain('"big"');
  });

  it('deletes with undo, refuses a taken name, and drops the views of renamed cells', async () => {
    const store = await openStore();
    await store.run({ kind: 'all' });
    store.delete(cellId('q2'));
    expect(store.state.notebook.cells.map((c) => c.id)).toEqual(['p1', 'q1', 'g1']);
    store.undoDelete();
    expect(store.state.notebook.cells.map((c) => c.id)).toEqual(['p1', 'q1', 'q2', 'g1']);
    expect(store.rename(cellId('q2'), 'big')?.en).toContain('already used');
    dropped.length = 0;
    expect(store.rename(cellId('q2'), 'grand_total')).toBeUndefined();
    // The drop is asynchronous: wait for it to have happened, not for a stretch of time.
    await vi.waitFor(() => expect(dropped).toEqual(['total']));
  });

  it('opening another notebook over unsaved changes offers to reopen them', async () => {
    const store = await openStore();
    store.setMeta({ title: '改过 / Edited' });
    await store.open(NOTEBOOK.replace('测试 / Test', '另一个 / Other'), 'other.claimlens.md', 'file');
    expect(store.state.replaced?.fileName).toBe('test.claimlens.md');
    await store.reopenReplaced();
    expect(parseNotebook(store.serialize()).notebook.meta.title).toBe('改过 / Edited');
    expect(store.state.isDirty).toBe(true);
  });

  it('run all makes one kernel call per cell and reads the schema once; a chart reads the kept result', async () => {
    const calls: string[] = [];
    // Counts every kernel call the store makes, as the worker would receive them.
    const counted = new Proxy(kernel, {
      get(target, key: string) {
        const value = target[key as keyof KernelApi] as unknown;
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          calls.push(key);
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    let schemaReads = 0;
    const store = new NotebookStore(
      counted,
      { datasets: () => [setlFile], onSchemaChange: () => (schemaReads += 1) },
      emptyNotebook(),
    );
    await store.open(NOTEBOOK, 'test.claimlens.md', 'file');
    calls.length = 0;
    schemaReads = 0;
    await store.run({ kind: 'all' });
    // Three runnable cells: two SQL cells and a chart that pages the SQL cell's kept result.
    expect(calls).toEqual(['runCell', 'runCell', 'resultPage']);
    expect(calls).not.toContain('query');
    expect(schemaReads).toBe(1);
    const chart = store.state.runs.get(cellId('g1'))?.result;
    expect(chart?.source).toBe('big');
    expect(chart?.page.totalRows).toBe(2);
    // A SQL cell run alone (its dependents re-run by auto-run) still reads the schema once.
    await store.run({ kind: 'one', id: cellId('q1') });
    expect(schemaReads).toBe(2);
    // The state holds the first page and the whole result's size, not the rows beyond.
    const big = store.state.runs.get(cellId('q1'))?.result;
    expect(big?.page).toMatchObject({ offset: 0, totalRows: 2 });
  });
});
