/**
 * Room for category labels. Plot's default margins fit short labels; hospital and department names
 * are long (and Chinese glyphs are twice as wide as Latin ones), so a categorical y axis gets a left
 * margin sized to its longest label, and a crowded categorical x axis gets slanted labels.
 */
import type { PlotRow } from '../arrow/plot-rows';
import type { ChartSpec } from '../../core/notebook/chart-spec';
import { isHorizontal, type PositionKinds } from './chart-mark';
import { textWidth } from './text-width';

/** Margins and tick rotation to pass on to Plot (only what differs from its defaults). */
export interface AxisLayout {
  readonly marginLeft?: number;
  readonly marginBottom?: number;
  readonly xTickRotate?: number;
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

/** Lays out the category axes of a chart `width` px wide. */
export function axisLayout(
  spec: ChartSpec,
  rows: readonly PlotRow[],
  kinds: PositionKinds,
  width: number,
): AxisLayout {
  const { x: xIsCategorical, y: yIsCategorical } = categoricalAxes(spec, kinds);
  let layout: { -readonly [K in keyof AxisLayout]: AxisLayout[K] } = {};
  const isBand = spec.mark === 'bar' || spec.mark === 'box' || spec.mark === 'rect';
  let marginLeft = 40;
  if (yIsCategorical && spec.y !== undefined) {
    const { longest } = labelStats(rows, spec.y);
    marginLeft = clamp(Math.ceil(longest) + 14, 40, Math.round(width * 0.35));
    layout = { marginLeft, ...(isBand && kinds.y === 'temporal' && { yBand: true }) };
    if (spec.mark === 'rect' && spec.fy === undefined) {
      layout.height = clamp(labelStats(rows, spec.y).count * CELL_HEIGHT + 70, 160, 1200);
    }
  }
  if (xIsCategorical && spec.x !== undefined) {
    if (isBand && kinds.x === 'temporal') layout.xBand = true;
    const { count, longest } = labelStats(rows, spec.x);
    const step = (width - marginLeft - 20) / Math.max(1, count);
    if (longest + 6 > step) {
      layout.xTickRotate = SLANT_DEGREES;
      layout.marginBottom = clamp(Math.ceil(longest * Math.SQRT1_2) + 30, 30, 160);
    }
  }
  return layout;
}

/** Which position axes show one label per category (band or point scales). */
function categoricalAxes(spec: ChartSpec, kinds: PositionKinds): { x: boolean; y: boolean } {
  const horizontal = isHorizontal(kinds);
  const isBanded = spec.mark === 'bar' || spec.mark === 'box';
  return {
    x: spec.mark === 'rect' || kinds.x === 'ordinal' || (isBanded && !horizontal && kinds.x !== 'empty'),
    y: spec.mark === 'rect' || kinds.y === 'ordinal' || (isBanded && horizontal && kinds.y !== 'empty'),
  };
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
