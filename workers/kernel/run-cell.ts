import type { CellRunRequest, CellRunResult, ColumnInfo } from '../../core/cells/cell-host';
import { MAX_PAGE_ROWS, ResultStore } from './result-store';
import { compileViewSql, PARAMETER_TABLE, type ParameterValue } from '../../core/notebook/view-parameters';
import { isValidName } from '../../core/notebook/cell-types';
import { quoteIdent } from '../engine/sql-quote';
import { resultNameProblem } from '../../core/notebook/name-registry';
import { catalogEntries, hasName } from './catalog-names';
import { internalNameError } from './internal-names';
import { AppErrorException, type AppError } from '../../core/shared/errors';
import { msg } from '../../core/shared/msg';

/** What running a cell needs from an engine (the browser's or Node's DuckDB-WASM, or native DuckDB). */
export interface CellEngine {
  /** Small metadata queries. */
  rows<T extends Record<string, unknown>>(sql: string): Promise<T[]>;
  /** Runs ONE statement as a prepared statement with `?` arguments (several statements are refused). */
  execPrepared(sql: string, args: readonly (string | number | null)[]): Promise<void>;
  /** Runs a query (cancellable through `signal`) and returns its result as Arrow IPC stream bytes. */
  queryIpc(
    sql: string,
    signal: AbortSignal,
  ): Promise<{ ipc: Uint8Array; rowCount: number; columns: readonly ColumnInfo[] }>;
}

/**
 * Runs a notebook SQL cell: its SQL becomes the view `name` (so later cells and charts query it by
 * name), its result is kept once in `results` (result-store.ts) and its first `pageSize` rows returned. The view is created as one prepared statement, so a cell
 * holds exactly one query: `SELECT 1; DROP TABLE setl` is refused, and a statement that is not a query
 * cannot be a view body. A name the name registry reserves for data (`core/notebook/name-registry.ts`),
 * or already taken by a table or by a view the kernel did not make for this cell, is refused too.
 */
export async function runCell(
  engine: CellEngine,
  cellViews: Set<string>,
  request: CellRunRequest,
  signal: AbortSignal,
  results: ResultStore = new ResultStore(),
): Promise<CellRunResult> {
  const started = performance.now();
  if (!isValidName(request.name)) throw new AppErrorException(badName(request.name));
  const { pageSize } = request;
  if (!Number.isSafeInteger(pageSize) || pageSize < 0 || pageSize > MAX_PAGE_ROWS)
    throw new Error(`invalid page size: ${pageSize}`);
  const compiled = compileViewSql(request.sql, new Map(request.parameters.map((p) => [p.name, p.spec])));
  if (!compiled.ok)
    throw new AppErrorException({ kind: 'sql', code: 'sql.parameter', message: compiled.message });
  const notQuery = notAQuery(request.sql) ?? internalNameError(request.sql);
  if (notQuery) throw new AppErrorException(notQuery);
  const taken = resultNameProblem('sql', request.name, await catalogEntries(engine), (n) =>
    hasName(cellViews, n),
  );
  if (taken) throw new AppErrorException({ kind: 'sql', code: 'sql.name-taken', message: taken });
  await storeParameters(engine, compiled.value.values);
  const view = quoteIdent(request.name);
  await engine.execPrepared(
    `CREATE OR REPLACE VIEW ${view} AS\n${stripTrailingSemicolons(compiled.value.sql)}\n`,
    [],
  );
  cellViews.add(request.name);
  const firstPage = await results.keep(engine, request.name, pageSize, signal);
  return {
    view: request.name,
    totalRows: firstPage.totalRows,
    columns: firstPage.columns,
    firstPage,
    elapsedMs: performance.now() - started,
  };
}

/** Drops views the kernel made for cells (deleted or renamed cells, a closed notebook), and their results. */
export async function dropCellViews(
  engine: CellEngine,
  cellViews: Set<string>,
  names: readonly string[],
  results?: ResultStore,
): Promise<void> {
  await results?.drop(engine, names);
  for (const name of names) {
    if (!cellViews.has(name)) continue;
    await engine.execPrepared(`DROP VIEW IF EXISTS ${quoteIdent(name)}`, []);
    cellViews.delete(name);
  }
}

async function storeParameters(engine: CellEngine, values: readonly ParameterValue[]): Promise<void> {
  if (values.length === 0) return;
  await engine.execPrepared(
    `CREATE TABLE IF NOT EXISTS ${PARAMETER_TABLE} (key VARCHAR PRIMARY KEY, text VARCHAR, number DOUBLE)`,
    [],
  );
  for (const v of values) {
    await engine.execPrepared(`INSERT OR REPLACE INTO ${PARAMETER_TABLE} VALUES (?, ?, ?)`, [
      v.key,
      v.text,
      v.number,
    ]);
  }
}

/** A trailing `;` (and blanks) would end the CREATE VIEW statement early; inner ones stay and are refused. */
function stripTrailingSemicolons(sql: string): string {
  return sql.replace(/[\s;]+$/, '');
}

/** The first word after leading blanks and comments must start a query. */
const QUERY_START = /^(?:\s+|--[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)*(\(|[A-Za-z]+)/;
const QUERY_WORDS = new Set(['select', 'with', 'from', 'values', 'table', 'pivot', 'unpivot', '(']);

/** Why `sql` is not a single query a view (or a rule) can be made of, or undefined when it is one. */
export function notAQuery(sql: string): AppError | undefined {
  const word = QUERY_START.exec(sql)?.[1]?.toLowerCase();
  if (word === undefined) {
    return {
      kind: 'sql',
      code: 'sql.empty',
      message: msg('单元是空的：请写一条 SELECT 查询。', 'The cell is empty: write a SELECT query.'),
    };
  }
  if (QUERY_WORDS.has(word)) return undefined;
  return {
    kind: 'sql',
    code: 'sql.not-a-query',
    message: msg(
      `SQL 单元只能是一条查询（SELECT、WITH、FROM…），不能是 ${word.toUpperCase()} 语句：单元的结果会成为其他单元可查询的视图，也保证打开他人的笔记本不会改动数据。`,
      `A SQL cell holds one query (SELECT, WITH, FROM…), not a ${word.toUpperCase()} statement: its result becomes a view other cells query, and a notebook from someone else cannot change the data.`,
    ),
  };
}

const badName = (name: string): AppError => ({
  kind: 'sql',
  code: 'sql.cell-name',
  message: msg(
    `单元名称“${name}”无效：请用字母或下划线开头，只含字母、数字和下划线。`,
    `Cell name "${name}" is invalid: start with a letter or underscore and use only letters, digits and underscores.`,
  ),
});
