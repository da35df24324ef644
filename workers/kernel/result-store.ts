import type { ColumnInfo, ResultPage } from '../../core/cells/cell-host';
import { AppErrorException, type AppError } from '../../core/shared/errors';
import { msg } from '../../core/shared/msg';
import { quoteIdent } from '../engine/sql-quote';
import { internalNameError } from './internal-names';
// The store needs from an engine exactly the calls a SQL cell makes.
import type { CellEngine } from './run-cell';

/** The schema holding the results the store copied (its name is not a `_cl_` one: see `ResultStore`). */
export const RESULT_SCHEMA = 'cell_results';

/** The most rows one page may hold (a chart reads up to 50 001 rows in one page). */
export const MAX_PAGE_ROWS = 100_000;

/** Where a kept result's rows are read from. */
interface StoredResult {
  /** The relation pages are read from: the cell's view itself, or its copy in `RESULT_SCHEMA`. */
  readonly relation: string;
  readonly totalRows: number;
  readonly columns: readonly ColumnInfo[];
}

/** Plan operators whose output is a re-readable scan of stored tables, in a fixed order. */
const SCAN_OPERATORS = new Set(['PROJECTION', 'SEQ_SCAN', 'TABLE_SCAN', 'FILTER']);

/** Functions whose value changes from one evaluation to the next: a result calling one is copied. */
const VOLATILE =
  /\b(random|gen_random_uuid|uuid|uuidv4|uuidv7|setseed|now|current_timestamp|get_current_time)\b/i;

/**
 * The results of notebook SQL cells, kept whole in the worker so that pages (the result table's, a
 * chart's rows) are read without running the cell's query again.
 *
 * A result is materialised ONCE, in the cheapest way that keeps it fixed, chosen from the query's plan:
 * - a plain read of stored tables (only scans, filters and projections: `SELECT * FROM fee`, `… WHERE`)
 *   is kept as the view itself; a page is `LIMIT/OFFSET` over it, which reads the tables' rows again in
 *   their stored order (single-threaded DuckDB-WASM, insertion order kept) and computes nothing. Copying
 *   would cost 11.6 s and another copy of the data per million fee lines (measured, docs/results.md);
 * - anything else (a join, an aggregate, a sort, a window, a volatile function) is copied once into the
 *   table `cell_results."<name>"` (compressed storage, as the data is) and paged from there.
 * The stored tables change only with the data, and the kernel drops every kept result when the data
 * changes (`clear`): a page is never served from a result computed on other data.
 *
 * The schema is not named `_cl_…` because a cell's own result is not a secret of the kernel (user SQL
 * may read `cell_results.x`, a copy of its own view) and probes of the catalog must not see `_cl_` names.
 */
export class ResultStore {
  readonly #kept = new Map<string, StoredResult>();

  /** Materialises the result of the cell view `name` (just created) and returns its first page. */
  async keep(engine: CellEngine, name: string, pageSize: number, signal: AbortSignal): Promise<ResultPage> {
    await this.drop(engine, [name]);
    const view = quoteIdent(name);
    let relation = view;
    if (!(await isPlainScan(engine, view))) {
      relation = `${RESULT_SCHEMA}.${view}`;
      await engine.execPrepared(`CREATE SCHEMA IF NOT EXISTS ${RESULT_SCHEMA}`, []);
      await engine.queryIpc(`CREATE OR REPLACE TABLE ${relation} AS SELECT * FROM ${view}`, signal);
    }
    const counted = await engine.rows<{ n: bigint | number }>(
      `SELECT count(*)::BIGINT AS n FROM ${relation}`,
    );
    const page = await readPage(engine, relation, 0, pageSize, Number(counted[0]?.n ?? 0), signal);
    this.#kept.set(key(name), { relation, totalRows: page.totalRows, columns: page.columns });
    return page;
  }

  /**
   * Rows `offset … offset + limit - 1` of a kept result. A name the store does not keep is read as a table
   * (a data or findings table), unless it is a cell view: its result was dropped with a data change.
   */
  async page(
    engine: CellEngine,
    name: string,
    offset: number,
    limit: number,
    isCellView: boolean,
    signal: AbortSignal,
  ): Promise<ResultPage> {
    if (!Number.isSafeInteger(offset) || offset < 0) throw new Error(`invalid page offset: ${offset}`);
    const kept = this.#kept.get(key(name));
    if (kept) return readPage(engine, kept.relation, offset, limit, kept.totalRows, signal);
    if (isCellView) throw new AppErrorException(resultGone(name));
    const refused = internalNameError(quoteIdent(name));
    if (refused) throw new AppErrorException(refused);
    const relation = quoteIdent(name);
    const counted = await engine.rows<{ n: bigint | number }>(
      `SELECT count(*)::BIGINT AS n FROM ${relation}`,
    );
    return readPage(engine, relation, offset, limit, Number(counted[0]?.n ?? 0), signal);
  }

  /**
   * Hex SHA-256 of a kept result, independent of row order: the SHA-256 of the concatenated, sorted
   * SHA-256 of each row's text (`CAST(row AS VARCHAR)`). Two results with the same rows (as a multiset)
   * have the same digest whatever order the query returned them in; a changed, added or removed row
   * changes it. Costs a pass over the result in SQL (26 s per million fee lines in DuckDB-WASM).
   */
  async digest(engine: CellEngine, name: string): Promise<string> {
    const kept = this.#kept.get(key(name));
    if (!kept) throw new AppErrorException(resultGone(name));
    const rows = await engine.rows<{ d: string }>(
      `SELECT sha256(coalesce(string_agg(h, '' ORDER BY h), '')) AS d
       FROM (SELECT sha256(CAST(r AS VARCHAR)) AS h FROM ${kept.relation} AS r)`,
    );
    return String(rows[0]?.d);
  }

  /** Forgets the results of `names` (renamed or deleted cells) and drops their copies. */
  async drop(engine: CellEngine, names: readonly string[]): Promise<void> {
    for (const name of names) {
      const kept = this.#kept.get(key(name));
      this.#kept.delete(key(name));
      if (kept?.relation.startsWith(`${RESULT_SCHEMA}.`))
        await engine.execPrepared(`DROP TABLE IF EXISTS ${kept.relation}`, []);
    }
  }

  /** Forgets every result (the data changed) and drops every copy. */
  async clear(engine: CellEngine): Promise<void> {
    this.#kept.clear();
    await engine.execPrepared(`DROP SCHEMA IF EXISTS ${RESULT_SCHEMA} CASCADE`, []);
  }

  /** Whether a result is kept for `name`. */
  has(name: string): boolean {
    return this.#kept.has(key(name));
  }
}

// DuckDB names are case-insensitive.
const key = (name: string) => name.toLowerCase();

async function readPage(
  engine: CellEngine,
  relation: string,
  offset: number,
  limit: number,
  totalRows: number,
  signal: AbortSignal,
): Promise<ResultPage> {
  if (!Number.isSafeInteger(limit) || limit < 0 || limit > MAX_PAGE_ROWS)
    throw new Error(`invalid page size: ${limit}`);
  const page = await engine.queryIpc(`SELECT * FROM ${relation} LIMIT ${limit} OFFSET ${offset}`, signal);
  return { ipc: page.ipc, offset, rowCount: page.rowCount, totalRows, columns: page.columns };
}

/**
 * Whether reading `view` is only scans, filters and projections of stored tables, calling no volatile
 * function (a view over a view shows the inner view's expressions in the plan too).
 */
async function isPlainScan(engine: CellEngine, view: string): Promise<boolean> {
  const plan = await engine.rows<{ explain_value: string }>(`EXPLAIN (FORMAT JSON) SELECT * FROM ${view}`);
  const text = plan.map((p) => String(p.explain_value)).join('');
  if (VOLATILE.test(text)) return false;
  try {
    return operators(JSON.parse(text) as unknown).every((op) => SCAN_OPERATORS.has(op));
  } catch {
    return false;
  }
}

/** Every operator name in a JSON plan (DuckDB pads some names with blanks). */
function operators(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(operators);
  if (typeof node !== 'object' || node === null) return [];
  const { name, children } = node as { name?: unknown; children?: unknown };
  return [...(typeof name === 'string' ? [name.trim()] : []), ...operators(children)];
}

const resultGone = (name: string): AppError => ({
  kind: 'sql',
  code: 'result.gone',
  message: msg(
    `单元“${name}”的结果已失效（数据已更改或单元已删除）：请重新运行该单元。`,
    `The result of cell "${name}" is no longer kept (the data changed or the cell was removed): run the cell again.`,
  ),
});
