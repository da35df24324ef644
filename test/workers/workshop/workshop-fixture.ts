/**
 * A small hand-made answer key and helpers to build flags tables on the real engine.
 *
 * Scenarios (amount at issue in brackets):
 * - split: settlements S1 (1000) and S2 (800) of person P1 at H1.
 * - swap: fee lines F1 (50) and F2 (30) of settlement S3 (P2, H2) — plus a settlement row S3 (80) that
 *   the lines itemise, so it counts 0 — and F3 (20) of S4 (P3, H2).
 * - ring: people P4 (500) and P5 (700) at H3, plus an institution row H3 (1200) they itemise.
 * - upcode: institution H4 (900) alone.
 * - double_bill: settlement S1 (200) again, of P1 at H1: one item in two scenarios.
 */
import type { NodeEngine } from '../../../node/engine/duckdb-node-engine';
import { quoteIdent, quoteLiteral } from '../../../workers/engine/sql-quote';

type Cell = string | number | null;

/** The answer rows: scenario, level, setl_id, feedetl_sn, psn_no, fixmedins_code, amount. */
export const ANSWER_ROWS: readonly (readonly Cell[])[] = [
  ['split', 'setl', 'S1', null, 'P1', 'H1', 1000],
  ['split', 'setl', 'S2', null, 'P1', 'H1', 800],
  ['swap', 'fee', 'S3', 'F1', 'P2', 'H2', 50],
  ['swap', 'fee', 'S3', 'F2', 'P2', 'H2', 30],
  ['swap', 'setl', 'S3', null, 'P2', 'H2', 80],
  ['swap', 'fee', 'S4', 'F3', 'P3', 'H2', 20],
  ['ring', 'psn', null, null, 'P4', 'H3', 500],
  ['ring', 'psn', null, null, 'P5', 'H3', 700],
  ['ring', 'medins', null, null, null, 'H3', 1200],
  ['upcode', 'medins', null, null, null, 'H4', 900],
  ['double_bill', 'setl', 'S1', null, 'P1', 'H1', 200],
];

const ANSWER_TYPES =
  'scenario VARCHAR, level VARCHAR, setl_id VARCHAR, feedetl_sn VARCHAR, psn_no VARCHAR, ' +
  'fixmedins_code VARCHAR, amount DECIMAL(18,2)';

function literal(value: Cell): string {
  if (value === null) return 'NULL';
  return typeof value === 'number' ? String(value) : quoteLiteral(value);
}

/** Creates a table with the given column definitions and rows. */
export async function createTable(
  engine: NodeEngine,
  name: string,
  columns: string,
  rows: readonly (readonly Cell[])[],
): Promise<void> {
  await engine.exec(`CREATE OR REPLACE TABLE ${quoteIdent(name)} (${columns})`);
  if (rows.length === 0) return;
  const values = rows.map((r) => `(${r.map(literal).join(', ')})`).join(', ');
  await engine.exec(`INSERT INTO ${quoteIdent(name)} VALUES ${values}`);
}

/** Creates the answer key as `answers`. */
export function createAnswers(engine: NodeEngine, name = 'answers'): Promise<void> {
  return createTable(engine, name, ANSWER_TYPES, ANSWER_ROWS);
}

/** Creates a one-column flags table (VARCHAR) with the given values. */
export function createFlags(
  engine: NodeEngine,
  name: string,
  column: string,
  values: readonly (string | null)[],
): Promise<void> {
  return createTable(
    engine,
    name,
    `${quoteIdent(column)} VARCHAR`,
    values.map((v) => [v]),
  );
}
