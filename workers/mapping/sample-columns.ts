import type { ColumnInfo } from '../api';
import { quoteIdent } from '../engine/sql-quote';
import type { SqlEngine } from '../engine/sql-engine';

/** How often a column's values repeat, over the first rows of its table (the key check's evidence). */
export interface ColumnUniqueness {
  /** Non-null values counted. */
  readonly values: number;
  /** Distinct values among them. */
  readonly distinct: number;
}

/**
 * What the mapper reads of a raw table: the first rows as text, and how unique each column's values
 * are over a longer prefix (an id column is a table's key only when its values do not repeat).
 */
export interface ColumnSampleSet {
  /** Sampled values per column name, every value cast to VARCHAR. */
  readonly values: Readonly<Record<string, readonly (string | null)[]>>;
  /** Per column name, over the first `rows` rows. */
  readonly uniqueness: Readonly<Record<string, ColumnUniqueness>>;
  /** Rows the uniqueness counts read. */
  readonly rows: number;
}

/** Sampling sizes: `limit` rows of values, `uniqueRows` rows for the distinct counts. */
export interface SampleColumnsOptions {
  readonly limit?: number;
  readonly uniqueRows?: number;
}

/**
 * Reads the first `limit` rows of `table` in one query, every value cast to VARCHAR (so dates and
 * decimals arrive as the text the mapper classifies), keyed by column name, and in a second query the
 * distinct counts of every column over the first `uniqueRows` rows. Both read a prefix: they cost no
 * scan of a 10 M-row table.
 */
export async function sampleColumns(
  engine: SqlEngine,
  table: string,
  columns: readonly ColumnInfo[],
  options: SampleColumnsOptions = {},
): Promise<ColumnSampleSet> {
  const values: Record<string, (string | null)[]> = Object.fromEntries(columns.map((c) => [c.name, []]));
  if (columns.length === 0) return { values, uniqueness: {}, rows: 0 };
  // Positional aliases: column names can be anything (empty, duplicates after case folding, quotes).
  const select = columns.map((c, i) => `CAST(${quoteIdent(c.name)} AS VARCHAR) AS c${i}`).join(', ');
  const n = Math.max(0, Math.floor(options.limit ?? 200));
  const rows = await engine.rows<Record<string, string | null>>(
    `SELECT ${select} FROM ${quoteIdent(table)} LIMIT ${n}`,
  );
  for (const row of rows) {
    columns.forEach((c, i) => values[c.name]?.push(row[`c${i}`] ?? null));
  }
  const prefix = Math.max(0, Math.floor(options.uniqueRows ?? 50_000));
  const counts = columns.map((_, i) => `count(c${i}) AS v${i}, count(DISTINCT c${i}) AS d${i}`).join(', ');
  const [stats] = await engine.rows<Record<string, number>>(
    `SELECT count(*) AS n, ${counts} FROM (SELECT ${select} FROM ${quoteIdent(table)} LIMIT ${prefix})`,
  );
  const uniqueness = Object.fromEntries(
    columns.map((c, i) => [
      c.name,
      { values: Number(stats?.[`v${i}`] ?? 0), distinct: Number(stats?.[`d${i}`] ?? 0) },
    ]),
  );
  return { values, uniqueness, rows: Number(stats?.n ?? 0) };
}
