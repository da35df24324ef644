/**
 * What kind of values a column holds, read from the rows themselves (the first non-null value), so
 * `renderChart` can pick a mark's orientation without knowing DuckDB's types.
 */
import type { PlotRow } from '../arrow/plot-rows';

/** Numbers, dates, categories (text, booleans), or nothing to tell (no non-null value). */
export type ChannelKind = 'quantitative' | 'temporal' | 'ordinal' | 'empty';

/** The kind of the values of `column` in `rows`. */
export function channelKind(rows: readonly PlotRow[], column: string): ChannelKind {
  for (const row of rows) {
    const value = row[column];
    if (value === null || value === undefined) continue;
    if (typeof value === 'number') return 'quantitative';
    if (value instanceof Date) return 'temporal';
    return 'ordinal';
  }
  return 'empty';
}

/** Whether a kind is drawn on a continuous scale (numbers and dates). */
export function isContinuous(kind: ChannelKind): boolean {
  return kind === 'quantitative' || kind === 'temporal';
}
