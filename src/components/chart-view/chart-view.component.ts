import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ColumnInfo, Msg, ResultPage } from '../../../workers/api';
import { logger } from '../../../core/shared/logger';
import { plotRowsFromIpc, type PlotRows } from '../../arrow/plot-rows';
import { chartFileName, chartToPngBlob, chartToSvgBlob, downloadBlob } from '../../charts/export-chart';
import { renderChart } from '../../charts/render-chart';
import { keepFreeOfExternalReferences } from '../../charts/svg-references';
import { formatCount } from '../../i18n/format-number';
import { locale, type Lang } from '../../i18n/locale';
import { LocaleController } from '../../i18n/locale-controller';
import { msgText, t } from '../../i18n/translate';
import { DEFAULT_CHART_SPEC, validateChartSpec, type ChartSpec } from '../../../core/notebook/chart-spec';
import { chartViewStyles } from './chart-view.styles';

/**
 * A chart cell's output: the source result (Arrow IPC bytes) drawn with `renderChart` at the
 * element's width, redrawn when the width, spec, data or language changes. Shows what stops the chart
 * (problems in the spec, columns that are not in the result, no data), a notice when only the first
 * rows are drawn, and Export SVG / Export PNG buttons.
 */
export class ChartViewElement extends LitElement {
  static override styles = chartViewStyles;

  @property({ attribute: false }) spec: ChartSpec = DEFAULT_CHART_SPEC;
  /**
   * The rows to draw: a page of the source cell's result kept in the kernel (up to the chart's limit, its
   * `totalRows` the whole result's); undefined until it has run.
   */
  @property({ attribute: false }) page: ResultPage | undefined;
  /** The result's columns (read from `page` when empty). */
  @property({ attribute: false }) columns: readonly ColumnInfo[] = [];
  /** Problems found reading the spec's text (`parseChartSpec`), shown above the chart. */
  @property({ attribute: false }) specProblems: readonly Msg[] = [];
  /** The spec's text could not be read (`specProblems` say why): nothing is drawn or checked. */
  @property({ attribute: false }) isSpecUnreadable = false;
  /** Download name without extension. */
  @property() fileName = 'chart';

  @state() private width = 0;
  @state() private exportError: string | undefined;

  #data: PlotRows | undefined;
  #readError: string | undefined;
  #problems: readonly Msg[] = [];
  #chart: SVGSVGElement | HTMLElement | undefined;
  #renderError: string | undefined;
  #renderedLang: Lang | undefined;
  #stopWatching: (() => void) | undefined;
  #resize = new ResizeObserver(([entry]) => {
    const width = Math.floor(entry?.contentRect.width ?? 0);
    if (width !== this.width) this.width = width;
  });

  constructor() {
    super();
    new LocaleController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resize.observe(this);
  }

  override disconnectedCallback(): void {
    // The chart's watch stays: a cell moved in the notebook reconnects with the same chart.
    this.#resize.disconnect();
    super.disconnectedCallback();
  }

  /** The rendered chart (svg or figure), if one is showing. */
  get chartElement(): SVGSVGElement | HTMLElement | undefined {
    return this.#chart;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('page')) this.#readRows();
    const dataChanged = ['page', 'columns', 'spec', 'isSpecUnreadable'].some((key) => changed.has(key));
    if (dataChanged) {
      const columns = this.columns.length > 0 ? this.columns : (this.#data?.columns ?? []);
      this.#problems = this.#data && !this.isSpecUnreadable ? validateChartSpec(this.spec, columns) : [];
    }
    if (dataChanged || changed.has('width') || this.#renderedLang !== locale.lang) this.#draw();
  }

  override render() {
    const data = this.#data;
    const problems = [...this.specProblems, ...this.#problems];
    return html`<section class="view" aria-label=${t('chart.view.label')}>
      ${
        problems.length > 0
          ? html`<div class="problems" role="status" data-testid="chart-problems">
              <span>${t('chart.problems')}</span>
              <ul>
                ${problems.map((problem) => html`<li>${msgText(problem)}</li>`)}
              </ul>
            </div>`
          : nothing
      }
      ${this.#notice(data)}
      <div class="figure">${this.#chart ?? nothing}</div>
      ${
        this.#renderError
          ? html`<p class="error" role="alert">${t('chart.failed', { error: this.#renderError })}</p>`
          : nothing
      }
      <div class="actions">
        <button
          type="button"
          class="btn btn-small"
          data-testid="chart-export-svg"
          title=${t('chart.export.svgTitle')}
          ?disabled=${!this.#chart}
          @click=${this.#exportSvg}
        >
          ${t('chart.export.svg')}
        </button>
        <button
          type="button"
          class="btn btn-small"
          data-testid="chart-export-png"
          title=${t('chart.export.pngTitle')}
          ?disabled=${!this.#chart}
          @click=${this.#exportPng}
        >
          ${t('chart.export.png')}
        </button>
        ${
          this.exportError
            ? html`<span class="error" role="alert"
                >${t('chart.export.failed', { error: this.exportError })}</span
              >`
            : nothing
        }
      </div>
    </section>`;
  }

  #notice(data: PlotRows | undefined) {
    if (this.#readError) {
      return html`<p class="error" role="alert">${t('chart.readFailed', { error: this.#readError })}</p>`;
    }
    if (!data) return html`<p class="notice muted" data-testid="chart-no-result">${t('chart.noResult')}</p>`;
    if (data.totalRows === 0) return html`<p class="notice muted">${t('chart.noRows')}</p>`;
    if (!data.truncated) return nothing;
    return html`<p class="notice truncated" data-testid="chart-truncated">
      ${t('chart.truncated', { total: formatCount(data.totalRows), shown: formatCount(data.rows.length) })}
    </p>`;
  }

  #readRows(): void {
    this.#data = undefined;
    this.#readError = undefined;
    const page = this.page;
    if (!page) return;
    try {
      const data = plotRowsFromIpc(page.ipc);
      // The page holds up to the limit (+1); the whole result may hold many more rows.
      const totalRows = Math.max(data.totalRows, page.totalRows);
      this.#data = { ...data, totalRows, truncated: data.truncated || totalRows > data.rows.length };
    } catch (error) {
      logger.warn('chart: cannot read result', error);
      this.#readError = error instanceof Error ? error.message : String(error);
    }
  }

  #draw(): void {
    this.#stopWatching?.();
    this.#stopWatching = undefined;
    this.#chart = undefined;
    this.#renderError = undefined;
    this.#renderedLang = locale.lang;
    const data = this.#data;
    if (!data || data.rows.length === 0 || this.#problems.length > 0 || this.width <= 0) return;
    if (this.isSpecUnreadable) return;
    try {
      const chart = renderChart(this.spec, data.rows, {
        width: this.width,
        document: this.ownerDocument,
        lang: locale.lang,
      });
      chart.setAttribute('data-testid', 'chart');
      // Plot redraws the tooltip as the pointer moves: what it adds is kept as clean as the first drawing.
      this.#stopWatching = keepFreeOfExternalReferences(chart, (count) =>
        logger.warn(`chart: ${count} external references stripped`),
      );
      this.#chart = chart;
    } catch (error) {
      logger.warn('chart: cannot draw', error);
      this.#renderError = error instanceof Error ? error.message : String(error);
    }
  }

  #exportSvg = () => {
    if (!this.#chart) return;
    this.exportError = undefined;
    try {
      downloadBlob(chartToSvgBlob(this.#chart), chartFileName(this.fileName, 'svg'), this.ownerDocument);
    } catch (error) {
      this.#exportFailed(error);
    }
  };

  #exportPng = async () => {
    if (!this.#chart) return;
    this.exportError = undefined;
    try {
      const blob = await chartToPngBlob(this.#chart);
      downloadBlob(blob, chartFileName(this.fileName, 'png'), this.ownerDocument);
    } catch (error) {
      this.#exportFailed(error);
    }
  };

  #exportFailed(error: unknown): void {
    logger.warn('chart: export failed', error);
    this.exportError = error instanceof Error ? error.message : String(error);
  }
}
