import type { ColumnInfo } from '../api';
import type { SqlEngine } from '../engine/sql-engine';
import { quoteIdent, quoteLiteral } from '../engine/sql-quote';

/** A table's row count and columns (name and DuckDB type), in column order. */
export async function describeTable(
  engine: SqlEngine,
  table: string,
): Promise<{ rowCount: number; columns: ColumnInfo[] }> {
  const [count] = await engine.rows<{ n: number }>(`SELECT count(*) AS n FROM ${quoteIdent(table)}`);
  const columns = await engine.rows<{ name: string; type: string }>(
    `SELECT column_name AS name, data_type AS type FROM information_schema.columns
     WHERE table_catalog = current_database() AND table_schema = 'main' AND table_name = ${quoteLiteral(table)} ORDER BY ordinal_position`,
  );
  return { rowCount: count?.n ?? 0, columns: columns.map((c) => ({ name: c.name, type: c.type })) };
}
