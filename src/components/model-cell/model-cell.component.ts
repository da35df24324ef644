import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { ModelCellResult, ModelInfo } from '../../../core/models/model-api-types';
import { MODEL_ENTITIES } from '../../../core/models/model-types';
import type { ModelFamily } from '../../../core/models/model-types';
import { formatCount } from '../../../core/format/number-format';
import { formatDuration } from '../../i18n/format-number';
import { locale } from '../../i18n/locale';
import { LocaleController } from '../../i18n/locale-controller';
import { msgText, t } from '../../i18n/translate';
import { IDLE_RUN, type CellRun } from '../../state/notebook-state';
import '../app-error/app-error';
import './model-chart.component';
import './model-drill.component';
import './model-parameters.component';
import type { ModelParametersChangeEvent } from './model-parameters.component';
import './model-table.component';
import type { ModelEntityOpenEvent } from './model-table.component';
import { readModelBody, type ModelBodyResult } from './model-parameter-values';
import type { ModelSource } from './model-source';
import { modelCellStyles } from './model-cell.styles';
import { entityLabel } from './model-values';

/** What the view reads of a Model cell (the notebook's `ModelCell`). */
export interface ModelCellFields {
  readonly id: string;
  /** Its output table. */
  readonly name: string;
  /** The library model's id. */
  readonly model: string;
  /** Its YAML body: the parameter values that differ from the defaults. */
  readonly source: string;
}

/** The cell's YAML body changed (`source`), or another model was picked (`model`). */
export type ModelCellChangeEvent = CustomEvent<{ readonly source: string } | { readonly model: string }>;

/** The library's families in the order the picker groups them. */
export const MODEL_FAMILIES: readonly ModelFamily[] = ['nhsa-bigdata', 'analytics'];

/**
 * A Model cell's body: the model (picked from the library, grouped NHSA / analytics) with its
 * description, entity, needs and basis — and, when the data loaded now lacks what it needs, why it will
 * be skipped and what to map; its parameters as a form (edits write the YAML body, which can also be
 * edited as text); then the run: skipped with its reason, or the ranked table, the model's default chart
 * and the drill-down of one entity. The notebook owns the cell and its run; edits come back as
 * `cl-model-cell-change`. Children (the notebook's notes) show under the parameters.
 */
export class ModelCellElement extends LitElement {
  static override styles = modelCellStyles;

  @property({ attribute: false }) cell!: ModelCellFields;
  @property({ attribute: false }) run: CellRun = IDLE_RUN;
  /** The cell's last model run (kept while stale or re-running). */
  @property({ attribute: false }) result: ModelCellResult | undefined;
  /** The model library with what each model misses on the data loaded now (undefined: still loading). */
  @property({ attribute: false }) library: readonly ModelInfo[] | undefined;
  @property({ attribute: false }) source: ModelSource | undefined;
  @state() private isYamlShown = false;
  @state() private drillId = '';
  #parsed: { readonly source: string; readonly result: ModelBodyResult } | undefined;

  constructor() {
    super();
    new LocaleController(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const before = changed.get('result') as ModelCellResult | undefined;
    if (changed.has('result') && before !== this.result) this.drillId = '';
  }

  override render() {
    const model = this.library?.find((m) => m.id === this.cell.model);
    const body = this.#body();
    const isBusy = this.run.status === 'running' || this.run.status === 'queued';
    return html`${this.#picker()} ${model ? this.#about(model) : this.#unknown()}
      ${
        body.ok
          ? model
            ? html`<cl-model-parameters
                .parameters=${model.parameters}
                .values=${body.values}
                ?disabled=${isBusy}
                @cl-model-parameters-change=${(e: ModelParametersChangeEvent) => this.#emit({ source: e.detail.source })}
              ></cl-model-parameters>`
            : nothing
          : html`<p class="problem" role="alert" data-testid="model-yaml-error">
              ${t('models.yamlError', { line: body.line, message: msgText(body.message) })}
            </p>`
      }
      <div class="actions">
        <button
          type="button"
          class="btn btn-small"
          data-testid="model-yaml-toggle"
          aria-expanded=${this.isYamlShown || !body.ok ? 'true' : 'false'}
          aria-controls="yaml"
          ?disabled=${!body.ok}
          @click=${() => (this.isYamlShown = !this.isYamlShown)}
        >
          ${t('models.yamlToggle')}
        </button>
      </div>
      ${this.isYamlShown || !body.ok ? this.#yaml(body) : nothing}
      ${this.run.error ? html`<cl-app-error data-testid="model-error" .error=${this.run.error}></cl-app-error>` : nothing}
      <slot></slot>
      ${model && this.result ? this.#outcome(model, this.result, isBusy || this.run.status === 'stale') : nothing}`;
  }

  #picker() {
    const library = this.library ?? [];
    const known = library.some((m) => m.id === this.cell.model);
    return html`<div class="pick">
      <label for="model">${t('models.pick')}</label>
      <select
        id="model"
        data-testid="model-pick"
        @change=${(e: Event) => this.#emit({ model: (e.target as HTMLSelectElement).value })}
      >
        ${known ? nothing : html`<option value=${this.cell.model} selected>${this.cell.model}</option>`}
        ${MODEL_FAMILIES.map((family) => {
          const models = library.filter((m) => m.family === family);
          return models.length === 0
            ? nothing
            : html`<optgroup label=${t(`models.family.${family}`)}>
                ${models.map(
                  (m) =>
                    html`<option value=${m.id} ?selected=${m.id === this.cell.model}>
                      ${msgText(m.name)} (${m.id})
                    </option>`,
                )}
              </optgroup>`;
        })}
      </select>
    </div>`;
  }

  #unknown() {
    if (!this.library) return html`<p class="muted">${t('models.libraryLoading')}</p>`;
    return html`<p class="problem" role="alert" data-testid="model-unknown">
      ${t('models.unknown', { id: this.cell.model, ids: this.library.map((m) => m.id).join(', ') })}
    </p>`;
  }

  #about(model: ModelInfo) {
    const lang = locale.lang;
    const fields = Object.entries(model.needs.fields).flatMap(([table, names]) =>
      (names ?? []).map((name) => `${table}.${name}`),
    );
    const knowledge = (model.needs.knowledge ?? []).map((k) => (k.kind ? `${k.table}:${k.kind}` : k.table));
    return html`<div class="about" data-testid="model-about">
        <h3 data-testid="model-name">${msgText(model.name)}</h3>
        <p>${msgText(model.description)}</p>
        <div class="facts">
          <span data-testid="model-entity-type"
            >${t('models.scores', {
              entity: MODEL_ENTITIES.includes(model.entity) ? entityLabel(model.entity, lang) : model.entity,
            })}</span
          >
          <span data-testid="model-needs"
            >${t('models.needs')}:
            ${fields.length === 0 ? t('models.needsNone') : fields.map((f, i) => html`${i > 0 ? ', ' : ''}<code>${f}</code>`)}
            ${knowledge.length > 0 ? html` · ${t('models.needsKnowledge', { names: knowledge.join(', ') })}` : nothing}</span
          >
        </div>
        <details>
          <summary>${t('models.basis')}</summary>
          <p>${msgText(model.basis)}</p>
        </details>
      </div>
      ${
        model.missing
          ? html`<div class="skipped" role="note" data-testid="model-missing">
              <p>${t('models.missing', { reason: msgText(model.missing) })}</p>
              <p>${t('models.missingHint')}</p>
            </div>`
          : nothing
      }`;
  }

  #yaml(body: ModelBodyResult) {
    return html`<div class="yaml">
      <label for="yaml">${t('models.yamlLabel')}</label>
      <textarea
        id="yaml"
        data-testid="model-yaml"
        spellcheck="false"
        rows=${Math.min(12, Math.max(3, this.cell.source.split('\n').length + 1))}
        aria-invalid=${body.ok ? 'false' : 'true'}
        .value=${live(this.cell.source)}
        @change=${(e: Event) => this.#emit({ source: (e.target as HTMLTextAreaElement).value })}
      ></textarea>
    </div>`;
  }

  #outcome(model: ModelInfo, result: ModelCellResult, isDim: boolean) {
    const outcome = result.outcome;
    if (outcome.status === 'skipped')
      return html`<div class="skipped ${isDim ? 'dim' : ''}" role="status" data-testid="model-skipped">
        <p>${t('models.status.skipped', { reason: msgText(outcome.reason) })}</p>
        <p>${t('models.missingHint')}</p>
      </div>`;
    const table = outcome.table;
    return html`<div class="results ${isDim ? 'dim' : ''}" data-testid="model-results">
      <p class="ran" data-testid="model-ran">
        ${t('models.status.ran', {
          entities: formatCount(outcome.entities, locale.lang),
          elapsed: formatDuration(result.elapsedMs),
        })}
        <code>${table}</code>
      </p>
      <cl-model-table
        .model=${model}
        .table=${table}
        .firstPage=${result.firstPage}
        .source=${this.source}
        .openId=${this.drillId}
        @cl-model-entity-open=${(e: ModelEntityOpenEvent) =>
          (this.drillId = this.drillId === e.detail.entityId ? '' : e.detail.entityId)}
      ></cl-model-table>
      ${
        this.drillId
          ? html`<cl-model-drill
              .source=${this.source}
              .table=${table}
              .entityId=${this.drillId}
              @cl-model-drill-close=${() => void this.#closeDrill()}
            ></cl-model-drill>`
          : nothing
      }
      <cl-model-chart
        .model=${model}
        .table=${table}
        .firstPage=${result.firstPage}
        .parameters=${outcome.parameters}
        .source=${this.source}
        .selected=${this.drillId}
      ></cl-model-chart>
    </div>`;
  }

  async #closeDrill(): Promise<void> {
    const id = this.drillId;
    this.drillId = '';
    await this.updateComplete;
    const table = this.renderRoot.querySelector('cl-model-table');
    await table?.updateComplete;
    const buttons = table?.renderRoot.querySelectorAll<HTMLElement>('[data-testid="model-entity"]') ?? [];
    Array.from(buttons)
      .find((b) => b.dataset['entity'] === id)
      ?.focus();
  }

  #body(): ModelBodyResult {
    if (this.#parsed?.source !== this.cell.source)
      this.#parsed = { source: this.cell.source, result: readModelBody(this.cell.source) };
    return this.#parsed.result;
  }

  #emit(detail: ModelCellChangeEvent['detail']) {
    this.dispatchEvent(new CustomEvent('cl-model-cell-change', { detail, bubbles: true, composed: true }));
  }
}
