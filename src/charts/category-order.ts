/**
 * The order of a category axis. Plot sorts an ordinal domain alphabetically unless told otherwise,
 * which undoes the query's `ORDER BY`; a chart without its own sort keeps the categories in the order
 * the rows arrive in, so the domain is spelled out from the data.
 */
import type { PlotRow } from '../arrow/plot-rows';

/** The distinct non-null values of `column` in row order (dates compared by instant). */
export function categoryDomain(rows: readonly PlotRow[], column: string): unknown[] {
  const seen = new Set<unknown>();
  const domain: unknown[] = [];
  for (const row of rows) {
    const value = row[column];
    if (value === null || value === undefined) continue;
    const key = value instanceof Date ? value.getTime() : value;
    if (seen.has(key)) continue;
    seen.add(key);
    domain.push(value);
  }
  return domain;
}
