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
import { axisLayout } from './axis-layout';
import { chartMarks, positionKinds } from './chart-mark';
import { colorScaleType } from './color-scale';
import { removeExternalReferences } from './svg-references';

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
  const layout = axisLayout(spec, rows, kinds, width);
  const colorType = colorScaleType(spec, rows);
  const chart = Plot.plot({
    width,
    className: CHART_CLASS,
    ...(options.document && { document: options.document }),
    ...(spec.title !== undefined && { title: spec.title }),
    ariaLabel: t(`chart.mark.${spec.mark}`, {}, options.lang),
    ariaDescription: describe(spec),
    ...(layout.marginLeft !== undefined && { marginLeft: layout.marginLeft }),
    ...(layout.marginBottom !== undefined && { marginBottom: layout.marginBottom }),
    ...(layout.height !== undefined && { height: layout.height }),
    x: {
      grid: kinds.x === 'quantitative' && spec.mark !== 'rect',
      ...(layout.xTickRotate !== undefined && { tickRotate: layout.xTickRotate }),
      ...(layout.xBand && { type: 'band' as const }),
    },
    y: {
      grid: kinds.y === 'quantitative' && spec.mark !== 'rect',
      ...(layout.yBand && { type: 'band' as const }),
    },
    ...(colorType !== undefined && { color: { type: colorType, legend: true } }),
    marks: chartMarks(spec, rows, kinds),
  });
  // Defence in depth: nothing above lets data reach a reference, and nothing that does is kept.
  const stripped = removeExternalReferences(chart);
  if (stripped > 0) logger.warn(`chart: ${stripped} external references stripped`);
  return chart;
}

/** `x = hospital, y = total_fee`: which column each channel shows, for screen readers. */
function describe(spec: ChartSpec): string {
  return CHART_CHANNELS.flatMap((channel) => {
    const column = spec[channel];
    return column === undefined ? [] : [`${channel} = ${column}`];
  }).join(', ');
}
