import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CellParameter, CellRunRequest } from '../../../workers/api';
import { createNodeEngine, type NodeEngine } from '../../../node/engine/duckdb-node-engine';
import { nodeCellEngine } from '../../../node/engine/node-cell-engine';
import { dropCellViews, runCell, type CellEngine } from '../../../workers/kernel/run-cell';
import { ResultStore } from '../../../workers/kernel/result-store';
import { sqlError } from '../../../workers/kernel/engine-errors';

let engine: NodeEngine;
let cells: CellEngine;
const signal = new AbortController().signal;

beforeAll(async () => {
  engine = await createNodeEngine();
  cells = nodeCellEngine(engine);
  await engine.exec(`CREATE TABLE setl AS SELECT * FROM (VALUES
    ('S1', DATE '2024-01-05', 100.0), ('S2', DATE '2024-03-01', 250.0), ('S3', DATE '2024-07-09', 40.0)
  ) t(setl_id, begndate, amount)`);
  await engine.exec('CREATE VIEW kb_restriction AS SELECT 1 AS x');
});

afterAll(async () => {
  await engine.close();
});

const period = (start: string, end: string): CellParameter => ({
  name: 'period',
  spec: { kind: 'date-range', value: { start, end } },
});

const run = (
  views: Set<string>,
  request: Partial<CellRunRequest> & { sql: string },
  results: ResultStore = new ResultStore(),
) => runCell(cells, views, { name: 'q', parameters: [], pageSize: 100, ...request }, signal, results);

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'none';
  } catch (e) {
    // As the kernel reports it beside the cell.
    return sqlError(e).code;
  }
}

describe('runCell', () => {
  it('makes the cell a view later cells query by name, and returns its first page and row count', async () => {
    const views = new Set<string>();
    const results = new ResultStore();
    const first = await run(
      views,
      { name: 'big', sql: 'SELECT * FROM setl WHERE amount > 50 ORDER BY setl_id;' },
      results,
    );
    expect(first.totalRows).toBe(2);
    expect(first.firstPage).toMatchObject({ offset: 0, rowCount: 2, totalRows: 2 });
    expect(first.columns.map((c) => c.name)).toEqual(['setl_id', 'begndate', 'amount']);
    const digest = await results.digest(cells, 'big');
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    const second = await run(views, { name: 'total', sql: 'SELECT sum(amount)::DOUBLE AS s FROM big' });
    expect(tableFromIPC(second.firstPage.ipc).getChild('s')?.get(0)).toBe(350);
    await run(views, { name: 'big', sql: 'SELECT * FROM setl WHERE amount > 50 ORDER BY setl_id' }, results);
    expect(await results.digest(cells, 'big')).toBe(digest);
  });

  it('binds parameters through the parameter table, and the view follows a changed value', async () => {
    const views = new Set<string>();
    const sql = `SELECT setl_id FROM setl
      WHERE begndate BETWEEN CAST(\${period.start} AS DATE) AND CAST(\${period.end} AS DATE)
        AND amount >= \${floor}`;
    const floor: CellParameter = { name: 'floor', spec: { kind: 'number', value: 0 } };
    const h1 = await run(views, { name: 'h1', sql, parameters: [period('2024-01-01', '2024-06-30'), floor] });
    expect(h1.totalRows).toBe(2);
    const h1b = await run(views, {
      name: 'h1',
      sql,
      parameters: [period('2024-01-01', '2024-12-31'), floor],
    });
    expect(h1b.totalRows).toBe(3);
    // A value that looks like SQL stays a value.
    const text: CellParameter = { name: 'who', spec: { kind: 'text', value: "S1' OR '1'='1" } };
    const r = await run(views, {
      name: 'who_rows',
      sql: 'SELECT * FROM setl WHERE setl_id = ${who}',
      parameters: [text],
    });
    expect(r.totalRows).toBe(0);
  });

  it('refuses a second statement, a statement that is not a query, and taken names', async () => {
    const views = new Set<string>();
    expect(await codeOf(run(views, { sql: 'SELECT 1; DROP TABLE setl' }))).toBe('sql.multiple-statements');
    expect(await codeOf(run(views, { sql: 'DROP TABLE setl' }))).toBe('sql.not-a-query');
    expect(await codeOf(run(views, { sql: '-- nothing\n' }))).toBe('sql.empty');
    // The kernel's own tables (a workshop's hidden answer key) are not for queries, quoted or not.
    expect(await codeOf(run(views, { sql: 'SELECT * FROM _cl_answers' }))).toBe('sql.internal-table');
    expect(await codeOf(run(views, { sql: 'SELECT * FROM "_CL_parameters"' }))).toBe('sql.internal-table');
    expect(await codeOf(run(views, { sql: "SELECT '_cl_answers' AS s" }))).toBe('none');
    expect(await codeOf(run(views, { name: 'setl', sql: 'SELECT 1' }))).toBe('sql.name-taken');
    expect(await codeOf(run(views, { name: 'KB_RESTRICTION', sql: 'SELECT 1' }))).toBe('sql.name-taken');
    expect(await codeOf(run(views, { name: 'x"; DROP', sql: 'SELECT 1' }))).toBe('sql.cell-name');
    expect(await codeOf(run(views, { sql: 'SELECT ${nope}' }))).toBe('sql.parameter');
    const rows = await engine.rows<{ n: number }>('SELECT count(*)::INTEGER AS n FROM setl');
    expect(rows[0]?.n).toBe(3);
  });

  it('drops only the views it made for cells', async () => {
    const views = new Set<string>();
    const results = new ResultStore();
    await run(views, { name: 'tmp_view', sql: 'SELECT 1 AS a' }, results);
    await dropCellViews(cells, views, ['tmp_view', 'kb_restriction', 'setl'], results);
    const left = await engine.rows<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_name IN ('tmp_view', 'kb_restriction', 'setl') ORDER BY 1",
    );
    expect(left.map((r) => r.table_name)).toEqual(['kb_restriction', 'setl']);
  });
});
