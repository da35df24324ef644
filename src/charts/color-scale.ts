/**
 * How data becomes colour. A column bound to `fill` or `stroke` always goes through Plot's colour
 * scale, whose type is set from the column's kind: categories get the categorical palette, numbers and
 * dates a continuous ramp. Data never chooses a paint itself: left to infer, Plot draws a column whose
 * every value "looks like a colour" as given (an identity scale), and it counts `url(…)` and `var(…)`
 * as colours, so `'url(./leak?n=' || psn_name || ')'` would become a paint the browser fetches.
 */
import type * as Plot from '@observablehq/plot';
import type { PlotRow } from '../arrow/plot-rows';
import type { ChartSpec } from '../../core/notebook/chart-spec';
import { channelKind, type ChannelKind } from './channel-kind';

/** The colour scale types a chart uses: categories (`ordinal` only for booleans), numbers, dates. */
export type ColorScaleType = 'categorical' | 'ordinal' | 'linear' | 'utc';

/**
 * A colour channel bound to a column, always on the colour scale. Wrapped as `{value}` because Plot
 * reads a bare string that looks like a colour (`red`, `tan`) as a constant, not as a column name;
 * `scale: 'color'` because Plot would otherwise skip the scale when every value looks like a colour.
 */
export function colorChannel(column: string | undefined): Plot.ChannelValueSpec | undefined {
  return column === undefined ? undefined : { value: column, label: column, scale: 'color' };
}

/**
 * The colour scale's type for the columns `spec` colours by (fill, and stroke; a box has no fill
 * channel), read from `rows` as Plot would but said outright: categories if any column holds them
 * (true/false alone get Plot's two greys, which only its `ordinal` type gives), else dates if any
 * column holds them, else numbers. Undefined when nothing is coloured by a column.
 */
export function colorScaleType(spec: ChartSpec, rows: readonly PlotRow[]): ColorScaleType | undefined {
  const columns = [spec.mark === 'box' ? undefined : spec.fill, spec.stroke].filter(
    (column): column is string => column !== undefined,
  );
  if (columns.length === 0) return undefined;
  const kinds: ChannelKind[] = columns.map((column) => channelKind(rows, column));
  if (kinds.includes('ordinal'))
    return columns.every((column) => isBooleanColumn(rows, column)) ? 'ordinal' : 'categorical';
  if (kinds.includes('temporal')) return 'utc';
  if (kinds.includes('quantitative')) return 'linear';
  // Only nulls: a palette, so the legend shows nothing rather than a meaningless ramp.
  return 'categorical';
}

function isBooleanColumn(rows: readonly PlotRow[], column: string): boolean {
  return rows.every((row) => {
    const value = row[column];
    return value === null || value === undefined || typeof value === 'boolean';
  });
}
