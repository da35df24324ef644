/**
 * The range a numeric position channel spans as drawn, for measuring its tick labels. Bars and areas
 * stack (Plot piles marks that share a category), so their extent is the largest pile, and they grow
 * from zero; other marks span their values.
 */
import type { PlotRow } from '../arrow/plot-rows';
import type { ChartSpec } from '../../core/notebook/chart-spec';

/** `[min, max]` of `channel`'s values as drawn by `spec` (stacked where the mark stacks); undefined if none. */
export function valueExtent(
  spec: ChartSpec,
  rows: readonly PlotRow[],
  channel: 'x' | 'y',
): readonly [number, number] | undefined {
  const column = spec[channel];
  if (column === undefined) return undefined;
  const stacks = spec.mark === 'bar' || spec.mark === 'area';
  const other = channel === 'x' ? spec.y : spec.x;
  const positive = new Map<string, number>();
  const negative = new Map<string, number>();
  let min = Infinity;
  let max = -Infinity;
  for (const row of rows) {
    const value = row[column];
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    if (!stacks) {
      min = Math.min(min, value);
      max = Math.max(max, value);
      continue;
    }
    const key = JSON.stringify([keyOf(row, other), keyOf(row, spec.fx), keyOf(row, spec.fy)]);
    const piles = value >= 0 ? positive : negative;
    const pile = (piles.get(key) ?? 0) + value;
    piles.set(key, pile);
    min = Math.min(min, pile);
    max = Math.max(max, pile);
  }
  if (min > max) return undefined;
  return stacks ? [Math.min(0, min), Math.max(0, max)] : [min, max];
}

function keyOf(row: PlotRow, column: string | undefined): string {
  if (column === undefined) return '';
  const value = row[column];
  return value instanceof Date ? value.toISOString() : String(value);
}
