import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { ModelParameterDef } from '../../../core/models/model-types';
import type { ModelCellParameters } from '../../../core/cells/model/model-parameters-text';
import { formatDecimal } from '../../../core/format/number-format';
import { locale } from '../../i18n/locale';
import { LocaleController } from '../../i18n/locale-controller';
import { msgText, t } from '../../i18n/translate';
import { controlStyles } from '../../theme/theme';
import {
  isAcceptable,
  parameterValue,
  typedValue,
  undeclared,
  withParameter,
} from './model-parameter-values';

/** A parameter was edited; `source` is the cell's new YAML body (only values that differ from the defaults). */
export type ModelParametersChangeEvent = CustomEvent<{ readonly source: string }>;

/** `min – max`, `≥ min`, `≤ max` or nothing, in the UI language. */
export function boundsText(def: ModelParameterDef): string {
  const lang = locale.lang;
  const min = def.min === undefined ? undefined : formatDecimal(def.min, lang);
  const max = def.max === undefined ? undefined : formatDecimal(def.max, lang);
  if (min !== undefined && max !== undefined) return t('models.param.bounds', { min, max });
  if (min !== undefined) return t('models.param.atLeast', { min });
  if (max !== undefined) return t('models.param.atMost', { max });
  return '';
}

function shown(value: number | string): string {
  return String(value);
}

/**
 * A Model cell's parameters as a form: each with its value (the body's, else the default), its bounds or
 * choices, unit, default and the reason for the default. An edit writes the body back through
 * `cl-model-parameters-change`; a value the run will refuse is written as typed and marked here with why
 * (the run then fails with its bilingual error: nothing is dropped or coerced).
 */
export class ModelParametersElement extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
      }
      .list {
        display: grid;
        grid-template-columns: minmax(8em, max-content) minmax(6em, 12em) 1fr;
        gap: 4px 10px;
        align-items: baseline;
        margin: 0;
      }
      label {
        font-weight: 600;
      }
      input,
      select {
        font: inherit;
        width: 100%;
        box-sizing: border-box;
      }
      input[aria-invalid='true'] {
        border-color: var(--cl-danger);
      }
      .about {
        font-size: var(--cl-font-size-sm);
        color: var(--cl-text-muted);
      }
      .problem {
        color: var(--cl-danger);
      }
    `,
  ];

  @property({ attribute: false }) parameters: readonly ModelParameterDef[] = [];
  @property({ attribute: false }) values: ModelCellParameters = {};
  @property({ type: Boolean }) disabled = false;

  constructor() {
    super();
    new LocaleController(this);
  }

  override render() {
    const unknown = undeclared(this.values, this.parameters);
    return html`${
      this.parameters.length === 0
        ? html`<p class="about" data-testid="model-no-parameters">${t('models.parametersNone')}</p>`
        : html`<div class="list" role="group" aria-label=${t('models.parameters')}>
            ${this.parameters.map((def) => this.#row(def))}
          </div>`
    }
    ${
      unknown.length > 0
        ? html`<p class="problem" data-testid="model-param-unknown">
            ${t('models.param.unknown', {
              names: unknown.join(', '),
              known: this.parameters.map((p) => p.name).join(', ') || '—',
            })}
          </p>`
        : nothing
    }`;
  }

  #row(def: ModelParameterDef) {
    const id = `p-${def.name}`;
    const value = parameterValue(def, this.values);
    const ok = isAcceptable(def, value);
    const bounds = boundsText(def);
    const unit = def.unit ? msgText(def.unit) : '';
    const about = [
      bounds,
      unit,
      t('models.param.default', { value: shown(def.default) }),
      t('models.param.reason', { reason: msgText(def.reason) }),
    ].filter((s) => s !== '');
    const problem = ok
      ? undefined
      : def.kind === 'choice' || typeof value === 'number'
        ? t('models.param.outOfRange', {
            name: def.name,
            bounds: def.kind === 'choice' ? (def.choices ?? []).join(' / ') : bounds,
          })
        : t('models.param.notNumber', { name: def.name });
    return html`<label for=${id}>${msgText(def.label)} <code class="about">${def.name}</code></label>
      ${
        def.kind === 'choice'
          ? html`<select
              id=${id}
              data-testid="model-param"
              data-name=${def.name}
              aria-describedby=${`${id}-about`}
              ?disabled=${this.disabled}
              @change=${(e: Event) => this.#emit(def, (e.target as HTMLSelectElement).value)}
            >
              ${(ok ? [] : [shown(value)])
                .concat(def.choices ?? [])
                .map((c) => html`<option value=${c} ?selected=${c === shown(value)}>${c}</option>`)}
            </select>`
          : html`<input
              id=${id}
              type="text"
              inputmode="decimal"
              data-testid="model-param"
              data-name=${def.name}
              aria-describedby=${`${id}-about`}
              aria-invalid=${ok ? 'false' : 'true'}
              ?disabled=${this.disabled}
              .value=${live(shown(value))}
              @change=${(e: Event) => this.#emit(def, (e.target as HTMLInputElement).value)}
            />`
      }
      <span id=${`${id}-about`} class="about"
        >${about.join(' · ')}${
          problem
            ? html`<br /><span class="problem" data-testid="model-param-problem">${problem}</span>`
            : nothing
        }</span
      >`;
  }

  #emit(def: ModelParameterDef, text: string) {
    // An emptied field goes back to the default.
    const value = text.trim() === '' ? def.default : typedValue(def, text);
    const source = withParameter(this.values, def, value);
    this.dispatchEvent(
      new CustomEvent('cl-model-parameters-change', { detail: { source }, bubbles: true, composed: true }),
    );
  }
}

if (!customElements.get('cl-model-parameters'))
  customElements.define('cl-model-parameters', ModelParametersElement);

declare global {
  interface HTMLElementTagNameMap {
    'cl-model-parameters': ModelParametersElement;
  }
}
