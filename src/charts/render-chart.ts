/**
 * Draws a chart cell: its spec over its rows, as Observable Plot SVG. No Lit, no globals: the
 * document to build in is passed in (jsdom's under Node), so the same code renders in tests.
 */
import * as Plot from '@observablehq/plot';
import type { PlotRow } from '../arrow/plot-rows';
import type { Lang } from '../i18n/locale';
import { logger } from '../../core/shared/logger';
import { t } from '../i18n/translate';
import { CHART_CHANNELS, type ChartSpec } from '../../core/notebook/chart-spec';
import { axisLayout, categoricalAxes, truncateLabel } from './axis-layout';
import { numberTickFormat } from './axis-numbers';
import { categoryDomain } from './category-order';
import { chartMarks, hasDomainSort, positionKinds, type PositionKinds } from './chart-mark';
import { colorScaleType } from './color-scale';
import { removeExternalReferences } from './svg-references';
import type { ChannelKind } from './channel-kind';

/** Options of `renderChart`. */
export interface RenderChartOptions {
  /** Outer width in px. */
  readonly width: number;
  /** Where elements are created (default: the page's `document`). */
  readonly document?: Document;
  /** The language of the chart's accessible description. */
  readonly lang: Lang;
}

/** The class Plot gives the chart's SVG (its default is random, which would churn every snapshot). */
export const CHART_CLASS = 'cl-plot';

/**
 * Renders `spec` over `rows`: an `<svg>`, or a `<figure>` holding the title, colour legend and svg
 * when the chart has either. Axes and text use `currentColor`, so the chart follows the page's theme.
 * Throws what Plot throws for data it cannot draw; callers show that next to the cell.
 */
export function renderChart(
  spec: ChartSpec,
  rows: readonly PlotRow[],
  options: RenderChartOptions,
): SVGSVGElement | HTMLElement {
  const width = Math.max(120, Math.round(options.width));
  const kinds = positionKinds(spec, rows);
  const layout = axisLayout(spec, rows, kinds, width, options.lang);
  const domains = dataOrderDomains(spec, rows, kinds);
  const xLabels: string[] = [];
  const yLabels: string[] = [];
  const colorType = colorScaleType(spec, rows);
  const chart = Plot.plot({
    width,
    className: CHART_CLASS,
    ...(options.document && { document: options.document }),
    ...(spec.title !== undefined && { title: spec.title }),
    ariaLabel: t(`chart.mark.${spec.mark}`, {}, options.lang),
    ariaDescription: describe(spec),
    ...(layout.marginLeft !== undefined && { marginLeft: layout.marginLeft }),
    ...(layout.marginRight !== undefined && { marginRight: layout.marginRight }),
    ...(layout.marginBottom !== undefined && { marginBottom: layout.marginBottom }),
    ...(layout.height !== undefined && { height: layout.height }),
    x: {
      grid: kinds.x === 'quantitative' && spec.mark !== 'rect',
      ...(layout.xTickRotate !== undefined && { tickRotate: layout.xTickRotate }),
      ...(layout.xBand && { type: 'band' as const }),
      ...(domains.x && { domain: domains.x }),
      ...tickFormat(kinds.x, layout.xLabelMax, options.lang, xLabels),
    },
    y: {
      grid: kinds.y === 'quantitative' && spec.mark !== 'rect',
      ...(layout.yBand && { type: 'band' as const }),
      ...(domains.y && { domain: domains.y }),
      ...tickFormat(kinds.y, layout.yLabelMax, options.lang, yLabels),
    },
    ...(colorType !== undefined && { color: { type: colorType, legend: true } }),
    marks: chartMarks(spec, rows, kinds, options.lang),
  });
  titleCutLabels(chart, 'x', xLabels);
  titleCutLabels(chart, 'y', yLabels);
  labelGroups(chart);
  // Defence in depth: nothing above lets data reach a reference, and nothing that does is kept.
  const stripped = removeExternalReferences(chart);
  if (stripped > 0) logger.warn(`chart: ${stripped} external references stripped`);
  return chart;
}

/**
 * Plot names each mark's and axis's `<g>` with `aria-label` ("bar", "x-axis tick"), but ARIA forbids a
 * name on an element with no role (axe: aria-prohibited-attr). Each named group becomes a `group`, so
 * screen readers keep the names and the page stays valid.
 */
function labelGroups(chart: Element): void {
  for (const g of Array.from(chart.querySelectorAll('g[aria-label]'))) {
    if (!g.hasAttribute('role')) g.setAttribute('role', 'group');
  }
}

/**
 * The domains of category axes that have no sort of their own: the categories in the order the rows
 * arrive (the query's `ORDER BY`), where Plot would sort them alphabetically. Only text categories:
 * dates and numbers drawn as bands keep their natural order, and lines and areas, which join their
 * points in x order, keep Plot's.
 */
function dataOrderDomains(
  spec: ChartSpec,
  rows: readonly PlotRow[],
  kinds: PositionKinds,
): { x?: unknown[]; y?: unknown[] } {
  if (spec.mark === 'line' || spec.mark === 'area') return {};
  const categorical = categoricalAxes(spec, kinds);
  const sorted = hasDomainSort(spec, kinds) ? spec.sort?.channel : undefined;
  const domainOf = (channel: 'x' | 'y') => {
    const column = spec[channel];
    return categorical[channel] && kinds[channel] === 'ordinal' && sorted !== channel && column !== undefined
      ? categoryDomain(rows, column)
      : undefined;
  };
  const x = domainOf('x');
  const y = domainOf('y');
  return { ...(x && { x }), ...(y && { y }) };
}

/**
 * Tick labels: numbers through the shared formatter (`30,000`, not `30k` or `30000`); long slanted
 * categories cut to `max` px. Each category label's full text is pushed to `full`, in the order Plot
 * asks for them (the order of its ticks).
 */
function tickFormat(
  kind: ChannelKind,
  max: number | undefined,
  lang: Lang,
  full: string[],
): { tickFormat?: (value: unknown) => string } {
  if (kind === 'quantitative') return { tickFormat: numberTickFormat(lang) };
  if (max === undefined || kind !== 'ordinal') return {};
  return {
    tickFormat: (value: unknown) => {
      const text = String(value);
      full.push(text);
      return truncateLabel(text, max);
    },
  };
}

/**
 * A cut category label gets its full text as a tooltip (`<title>`, text only). Labels are drawn in tick
 * order, once per facet, so the n-th label is the (n mod ticks)-th text asked for; anything else adds none.
 */
function titleCutLabels(chart: Element, axis: 'x' | 'y', full: readonly string[]): void {
  if (full.length === 0) return;
  const labels = Array.from(chart.querySelectorAll(`g[aria-label="${axis}-axis tick label"] text`));
  if (labels.length % full.length !== 0) return;
  labels.forEach((label, i) => {
    const text = full[i % full.length] ?? '';
    if (label.textContent === text) return;
    const title = label.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'title');
    title.textContent = text;
    label.appendChild(title);
  });
}

/** `x = hospital, y = total_fee`: which column each channel shows, for screen readers. */
function describe(spec: ChartSpec): string {
  return CHART_CHANNELS.flatMap((channel) => {
    const column = spec[channel];
    return column === undefined ? [] : [`${channel} = ${column}`];
  }).join(', ');
}
