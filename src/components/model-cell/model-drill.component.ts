import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AppError } from '../../../workers/api';
import type { ModelDrill } from '../../../core/models/model-api-types';
import { formatCount } from '../../../core/format/number-format';
import { locale } from '../../i18n/locale';
import { LocaleController } from '../../i18n/locale-controller';
import { t } from '../../i18n/translate';
import { controlStyles } from '../../theme/theme';
import '../app-error/app-error';
import '../result-table/result-table';
import type { ModelSource } from './model-source';
import { explanation, pageRows } from './model-values';

/** The user closed the drill-down (its button or Esc). */
export type ModelDrillCloseEvent = CustomEvent<void>;

/** Settlements and fee lines read for one entity, at most. */
export const DRILL_LIMIT = 500;

/**
 * One scored entity's evidence: why it scored (its explanation), the settlements linked to it and their
 * fee lines (`modelDrill`, the entity id bound by the kernel). Takes the keyboard when it opens; closes
 * with its button or Esc.
 */
export class ModelDrillElement extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
      }
      .drill {
        border: 1px solid var(--cl-border-strong);
        border-radius: var(--cl-radius-sm);
        padding: 8px;
        display: flex;
        flex-direction: column;
        gap: 6px;
      }
      .drill:focus-visible {
        outline: 2px solid var(--cl-focus, var(--cl-accent));
      }
      header {
        display: flex;
        justify-content: space-between;
        align-items: center;
        gap: 8px;
      }
      h3,
      h4 {
        margin: 0;
        font-size: var(--cl-font-size);
      }
    `,
  ];

  @property({ attribute: false }) source: ModelSource | undefined;
  @property() table = '';
  @property() entityId = '';
  @state() private drill: { readonly id: string; readonly value: ModelDrill } | undefined;
  @state() private error: AppError | undefined;
  #seq = 0;

  constructor() {
    super();
    new LocaleController(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('entityId') || changed.has('table') || changed.has('source')) void this.#load();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('entityId')) this.renderRoot.querySelector<HTMLElement>('.drill')?.focus();
  }

  override render() {
    const drill = this.drill?.id === this.entityId ? this.drill.value : undefined;
    return html`<section
      class="drill"
      data-testid="model-drill"
      role="region"
      tabindex="-1"
      aria-labelledby="title"
      aria-busy=${drill || this.error ? 'false' : 'true'}
      @keydown=${(e: KeyboardEvent) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          this.#close();
        }
      }}
    >
      <header>
        <h3 id="title">${t('models.drill.title', { entity: this.entityId })}</h3>
        <button type="button" class="btn btn-small" data-testid="model-drill-close" @click=${this.#close}>
          ${t('models.drill.close')}
        </button>
      </header>
      ${this.error ? html`<cl-app-error .error=${this.error}></cl-app-error>` : nothing}
      ${drill ? this.#details(drill) : this.error ? nothing : html`<p class="muted">${t('models.drill.loading')}</p>`}
    </section>`;
  }

  #details(drill: ModelDrill) {
    const lang = locale.lang;
    const [row] = pageRows(drill.entity);
    const count = (shown: number, total: number) => ({
      shown: formatCount(shown, lang),
      total: formatCount(total, lang),
    });
    return html`${row ? html`<p data-testid="model-drill-explain">${explanation(row, lang)}</p>` : nothing}
    ${
      drill.settlements.totalRows === 0
        ? html`<p class="muted" data-testid="model-drill-none">${t('models.drill.none')}</p>`
        : html`<h4>
              ${t('models.drill.settlements', count(drill.settlements.rowCount, drill.settlements.totalRows))}
            </h4>
            <cl-result-table
              data-testid="model-drill-settlements"
              .page=${drill.settlements}
              aria-label=${t('models.drill.settlements', count(drill.settlements.rowCount, drill.settlements.totalRows))}
            ></cl-result-table>
            <h4>${t('models.drill.lines', count(drill.lines.rowCount, drill.lines.totalRows))}</h4>
            <cl-result-table
              data-testid="model-drill-lines"
              .page=${drill.lines}
              aria-label=${t('models.drill.lines', count(drill.lines.rowCount, drill.lines.totalRows))}
            ></cl-result-table>`
    }`;
  }

  async #load(): Promise<void> {
    const source = this.source;
    const id = this.entityId;
    this.error = undefined;
    if (!source || !this.table || !id) return;
    const seq = ++this.#seq;
    const result = await source.drill(this.table, id, DRILL_LIMIT);
    if (seq !== this.#seq) return;
    if (result.ok) this.drill = { id, value: result.value };
    else this.error = result.error;
  }

  readonly #close = () => {
    this.dispatchEvent(new CustomEvent('cl-model-drill-close', { bubbles: true, composed: true }));
  };
}

if (!customElements.get('cl-model-drill')) customElements.define('cl-model-drill', ModelDrillElement);

declare global {
  interface HTMLElementTagNameMap {
    'cl-model-drill': ModelDrillElement;
  }
  interface HTMLElementEventMap {
    'cl-model-drill-close': ModelDrillCloseEvent;
  }
}
