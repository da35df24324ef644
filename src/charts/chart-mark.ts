/**
 * A chart spec's one mark as Plot marks: the mark itself, oriented by the kinds of its x and y
 * values, plus the zero baseline where the mark grows from zero.
 */
import * as Plot from '@observablehq/plot';
import type { PlotRow } from '../arrow/plot-rows';
import { assertNever } from '../../core/shared/invariant';
import type { ChartSort, ChartSpec } from '../../core/notebook/chart-spec';
import { channelKind, type ChannelKind } from './channel-kind';
import { colorChannel } from './color-scale';
import type { NumberLang } from '../../core/format/number-format';
import { chartNumber } from './axis-numbers';

/** The kinds of the x and y values (`empty` when the channel is not set). */
export interface PositionKinds {
  readonly x: ChannelKind;
  readonly y: ChannelKind;
}

/** Reads the kinds of a spec's x and y columns from the rows. */
export function positionKinds(spec: ChartSpec, rows: readonly PlotRow[]): PositionKinds {
  return {
    x: spec.x === undefined ? 'empty' : channelKind(rows, spec.x),
    y: spec.y === undefined ? 'empty' : channelKind(rows, spec.y),
  };
}

/** Whether a bar or box chart runs horizontally: numbers on x, categories on y. */
export function isHorizontal(kinds: PositionKinds): boolean {
  return kinds.x === 'quantitative' && kinds.y !== 'quantitative';
}

/**
 * The colour of marks not coloured by a column: the theme's accent, with the light theme's value as
 * the fallback a saved file (where the variable is undefined) shows.
 */
export const MARK_COLOR = 'var(--cl-accent, #0b6e6e)';

/** The Plot marks drawing `spec` over `rows`. */
export function chartMarks(
  spec: ChartSpec,
  rows: readonly PlotRow[],
  kinds: PositionKinds,
  lang: NumberLang,
): Plot.Markish[] {
  const common = {
    ...(spec.fx !== undefined && { fx: spec.fx }),
    ...(spec.fy !== undefined && { fy: spec.fy }),
    ...(hasDomainSort(spec, kinds) && spec.sort && { sort: domainSort(spec.sort) }),
  };
  const tip = spec.tooltip && tipOptions(spec, rows, kinds, lang);
  const fill = colorChannel(spec.fill);
  const stroke = colorChannel(spec.stroke);
  const solid = fill ?? MARK_COLOR;
  const { x, y } = spec;
  switch (spec.mark) {
    case 'bar':
      return isHorizontal(kinds)
        ? [Plot.barX(rows, { x, y, fill: solid, stroke, tip, ...common }), Plot.ruleX([0])]
        : [Plot.barY(rows, { x, y, fill: solid, stroke, tip, ...common }), Plot.ruleY([0])];
    case 'line':
      return [Plot.lineY(sortedByX(rows, x), { x, y, stroke: stroke ?? MARK_COLOR, tip, ...common })];
    case 'area':
      return [Plot.areaY(sortedByX(rows, x), { x, y, fill: solid, stroke, tip, ...common }), Plot.ruleY([0])];
    case 'dot':
      return [
        Plot.dot(rows, { x, y, fill, stroke: stroke ?? (fill ? undefined : MARK_COLOR), tip, ...common }),
      ];
    case 'rect':
      // A heatmap: one cell per (x, y) category pair, coloured by fill.
      return [Plot.cell(rows, { x, y, fill: solid, stroke, tip, inset: 0.5, ...common })];
    case 'rule':
      // y alone: horizontal reference lines; x alone: vertical ones; both: stems from zero to y at x.
      return x === undefined
        ? [Plot.ruleY(rows, { y, stroke, tip, ...common })]
        : [Plot.ruleX(rows, { x, y, stroke, tip, ...common })];
    case 'text':
      return [Plot.text(rows, { x, y, text: spec.text, fill, tip, ...common })];
    case 'box':
      // No tip: the box is four marks (whisker, box, median, outliers) and each would show its own.
      return isHorizontal(kinds) || y === undefined
        ? [Plot.boxX(rows, { x, y, ...common })]
        : [Plot.boxY(rows, { x, y, ...common })];
    default:
      return assertNever(spec.mark, 'chart mark');
  }
}

/**
 * The tooltip: numbers exact, with grouping separators and every digit (`80,417.4`) through the shared
 * formatter, where axis ticks may be coarser.
 */
function tipOptions(
  spec: ChartSpec,
  rows: readonly PlotRow[],
  kinds: PositionKinds,
  lang: NumberLang,
): Plot.TipOptions {
  const exact = (value: unknown) => chartNumber(value, lang);
  const format: Record<string, (value: unknown) => string> = {};
  if (kinds.x === 'quantitative') format.x = exact;
  if (kinds.y === 'quantitative') format.y = exact;
  for (const channel of ['fill', 'stroke', 'text'] as const) {
    const column = spec[channel];
    if (column !== undefined && channelKind(rows, column) === 'quantitative') format[channel] = exact;
  }
  return { format };
}

/** Only categories have an order to choose: a sort on a continuous scale is left out. */
export function hasDomainSort(spec: ChartSpec, kinds: PositionKinds): boolean {
  if (!spec.sort || spec[spec.sort.channel] === undefined) return false;
  const { channel } = spec.sort;
  const bandChannel = isHorizontal(kinds) ? 'y' : 'x';
  const isBanded =
    spec.mark === 'rect' || ((spec.mark === 'bar' || spec.mark === 'box') && bandChannel === channel);
  return kinds[channel] === 'ordinal' || isBanded;
}

function domainSort(sort: ChartSort): Plot.ChannelDomainSort {
  const order = { value: sort.by, reverse: sort.order === 'descending' };
  return { [sort.channel]: sort.limit === undefined ? order : { ...order, limit: sort.limit } };
}

/** Lines and areas join points in data order: order them by x (nulls last), leaving `rows` as is. */
function sortedByX(rows: readonly PlotRow[], x: string | undefined): readonly PlotRow[] {
  if (x === undefined) return rows;
  return [...rows].sort((a, b) => compareValues(a[x], b[x]));
}

function compareValues(a: unknown, b: unknown): number {
  const isMissing = (v: unknown) => v === null || v === undefined || Number.isNaN(v);
  if (isMissing(a)) return isMissing(b) ? 0 : 1;
  if (isMissing(b)) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime();
  const [sa, sb] = [String(a), String(b)];
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}
