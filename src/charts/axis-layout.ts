/**
 * Room for axis labels, measured rather than guessed. Plot's default margins (40 px on the left) fit
 * short labels only: a numeric y axis reading `30,000` or `1,250,000.5` needs more, hospital and
 * department names are long (Chinese glyphs are twice as wide as Latin ones), and crowded category
 * labels on x are slanted; category labels longer than the room there is (a slanted x label past
 * 150 px, a y label past a third of the chart) are cut with an ellipsis, the full name on hover. Widths are
 * those of the labels as drawn: the formatted ticks (`axis-numbers`) and the category texts, in Plot's
 * font size (`text-width`).
 */
import type { PlotRow } from '../arrow/plot-rows';
import type { NumberLang } from '../../core/format/number-format';
import type { ChartSpec } from '../../core/notebook/chart-spec';
import { chartNumber } from './axis-numbers';
import { isHorizontal, type PositionKinds } from './chart-mark';
import { niceTicks } from './nice-ticks';
import { textWidth } from './text-width';
import { valueExtent } from './value-extent';

/** Margins and tick rotation to pass on to Plot (only what differs from its defaults). */
export interface AxisLayout {
  readonly marginLeft?: number;
  readonly marginRight?: number;
  readonly marginBottom?: number;
  readonly xTickRotate?: number;
  /** The widest an x category label is drawn, in px; longer ones are cut with an ellipsis. */
  readonly xLabelMax?: number;
  /** The widest a y category label is drawn (what the largest left margin holds), in px. */
  readonly yLabelMax?: number;
  /** A heatmap's height: Plot's default bands are too thin for cells. */
  readonly height?: number;
  /** Dates shown as categories (bars per month): the band type, said outright, silences Plot's warning. */
  readonly xBand?: boolean;
  readonly yBand?: boolean;
}

/** Distinct labels looked at; beyond this the axis is unreadable anyway. */
const MAX_LABELS = 500;
const SLANT_DEGREES = -45;
/** Heatmap row height in px. */
const CELL_HEIGHT = 28;
/** Plot's default margins in px. */
const PLOT_MARGIN_LEFT = 40;
const PLOT_MARGIN_RIGHT = 20;
/** Plot's tick length plus the gap between tick and label, and a little air. */
const TICK_ROOM = 6 + 3 + 4;
/** Plot's spacing of ticks in px (about one tick per this many px). */
const Y_TICK_SPACING = 35;
const X_TICK_SPACING = 80;
/** Plot's default chart height in px. */
const PLOT_HEIGHT = 400;
/** Slanted category labels longer than this many px are cut with an ellipsis. */
const X_LABEL_MAX = 150;
/** Characters kept after the ellipsis of a cut label. */
const TAIL_CHARS = 4;

/** Lays out the axes of a chart `width` px wide whose numbers are written for `lang`. */
export function axisLayout(
  spec: ChartSpec,
  rows: readonly PlotRow[],
  kinds: PositionKinds,
  width: number,
  lang: NumberLang,
): AxisLayout {
  const { x: xIsCategorical, y: yIsCategorical } = categoricalAxes(spec, kinds);
  const layout: { -readonly [K in keyof AxisLayout]: AxisLayout[K] } = {};
  const isBand = spec.mark === 'bar' || spec.mark === 'box' || spec.mark === 'rect';
  const maxLeft = Math.round(width * 0.35);
  let marginLeft = PLOT_MARGIN_LEFT;
  const widen = (needed: number) => {
    const margin = clamp(Math.ceil(needed), PLOT_MARGIN_LEFT, maxLeft);
    if (margin > marginLeft) marginLeft = layout.marginLeft = margin;
  };
  if (yIsCategorical && spec.y !== undefined) {
    const { longest, count } = labelStats(rows, spec.y);
    widen(longest + TICK_ROOM);
    if (longest + TICK_ROOM > marginLeft) layout.yLabelMax = Math.max(marginLeft - TICK_ROOM, 20);
    if (isBand && kinds.y === 'temporal') layout.yBand = true;
    if (spec.mark === 'rect' && spec.fy === undefined) {
      layout.height = clamp(count * CELL_HEIGHT + 70, 160, 1200);
    }
  } else if (kinds.y === 'quantitative') {
    const extent = valueExtent(spec, rows, 'y');
    if (extent) widen(longestTick(extent, PLOT_HEIGHT / Y_TICK_SPACING, lang) + TICK_ROOM);
  }
  if (xIsCategorical && spec.x !== undefined) {
    if (isBand && kinds.x === 'temporal') layout.xBand = true;
    const { count, longest } = labelStats(rows, spec.x);
    const step = (width - marginLeft - PLOT_MARGIN_RIGHT) / Math.max(1, count);
    if (longest + 6 > step) {
      const shown = Math.min(longest, X_LABEL_MAX);
      layout.xTickRotate = SLANT_DEGREES;
      if (longest > X_LABEL_MAX) layout.xLabelMax = X_LABEL_MAX;
      layout.marginBottom = clamp(Math.ceil(shown * Math.SQRT1_2) + 30, 30, 160);
      // The first label slants left from the middle of its band: past the margin it would be cut.
      widen(shown * Math.SQRT1_2 + 10 - step / 2);
    }
  } else if (kinds.x === 'quantitative' && spec.fy === undefined) {
    // The last tick's label is centred on the right edge of the frame: half of it lies in the margin.
    const extent = valueExtent(spec, rows, 'x');
    const longest = extent ? longestTick(extent, width / X_TICK_SPACING, lang) : 0;
    const right = Math.ceil(longest / 2) + 4;
    if (right > PLOT_MARGIN_RIGHT) layout.marginRight = right;
  }
  return layout;
}

/**
 * Which position axes show one label per category (band or point scales): ordinal values, both axes
 * of a heatmap, and the category axis of bars and boxes.
 */
export function categoricalAxes(spec: ChartSpec, kinds: PositionKinds): { x: boolean; y: boolean } {
  const horizontal = isHorizontal(kinds);
  const isBanded = spec.mark === 'bar' || spec.mark === 'box';
  return {
    x: spec.mark === 'rect' || kinds.x === 'ordinal' || (isBanded && !horizontal && kinds.x !== 'empty'),
    y: spec.mark === 'rect' || kinds.y === 'ordinal' || (isBanded && horizontal && kinds.y !== 'empty'),
  };
}

/**
 * The width in px of the longest tick label of a numeric axis spanning `extent`: the ticks Plot draws
 * for about `count` ticks, and for twice and half as many (a shorter or taller frame), as formatted.
 */
export function longestTick(extent: readonly [number, number], count: number, lang: NumberLang): number {
  let longest = 0;
  for (const n of [count / 2, count, count * 2]) {
    for (const tick of niceTicks(extent[0], extent[1], Math.max(1, n))) {
      longest = Math.max(longest, textWidth(chartNumber(tick, lang)));
    }
  }
  return longest;
}

/**
 * `label` cut to at most `maxWidth` px with an ellipsis in the middle, keeping its last few characters
 * (names that share a long beginning, 某某市第一… / 某某市第二…, often differ at the end); unchanged when
 * it fits.
 */
export function truncateLabel(label: string, maxWidth: number): string {
  if (textWidth(label) <= maxWidth) return label;
  const chars = [...label];
  const tail = chars.splice(Math.max(1, chars.length - TAIL_CHARS)).join('');
  while (chars.length > 1 && textWidth(`${chars.join('')}…${tail}`) > maxWidth) chars.pop();
  return `${chars.join('')}…${tail}`;
}

function labelStats(rows: readonly PlotRow[], column: string): { count: number; longest: number } {
  const seen = new Set<string>();
  for (const row of rows) {
    const value = row[column];
    if (value === null || value === undefined) continue;
    seen.add(value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
    if (seen.size >= MAX_LABELS) break;
  }
  let longest = 0;
  for (const label of seen) longest = Math.max(longest, textWidth(label));
  return { count: seen.size, longest };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}
