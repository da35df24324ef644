import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AppError, ResultPage } from '../../../workers/api';
import type { ModelInfo } from '../../../core/models/model-api-types';
import type { PlotRow } from '../../arrow/plot-rows';
import { formatCount, formatDecimal } from '../../../core/format/number-format';
import { locale } from '../../i18n/locale';
import { LocaleController } from '../../i18n/locale-controller';
import { msgText, t } from '../../i18n/translate';
import { controlStyles, dataTableStyles } from '../../theme/theme';
import '../app-error/app-error';
import type { ModelSource } from './model-source';
import { entityIdOf, explanation, formatIndicator, pageRows } from './model-values';

/** An entity's row was chosen for the drill-down. */
export type ModelEntityOpenEvent = CustomEvent<{ readonly entityId: string }>;

/** Rows per page of the ranked table. */
export const MODEL_PAGE_SIZE = 50;

/**
 * A Model cell's ranked output: rank, entity, score, each indicator written per its format, and the
 * explanation in the UI language, a page at a time (the first page comes with the run, the others from
 * the kernel's kept output through `resultPage`). Each entity is a button that opens its drill-down.
 */
export class ModelTableElement extends LitElement {
  static override styles = [
    controlStyles,
    dataTableStyles,
    css`
      :host {
        display: block;
        min-width: 0;
      }
      .scroll {
        overflow-x: auto;
        max-height: 28em;
        overflow-y: auto;
      }
      .entity {
        font: 12px var(--cl-font-mono);
        padding: 0 4px;
      }
      tr.open td {
        background: var(--cl-accent-soft, var(--cl-surface-alt));
      }
      .explain {
        min-width: 16em;
      }
      .pager {
        display: flex;
        gap: 8px;
        align-items: center;
        margin-top: 4px;
        font-size: var(--cl-font-size-sm);
      }
    `,
  ];

  @property({ attribute: false }) model!: ModelInfo;
  /** The output table's name (the cell's). */
  @property() table = '';
  /** The page that came with the run. */
  @property({ attribute: false }) firstPage: ResultPage | undefined;
  @property({ attribute: false }) source: ModelSource | undefined;
  /** The entity whose drill-down is open. */
  @property() openId = '';
  @state() private page: ResultPage | undefined;
  @state() private error: AppError | undefined;
  #rows: readonly PlotRow[] = [];
  #rowsOf: ResultPage | undefined;
  #seq = 0;

  constructor() {
    super();
    new LocaleController(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('firstPage')) {
      this.page = this.firstPage;
      this.error = undefined;
    }
    if (this.page !== this.#rowsOf) {
      this.#rowsOf = this.page;
      this.#rows = this.page ? pageRows(this.page) : [];
    }
  }

  override render() {
    const page = this.page;
    if (!page) return nothing;
    const lang = locale.lang;
    if (page.totalRows === 0)
      return html`<p class="muted" data-testid="model-empty">${t('models.empty')}</p>`;
    const indicators = this.model.indicators;
    // The ranked table may be wider than its cell: its box scrolls, reachable and named for the keyboard.
    return html`<div class="scroll" tabindex="0" role="region" aria-label=${t('models.table')}>
        <table data-testid="model-table" aria-label=${t('models.table')}>
          <thead>
            <tr>
              <th class="num" scope="col">${t('models.col.rank')}</th>
              <th scope="col">${t('models.col.entity')}</th>
              <th class="num" scope="col">${t('models.col.score')}</th>
              <th scope="col">${t('models.col.explain')}</th>
              ${indicators.map(
                (i) =>
                  html`<th
                    class=${i.format === 'text' ? '' : 'num'}
                    scope="col"
                    title=${msgText(i.description)}
                  >
                    ${msgText(i.label)}
                  </th>`,
              )}
            </tr>
          </thead>
          <tbody>
            ${this.#rows.map((row) => {
              const id = entityIdOf(row);
              return html`<tr class=${id === this.openId ? 'open' : ''} data-testid="model-row">
                <td class="num">${formatIndicator(row['rank'], 'count', lang)}</td>
                <td>
                  <button
                    type="button"
                    class="btn btn-small entity"
                    data-testid="model-entity"
                    data-entity=${id}
                    aria-label=${t('models.openDrill', { entity: id })}
                    aria-expanded=${id === this.openId ? 'true' : 'false'}
                    @click=${() => this.#open(id)}
                  >
                    ${id}
                  </button>
                </td>
                <td class="num" data-testid="model-score">
                  ${formatIndicator(row['score'], 'number', lang)}
                </td>
                <td class="explain" data-testid="model-explain">${explanation(row, lang)}</td>
                ${indicators.map(
                  (i) =>
                    html`<td class=${i.format === 'text' ? '' : 'num'}>
                      ${formatIndicator(row[i.name], i.format, lang)}
                    </td>`,
                )}
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
      ${this.#pager(page)} ${this.error ? html`<cl-app-error .error=${this.error}></cl-app-error>` : nothing}`;
  }

  #pager(page: ResultPage) {
    if (page.totalRows <= page.rowCount && page.offset === 0) return nothing;
    const lang = locale.lang;
    return html`<div class="pager">
      <button
        type="button"
        class="btn btn-small"
        data-testid="model-prev"
        ?disabled=${page.offset === 0 || !this.source}
        @click=${() => void this.#go(Math.max(0, page.offset - MODEL_PAGE_SIZE))}
      >
        ${t('models.prev')}
      </button>
      <span data-testid="model-page" aria-live="polite"
        >${t('models.pageOf', {
          from: formatCount(page.offset + 1, lang),
          to: formatCount(page.offset + page.rowCount, lang),
          total: formatDecimal(page.totalRows, lang),
        })}</span
      >
      <button
        type="button"
        class="btn btn-small"
        data-testid="model-next"
        ?disabled=${page.offset + page.rowCount >= page.totalRows || !this.source}
        @click=${() => void this.#go(page.offset + page.rowCount)}
      >
        ${t('models.next')}
      </button>
    </div>`;
  }

  async #go(offset: number): Promise<void> {
    const source = this.source;
    if (!source) return;
    const seq = ++this.#seq;
    const result = await source.page(this.table, offset, MODEL_PAGE_SIZE);
    if (seq !== this.#seq) return;
    if (result.ok) {
      this.page = result.value;
      this.error = undefined;
    } else this.error = result.error;
  }

  #open(entityId: string) {
    this.dispatchEvent(
      new CustomEvent('cl-model-entity-open', { detail: { entityId }, bubbles: true, composed: true }),
    );
  }
}

if (!customElements.get('cl-model-table')) customElements.define('cl-model-table', ModelTableElement);

declare global {
  interface HTMLElementTagNameMap {
    'cl-model-table': ModelTableElement;
  }
  interface HTMLElementEventMap {
    'cl-model-entity-open': ModelEntityOpenEvent;
  }
}
