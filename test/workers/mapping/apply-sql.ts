import type { NodeEngine } from '../../../node/engine/duckdb-node-engine';
import { quoteLiteral } from '../../../workers/engine/sql-quote';

/**
 * Applies the SQL expression `build('x')` to each input (as a VARCHAR column `x`) on the real engine and
 * returns the results as text, in input order: how the value-parsing tests check an expression builder.
 */
export async function applySql(
  engine: NodeEngine,
  build: (x: string) => string,
  inputs: readonly (string | null)[],
): Promise<(string | null)[]> {
  const values = inputs.map((v, i) => `(${i}, ${v === null ? 'NULL' : quoteLiteral(v)})`).join(', ');
  const rows = await engine.rows<{ y: string | null }>(
    `SELECT CAST(${build('x')} AS VARCHAR) AS y FROM (VALUES ${values}) t(i, x) ORDER BY i`,
  );
  return rows.map((r) => r.y);
}
