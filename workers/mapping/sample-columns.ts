import type { ColumnInfo } from '../api';
import { quoteIdent } from '../engine/sql-quote';
import type { SqlEngine } from '../engine/sql-engine';

/**
 * Reads the first `limit` rows of `table` in one query, every value cast to VARCHAR (so dates and
 * decimals arrive as the text the mapper classifies), keyed by column name. The first rows are enough
 * for value shapes and cost no scan of a 10 M-row table.
 */
export async function sampleColumns(
  engine: SqlEngine,
  table: string,
  columns: readonly ColumnInfo[],
  limit = 200,
): Promise<Record<string, (string | null)[]>> {
  const out: Record<string, (string | null)[]> = Object.fromEntries(columns.map((c) => [c.name, []]));
  if (columns.length === 0) return out;
  // Positional aliases: column names can be anything (empty, duplicates after case folding, quotes).
  const select = columns.map((c, i) => `CAST(${quoteIdent(c.name)} AS VARCHAR) AS c${i}`).join(', ');
  const n = Math.max(0, Math.floor(limit));
  const rows = await engine.rows<Record<string, string | null>>(
    `SELECT ${select} FROM ${quoteIdent(table)} LIMIT ${n}`,
  );
  for (const row of rows) {
    columns.forEach((c, i) => out[c.name]?.push(row[`c${i}`] ?? null));
  }
  return out;
}
