/**
 * What a chart cell draws, as plain data: one mark, the result columns bound to its channels, an
 * optional domain sort, a tooltip switch and a title. Notebooks hold no JavaScript, so this is all a
 * chart can say. Pure: no DOM, no Plot.
 */
import { msg, type Msg } from '../shared/msg';

/** The marks a chart cell can draw, in the order the editor offers them. */
export const CHART_MARKS = ['bar', 'line', 'dot', 'area', 'rect', 'rule', 'text', 'box'] as const;
/** One kind of mark. */
export type ChartMark = (typeof CHART_MARKS)[number];

/** The spec keys that name a result column, in the order they are written. */
export const CHART_CHANNELS = ['x', 'y', 'fill', 'stroke', 'fx', 'fy', 'text'] as const;
/** A channel bound to a column. */
export type ChartChannel = (typeof CHART_CHANNELS)[number];

/** The position scales a sort can order. */
export const SORT_SCALES = ['x', 'y'] as const;
/** The channels whose values can order a scale's domain. */
export const SORT_BY = ['x', 'y', 'fill'] as const;
/** Sort directions. */
export const SORT_ORDERS = ['ascending', 'descending'] as const;
/** The largest top-N a sort keeps. */
export const MAX_SORT_LIMIT = 10_000;

/**
 * Orders the categories of an ordinal position scale by another channel's values (for bars: tallest
 * first), optionally keeping only the first `limit` (a top-N chart). This is Plot's domain sort
 * (`sort: {x: {value: 'y', reverse, limit}}`) spelled as three separate choices a form can offer.
 */
export interface ChartSort {
  /** The scale whose domain is ordered. */
  readonly channel: (typeof SORT_SCALES)[number];
  /** The channel whose values order it (the scale itself: alphabetical / chronological). */
  readonly by: (typeof SORT_BY)[number];
  readonly order: (typeof SORT_ORDERS)[number];
  /** Keep only this many categories (an integer from 1 to `MAX_SORT_LIMIT`). */
  readonly limit?: number;
}

/** A chart cell's settings. Channel values are column names of the source cell's result. */
export interface ChartSpec {
  readonly mark: ChartMark;
  readonly x?: string;
  readonly y?: string;
  /** Fill colour by column (a legend is shown). */
  readonly fill?: string;
  /** Stroke colour by column (a legend is shown); for lines, one line per value. */
  readonly stroke?: string;
  /** Facet columns: one small chart per value, side by side. */
  readonly fx?: string;
  /** Facet rows: one small chart per value, stacked. */
  readonly fy?: string;
  /** The text of a `text` mark. */
  readonly text?: string;
  readonly sort?: ChartSort;
  /** Show the values under the pointer. */
  readonly tooltip: boolean;
  readonly title?: string;
}

/** The spec of a new chart cell (and of an empty source). */
export const DEFAULT_CHART_SPEC: ChartSpec = { mark: 'bar', tooltip: true };

/**
 * The channels each mark needs: every inner list must have at least one channel set (`[['x', 'y']]`
 * reads "x or y"). Aggregation belongs in the SQL cell, so a bar needs both its category and its value.
 */
export const MARK_REQUIREMENTS: Readonly<Record<ChartMark, readonly (readonly ChartChannel[])[]>> = {
  bar: [['x'], ['y']],
  line: [['x'], ['y']],
  dot: [['x'], ['y']],
  area: [['x'], ['y']],
  rect: [['x'], ['y']],
  rule: [['x', 'y']],
  text: [['x'], ['y'], ['text']],
  box: [['x', 'y']],
};

/** Marks that need one numeric position channel (x or y) to draw at all. */
const NEEDS_NUMERIC: ReadonlySet<ChartMark> = new Set(['bar', 'box']);

/**
 * Whether `spec` sets a column for every channel its mark needs (`MARK_REQUIREMENTS`): the point from
 * which a chart can be drawn, so auto-run runs it. Whether those columns exist is `validateChartSpec`'s.
 */
export function isChartSpecComplete(spec: ChartSpec): boolean {
  return MARK_REQUIREMENTS[spec.mark].every((alternatives) =>
    alternatives.some((channel) => spec[channel] !== undefined),
  );
}

/** Whether `mark` is a known mark. */
export function isChartMark(mark: unknown): mark is ChartMark {
  return typeof mark === 'string' && (CHART_MARKS as readonly string[]).includes(mark);
}

/** Whether a DuckDB type name (as in `ColumnInfo.type`) holds numbers a quantitative scale can use. */
export function isNumericColumnType(type: string): boolean {
  return /^(U?(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT)|FLOAT|DOUBLE|HALF|DECIMAL\(\d+,\d+\))$/.test(type);
}

/**
 * Checks a spec against the columns of its source result: every channel must name one of them, the
 * mark's required channels must be set, bars and boxes need a numeric x or y, and a sort needs the
 * channel it sorts by. Returns the problems,
 * each naming the channel, the column and the columns there are; empty when the chart can be drawn.
 */
export function validateChartSpec(
  spec: ChartSpec,
  columns: readonly { readonly name: string; readonly type: string }[],
): Msg[] {
  const problems: Msg[] = [];
  const byName = new Map(columns.map((column) => [column.name, column]));
  const available = columns.map((column) => column.name);
  const listZh = available.length > 0 ? available.join('、') : '（无）';
  const listEn = available.length > 0 ? available.join(', ') : '(none)';
  for (const channel of CHART_CHANNELS) {
    const column = spec[channel];
    if (column !== undefined && !byName.has(column)) {
      problems.push(
        msg(
          `通道 ${channel} 引用的列“${column}”不在结果中。可用的列：${listZh}。`,
          `Channel ${channel} names column "${column}", which is not in the result. Available columns: ${listEn}.`,
        ),
      );
    }
  }
  let isComplete = true;
  for (const alternatives of MARK_REQUIREMENTS[spec.mark]) {
    if (alternatives.some((channel) => spec[channel] !== undefined)) continue;
    isComplete = false;
    const zh = alternatives.join(' 或 ');
    const en = alternatives.join(' or ');
    problems.push(
      msg(`${spec.mark} 图需要为 ${zh} 选择一列。`, `A ${spec.mark} chart needs a column for ${en}.`),
    );
  }
  if (isComplete && NEEDS_NUMERIC.has(spec.mark)) {
    const positions = [spec.x, spec.y].filter((name): name is string => name !== undefined);
    const known = positions.filter((name) => byName.has(name));
    const isNumeric = (name: string) => isNumericColumnType(byName.get(name)?.type ?? '');
    if (known.length > 0 && known.length === positions.length && !known.some(isNumeric)) {
      const names = known.map((name) => `“${name}”`).join('、');
      const namesEn = known.map((name) => `"${name}"`).join(' and ');
      problems.push(
        msg(
          `${spec.mark} 图的 x 或 y 须有一个数值列（${names} 不是数值列）。`,
          `A ${spec.mark} chart needs a numeric column for x or y (${namesEn} ${known.length > 1 ? 'are' : 'is'} not numeric).`,
        ),
      );
    }
  }
  if (spec.sort && spec[spec.sort.by] === undefined) {
    const { channel, by } = spec.sort;
    problems.push(
      msg(
        `按 ${by} 排序 ${channel} 轴需要先为 ${by} 选择一列。`,
        `Sorting the ${channel} axis by ${by} needs a column for ${by}.`,
      ),
    );
  }
  return problems;
}
