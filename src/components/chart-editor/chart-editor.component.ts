import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { ColumnInfo } from '../../../workers/api';
import { LocaleController } from '../../i18n/locale-controller';
import { t } from '../../i18n/translate';
import {
  CHART_MARKS,
  DEFAULT_CHART_SPEC,
  MAX_SORT_LIMIT,
  SORT_BY,
  SORT_ORDERS,
  SORT_SCALES,
  isChartMark,
  type ChartChannel,
  type ChartSort,
  type ChartSpec,
} from '../../../core/notebook/chart-spec';
import { chartEditorStyles } from './chart-editor.styles';
import { withChannel, withSort, withTitle } from './spec-edit';

/** The spec was edited; `spec` is the whole new spec. */
export type ChartSpecChangeEvent = CustomEvent<{ readonly spec: ChartSpec }>;

/** The column channels the form always offers (`text` only for the text mark). */
const FORM_CHANNELS: readonly ChartChannel[] = ['x', 'y', 'fill', 'stroke', 'fx', 'fy'];

/**
 * The chart cell's settings as a form: the mark, a column for each channel (from the source result's
 * `columns`, or none), the sort, tooltips and title. Every change dispatches `cl-chart-spec-change`
 * with the new spec; text fields report on commit (Enter or leaving the field), not per keystroke.
 */
export class ChartEditorElement extends LitElement {
  static override styles = chartEditorStyles;

  @property({ attribute: false }) spec: ChartSpec = DEFAULT_CHART_SPEC;
  /** The source cell's result columns. */
  @property({ attribute: false }) columns: readonly ColumnInfo[] = [];

  constructor() {
    super();
    new LocaleController(this);
  }

  override render() {
    const { spec } = this;
    const channels =
      spec.mark === 'text' || spec.text !== undefined ? [...FORM_CHANNELS, 'text' as const] : FORM_CHANNELS;
    return html`<form class="editor" aria-label=${t('chart.editor.label')} @submit=${preventSubmit}>
      <div class="field">
        <label for="mark">${t('chart.field.mark')}</label>
        <select id="mark" data-testid="chart-mark" @change=${this.#onMark}>
          ${CHART_MARKS.map(
            (mark) =>
              html`<option value=${mark} ?selected=${mark === spec.mark}>${t(`chart.mark.${mark}`)}</option>`,
          )}
        </select>
      </div>
      ${channels.map((channel) => this.#columnField(channel))}
      <fieldset class="sort">
        <legend>${t('chart.sort.label')}</legend>
        ${this.#sortFields(spec.sort)}
      </fieldset>
      <div class="field check">
        <input
          id="tooltip"
          type="checkbox"
          data-testid="chart-tooltip"
          .checked=${spec.tooltip}
          @change=${(event: Event) => this.#emit({ ...spec, tooltip: (event.target as HTMLInputElement).checked })}
        />
        <label for="tooltip">${t('chart.field.tooltip')}</label>
      </div>
      <div class="field title">
        <label for="title">${t('chart.field.title')}</label>
        <input
          id="title"
          type="text"
          maxlength="500"
          data-testid="chart-title"
          .value=${live(spec.title ?? '')}
          @change=${(event: Event) => this.#emit(withTitle(spec, (event.target as HTMLInputElement).value))}
        />
      </div>
    </form>`;
  }

  #columnField(channel: ChartChannel) {
    const current = this.spec[channel];
    const isMissing = current !== undefined && !this.columns.some((column) => column.name === current);
    return html`<div class="field">
      <label for=${`channel-${channel}`}>${t(`chart.field.${channel}`)}</label>
      <select
        id=${`channel-${channel}`}
        data-testid=${`chart-${channel}`}
        @change=${(event: Event) =>
          this.#emit(withChannel(this.spec, channel, (event.target as HTMLSelectElement).value))}
      >
        <option value="" ?selected=${current === undefined}>${t('chart.field.none')}</option>
        ${this.columns.map(
          (column) =>
            html`<option value=${column.name} ?selected=${column.name === current}>
              ${t('chart.column.option', { name: column.name, type: column.type })}
            </option>`,
        )}
        ${
          isMissing
            ? html`<option value=${current} selected>${t('chart.column.missing', { name: current })}</option>`
            : nothing
        }
      </select>
    </div>`;
  }

  #sortFields(sort: ChartSort | undefined) {
    const isOff = sort === undefined;
    return html`<div class="field">
        <label for="sort-channel">${t('chart.sort.channel')}</label>
        <select
          id="sort-channel"
          data-testid="chart-sort-channel"
          @change=${(event: Event) => {
            const value = (event.target as HTMLSelectElement).value;
            const channel = SORT_SCALES.find((scale) => scale === value);
            this.#emit(withSort(this.spec, { channel }));
          }}
        >
          <option value="" ?selected=${isOff}>${t('chart.sort.none')}</option>
          ${SORT_SCALES.map(
            (scale) =>
              html`<option value=${scale} ?selected=${sort?.channel === scale}>
                ${t(`chart.field.${scale}`)}
              </option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="sort-by">${t('chart.sort.by')}</label>
        <select
          id="sort-by"
          data-testid="chart-sort-by"
          ?disabled=${isOff}
          @change=${(event: Event) => {
            const value = (event.target as HTMLSelectElement).value;
            this.#emit(withSort(this.spec, { by: SORT_BY.find((by) => by === value) }));
          }}
        >
          ${SORT_BY.map(
            (by) => html`<option value=${by} ?selected=${sort?.by === by}>${t(`chart.field.${by}`)}</option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="sort-order">${t('chart.sort.order')}</label>
        <select
          id="sort-order"
          data-testid="chart-sort-order"
          ?disabled=${isOff}
          @change=${(event: Event) => {
            const value = (event.target as HTMLSelectElement).value;
            this.#emit(withSort(this.spec, { order: SORT_ORDERS.find((order) => order === value) }));
          }}
        >
          ${SORT_ORDERS.map(
            (order) =>
              html`<option value=${order} ?selected=${sort?.order === order}>
                ${t(`chart.sort.${order}`)}
              </option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="sort-limit">${t('chart.sort.limit')}</label>
        <input
          id="sort-limit"
          type="number"
          min="1"
          max=${MAX_SORT_LIMIT}
          step="1"
          inputmode="numeric"
          data-testid="chart-sort-limit"
          placeholder=${t('chart.sort.limitAll')}
          title=${t('chart.sort.limitHint')}
          ?disabled=${isOff}
          .value=${live(sort?.limit === undefined ? '' : String(sort.limit))}
          @change=${(event: Event) => {
            const text = (event.target as HTMLInputElement).value.trim();
            const limit = text === '' ? undefined : Number(text);
            this.#emit(withSort(this.spec, { limit }));
          }}
        />
      </div>`;
  }

  #onMark = (event: Event) => {
    const mark = (event.target as HTMLSelectElement).value;
    if (isChartMark(mark)) this.#emit({ ...this.spec, mark });
  };

  #emit(spec: ChartSpec): void {
    this.spec = spec;
    this.dispatchEvent(
      new CustomEvent('cl-chart-spec-change', { detail: { spec }, bubbles: true, composed: true }),
    );
  }
}

function preventSubmit(event: Event): void {
  event.preventDefault();
}
