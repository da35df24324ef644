import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AppError, ResultPage } from '../../../workers/api';
import type { ModelInfo } from '../../../core/models/model-api-types';
import type { ModelParameterValue } from '../../../core/models/model-types';
import { assertNever } from '../../../core/shared/invariant';
import { logger } from '../../../core/shared/logger';
import { formatDecimal } from '../../../core/format/number-format';
import type { PlotRow } from '../../arrow/plot-rows';
import { renderChart } from '../../charts/render-chart';
import { keepFreeOfExternalReferences } from '../../charts/svg-references';
import { locale } from '../../i18n/locale';
import { LocaleController } from '../../i18n/locale-controller';
import { msgText, t } from '../../i18n/translate';
import { controlStyles } from '../../theme/theme';
import '../app-error/app-error';
import {
  MAD_BOUNDS,
  SCORE_BARS_TOP,
  digitBars,
  peerDots,
  peopleDates,
  scoreBars,
  type ModelChartData,
} from './model-chart-data';
import type { ModelSource } from './model-source';
import { entityIdOf, explanation, pageRows } from './model-values';

/** Rows of the output a peer chart reads at most; rows of `<name>_digits` a digit chart reads at most. */
export const PEER_ROWS = 2_000;
export const DIGIT_ROWS = 10_000;
/** Settlements of one group a people × dates chart reads at most. */
export const PEOPLE_ROWS = 500;

/** What the chart was built from: kept until the inputs change. */
interface Loaded {
  readonly data: ModelChartData;
  readonly caption: string;
  readonly note?: string;
}

/**
 * A Model cell's default chart (`ModelChart.kind`), drawn with the notebook's `renderChart` at the
 * element's width: score bars from the first page; Benford digits from `<name>_digits` (overall, or of
 * the entity opened) with Nigrini's MAD bounds and the scope's conformity noted; peers as dots with the selected (else top) entity marked;
 * people × admission dates of the selected (else top) group's settlements.
 */
export class ModelChartElement extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
        min-width: 0;
      }
      h3 {
        margin: 0 0 4px;
        font-size: var(--cl-font-size);
      }
      .figure {
        color: var(--cl-text);
        min-width: 0;
        overflow-x: auto;
      }
      .figure figure {
        margin: 0;
      }
      .figure svg.cl-plot,
      .figure .cl-plot-swatches {
        font-family: var(--cl-font-sans);
      }
      .figure svg.cl-plot {
        --plot-background: var(--cl-surface);
        background: transparent;
      }
      .note {
        margin: 2px 0 0;
        font-size: var(--cl-font-size-sm);
        color: var(--cl-text-muted);
      }
    `,
  ];

  @property({ attribute: false }) model!: ModelInfo;
  @property() table = '';
  @property({ attribute: false }) firstPage: ResultPage | undefined;
  /** The values the run used (Benford's digit test picks its MAD bounds). */
  @property({ attribute: false }) parameters: Readonly<Record<string, ModelParameterValue>> = {};
  @property({ attribute: false }) source: ModelSource | undefined;
  /** The entity open in the drill-down ('' = none: the top-ranked one is shown). */
  @property() selected = '';
  @state() private loaded: Loaded | undefined;
  @state() private error: AppError | undefined;
  @state() private width = 0;
  #chart: SVGSVGElement | HTMLElement | undefined;
  #drawn: { loaded: Loaded; width: number; lang: string } | undefined;
  #stopWatching: (() => void) | undefined;
  #seq = 0;
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
    this.#resize.disconnect();
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (
      changed.has('firstPage') ||
      changed.has('selected') ||
      changed.has('table') ||
      changed.has('source') ||
      changed.has('model')
    )
      void this.#load();
    const loaded = this.loaded;
    if (
      loaded &&
      (this.#drawn?.loaded !== loaded || this.#drawn.width !== this.width || this.#drawn.lang !== locale.lang)
    )
      this.#draw(loaded);
  }

  override render() {
    const loaded = this.loaded;
    return html`<section
      data-testid="model-chart"
      data-kind=${this.model.chart.kind}
      aria-label=${t('models.chart')}
    >
      ${loaded ? html`<h3>${loaded.caption}</h3>` : nothing}
      ${this.error ? html`<cl-app-error .error=${this.error}></cl-app-error>` : nothing}
      ${
        loaded && loaded.data.rows.length === 0
          ? html`<p class="note" data-testid="model-chart-empty">${t('models.chart.noData')}</p>`
          : nothing
      }
      <div class="figure">${this.#chart ?? nothing}</div>
      ${loaded?.note ? html`<p class="note" data-testid="model-chart-note">${loaded.note}</p>` : nothing}
    </section>`;
  }

  #draw(loaded: Loaded): void {
    this.#stopWatching?.();
    this.#stopWatching = undefined;
    this.#chart = undefined;
    this.#drawn = { loaded, width: this.width, lang: locale.lang };
    if (loaded.data.rows.length === 0 || this.width <= 0) return;
    try {
      const chart = renderChart(loaded.data.spec, loaded.data.rows, {
        width: this.width,
        document: this.ownerDocument,
        lang: locale.lang,
      });
      chart.setAttribute('data-testid', 'chart');
      this.#stopWatching = keepFreeOfExternalReferences(chart, (count) =>
        logger.warn(`model chart: ${count} external references stripped`),
      );
      this.#chart = chart;
    } catch (error) {
      logger.warn('model chart: cannot draw', error);
      const message = error instanceof Error ? error.message : String(error);
      this.error = {
        kind: 'internal',
        code: 'model.chart',
        message: {
          zh: t('models.chart.failed', { message }, 'zh'),
          en: t('models.chart.failed', { message }, 'en'),
        },
        detail: message,
      };
    }
  }

  async #load(): Promise<void> {
    const page = this.firstPage;
    const seq = ++this.#seq;
    this.error = undefined;
    if (!page) {
      this.loaded = undefined;
      return;
    }
    const ranked = pageRows(page);
    const focus = this.selected || (ranked[0] ? entityIdOf(ranked[0]) : '');
    const result = await this.#build(ranked, focus);
    if (seq !== this.#seq) return;
    if ('error' in result) this.error = result.error;
    else this.loaded = result;
  }

  async #build(ranked: readonly PlotRow[], focus: string): Promise<Loaded | { readonly error: AppError }> {
    const lang = locale.lang;
    const chart = this.model.chart;
    const source = this.source;
    switch (chart.kind) {
      case 'score-bars':
        return {
          data: scoreBars(ranked, lang),
          caption: t('models.chart.scoreBars', { n: Math.min(SCORE_BARS_TOP, ranked.length) }),
        };
      case 'peer-dots': {
        let rows = ranked;
        if (source && this.firstPage && this.firstPage.totalRows > ranked.length) {
          const more = await source.page(this.table, 0, PEER_ROWS);
          if (!more.ok) return { error: more.error };
          rows = pageRows(more.value);
        }
        const indicator = this.model.indicators.find((i) => i.name === chart.indicator);
        const label = indicator ? msgText(indicator.label) : chart.indicator;
        return {
          data: peerDots(rows, chart.indicator, label, focus, lang),
          caption: t('models.chart.peerDots', { indicator: label, entity: focus }),
        };
      }
      case 'digit-bars': {
        if (!source) return { data: digitBars([], 'all', lang), caption: t('models.chart.digitBars') };
        const digits = await source.page(`${this.table}_digits`, 0, DIGIT_ROWS);
        if (!digits.ok) return { error: digits.error };
        const rows = pageRows(digits.value);
        // The whole data set unless an entity with its own digits is open.
        const scope =
          this.selected && rows.some((r) => String(r['scope']) === this.selected) ? this.selected : 'all';
        const scopeRow = ranked.find((r) => entityIdOf(r) === scope);
        return {
          data: digitBars(rows, scope, lang),
          caption: `${t('models.chart.digitBars')} · ${scope}`,
          note: [scopeRow ? explanation(scopeRow, lang) : '', this.#madBand()].filter((s) => s).join(' '),
        };
      }
      case 'people-dates': {
        const caption = t('models.chart.peopleDates', { entity: focus });
        if (!source || !focus) return { data: peopleDates([], lang), caption };
        const drill = await source.drill(this.table, focus, PEOPLE_ROWS);
        if (!drill.ok) return { error: drill.error };
        return { data: peopleDates(pageRows(drill.value.settlements), lang), caption };
      }
      default:
        return assertNever(chart, 'model chart');
    }
  }

  /** Nigrini's bounds for the digit test the run used (none for a test without published bounds). */
  #madBand(): string {
    const test = Object.values(this.parameters).find(
      (v): v is string => typeof v === 'string' && Object.hasOwn(MAD_BOUNDS, v),
    );
    const bounds = test === undefined ? undefined : MAD_BOUNDS[test];
    if (test === undefined || !bounds) return '';
    const lang = locale.lang;
    const [close, acceptable, marginal] = bounds.map((b) => formatDecimal(b, lang));
    return t('models.chart.madBand', {
      test,
      close: close ?? '',
      acceptable: acceptable ?? '',
      marginal: marginal ?? '',
    });
  }
}

if (!customElements.get('cl-model-chart')) customElements.define('cl-model-chart', ModelChartElement);

declare global {
  interface HTMLElementTagNameMap {
    'cl-model-chart': ModelChartElement;
  }
}
