import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine, type NodeEngine } from '../../../node/engine/duckdb-node-engine';
import { nodeCellEngine } from '../../../node/engine/node-cell-engine';
import { sqlError } from '../../../workers/kernel/engine-errors';
import { RESULT_SCHEMA, ResultStore } from '../../../workers/kernel/result-store';
import { dropCellViews, runCell, type CellEngine } from '../../../workers/kernel/run-cell';
import { dropResultsOnDataChange, DATA_CHANGING } from '../../../workers/kernel/data-change';
import type { KernelApi } from '../../../workers/api';

let engine: NodeEngine;
let cells: CellEngine;
const signal = new AbortController().signal;

beforeAll(async () => {
  engine = await createNodeEngine();
  cells = nodeCellEngine(engine);
  await engine.exec(
    'CREATE TABLE nums AS SELECT range::INTEGER AS i, (range * 2)::INTEGER AS j FROM range(2000)',
  );
});

afterAll(async () => {
  await engine.close();
});

const column = (ipc: Uint8Array, name: string): unknown[] =>
  Array.from(tableFromIPC(ipc).getChild(name) ?? [], (v) => v as unknown);

async function errorCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'none';
  } catch (e) {
    return sqlError(e).code;
  }
}

function setUp() {
  const views = new Set<string>();
  const results = new ResultStore();
  const run = (name: string, sql: string, pageSize = 100) =>
    runCell(cells, views, { name, sql, parameters: [], pageSize }, signal, results);
  const page = (name: string, offset: number, limit: number) =>
    results.page(cells, name, offset, limit, views.has(name), signal);
  return { views, results, run, page };
}

const copies = async () =>
  (
    await engine.rows<{ t: string }>(
      `SELECT table_name AS t FROM duckdb_tables() WHERE schema_name = '${RESULT_SCHEMA}' ORDER BY 1`,
    )
  ).map((r) => r.t);

describe('ResultStore', () => {
  it('returns the first page and the whole size, then any later page of a plain read without copying it', async () => {
    const { run, page } = setUp();
    const result = await run('evens', 'SELECT * FROM nums WHERE i % 2 = 0');
    expect(result.totalRows).toBe(1000);
    expect(result.firstPage).toMatchObject({ offset: 0, rowCount: 100, totalRows: 1000 });
    expect(column(result.firstPage.ipc, 'i').slice(0, 3)).toEqual([0, 2, 4]);
    const later = await page('evens', 500, 100);
    expect(later).toMatchObject({ offset: 500, rowCount: 100, totalRows: 1000 });
    expect(column(later.ipc, 'i')[0]).toBe(1000);
    const last = await page('evens', 950, 100);
    expect(last.rowCount).toBe(50);
    expect(column(last.ipc, 'i').at(-1)).toBe(1998);
    // A scan of stored tables is its own store: nothing was copied.
    expect(await copies()).not.toContain('evens');
  });

  it('copies a computed result once and pages from the copy: the query is not run again', async () => {
    const { run, page } = setUp();
    // random() gives other values on every run: equal pages prove the rows come from the copy.
    const result = await run('draws', 'SELECT range AS k, random() AS r FROM range(300) ORDER BY k', 50);
    expect(await copies()).toContain('draws');
    const again = await page('draws', 0, 50);
    expect(column(again.ipc, 'r')).toEqual(column(result.firstPage.ipc, 'r'));
    const tail = await page('draws', 250, 100);
    expect(tail).toMatchObject({ rowCount: 50, totalRows: 300 });
    expect(column(tail.ipc, 'k')[0]).toBe(250n);
  });

  it('gives each page bytes of their own, so transferring one detaches nothing else', async () => {
    const { run, page } = setUp();
    const result = await run('all_nums', 'SELECT * FROM nums');
    const p1 = await page('all_nums', 100, 100);
    const p2 = await page('all_nums', 100, 100);
    for (const ipc of [result.firstPage.ipc, p1.ipc, p2.ipc]) {
      expect(ipc.byteOffset).toBe(0);
      expect(ipc.byteLength).toBe(ipc.buffer.byteLength);
    }
    expect(p1.ipc.buffer).not.toBe(p2.ipc.buffer);
    expect(p1.ipc.buffer).not.toBe(result.firstPage.ipc.buffer);
    // Detaching one page's buffer (what a transfer does) leaves the next page whole.
    structuredClone(p1.ipc.buffer, { transfer: [p1.ipc.buffer] });
    expect(p1.ipc.byteLength).toBe(0);
    expect(column(p2.ipc, 'i')[0]).toBe(100);
  });

  it('digests the rows whatever their order, and a changed row changes the digest', async () => {
    const { run, results } = setUp();
    await run('up', 'SELECT * FROM nums ORDER BY i');
    await run('down', 'SELECT * FROM nums ORDER BY i DESC');
    await run('changed', 'SELECT i, CASE WHEN i = 7 THEN -1 ELSE j END AS j FROM nums');
    await run('none', 'SELECT * FROM nums WHERE i < 0');
    const up = await results.digest(cells, 'up');
    expect(up).toMatch(/^[0-9a-f]{64}$/);
    expect(await results.digest(cells, 'down')).toBe(up);
    expect(await results.digest(cells, 'changed')).not.toBe(up);
    expect(await results.digest(cells, 'none')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('drops every result when the data changes: no page of the old data is served', async () => {
    const { run, page, results, views } = setUp();
    await run('small', 'SELECT i FROM nums WHERE i < 10');
    await run('total', 'SELECT count(*) AS n FROM nums');
    await results.clear(cells);
    expect(await errorCode(page('small', 0, 10))).toBe('result.gone');
    expect(await errorCode(page('total', 0, 10))).toBe('result.gone');
    expect(await errorCode(results.digest(cells, 'total'))).toBe('result.gone');
    expect(await copies()).toEqual([]);
    // A data (or findings) table is read as it is.
    const table = await page('nums', 1990, 100);
    expect(table).toMatchObject({ rowCount: 10, totalRows: 2000 });
    // The kernel's own tables are not.
    expect(await errorCode(page('_cl_answers', 0, 10))).toBe('sql.internal-table');
    // Running the cell again keeps a fresh result.
    await run('small', 'SELECT i FROM nums WHERE i < 10');
    expect((await page('small', 0, 10)).rowCount).toBe(10);
    expect(views.has('small')).toBe(true);
  });

  it('drops the result of a deleted or renamed cell with its view', async () => {
    const { run, page, views, results } = setUp();
    await run('gone', 'SELECT count(*) AS n FROM nums');
    expect(await copies()).toContain('gone');
    await dropCellViews(cells, views, ['gone'], results);
    expect(results.has('gone')).toBe(false);
    expect(await copies()).not.toContain('gone');
    expect(await errorCode(page('gone', 0, 10))).not.toBe('none');
  });

  it('refuses page sizes out of bounds', async () => {
    const { run, page } = setUp();
    await run('bounded', 'SELECT * FROM nums');
    expect(await errorCode(page('bounded', -1, 10))).not.toBe('none');
    expect(await errorCode(page('bounded', 0, 1_000_000))).not.toBe('none');
    expect(await errorCode(run('bounded', 'SELECT 1', -5))).not.toBe('none');
  });
});

describe('dropResultsOnDataChange', () => {
  it('drops results after every data-changing call, failed or not, and after no other call', async () => {
    let drops = 0;
    const calls = new Map<string, number>();
    const stub = new Proxy({} as KernelApi, {
      get: (_target, key: string) => async () => {
        calls.set(key, (calls.get(key) ?? 0) + 1);
        if (key === 'removeDataset' && calls.get(key) === 1) throw new Error('refused');
        return { ok: true, value: undefined };
      },
      ownKeys: () => [...DATA_CHANGING, 'runRules', 'runCell', 'resultPage'],
      getOwnPropertyDescriptor: () => ({ enumerable: true, configurable: true }),
    });
    const kernel = dropResultsOnDataChange(stub, async () => {
      drops += 1;
    });
    await kernel.runCell({ name: 'q', sql: 'SELECT 1', parameters: [], pageSize: 1 }, 'j' as never);
    await kernel.resultPage('q', 0, 1, 'j' as never);
    await kernel.runRules({} as never, 'j' as never);
    expect(drops).toBe(0);
    await kernel.applyMapping({} as never, 'j' as never);
    await kernel.loadFile({} as never, {} as never);
    await expect(kernel.removeDataset('d' as never)).rejects.toThrow('refused');
    expect(drops).toBe(3);
    for (const method of DATA_CHANGING) await kernel[method]('x' as never, 'y' as never);
    expect(drops).toBe(3 + DATA_CHANGING.length);
  });
});
