import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { PARAMETER_KINDS, type ParameterKind, type ParameterSpec } from '../../../core/notebook/cell-types';
import { LocaleController } from '../../i18n/locale-controller';
import { t } from '../../i18n/translate';
import { parameterInputStyles } from './parameter-input.styles';

/** The user changed the parameter's kind or value (only valid values are sent). */
export type ParameterChangeEvent = CustomEvent<{ readonly spec: ParameterSpec }>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A parameter's input: its kind (date range, number, text, choice) and value, edited with native
 * inputs. A value that does not fit (an end before the start, a number that is not one) is shown as an
 * error and not sent, so a cell never runs with it.
 */
export class ParameterInputElement extends LitElement {
  static override styles = parameterInputStyles;

  @property({ attribute: false }) spec: ParameterSpec = { kind: 'number', value: 0 };
  /** The parameter's name, for labels. */
  @property() name = '';
  @state() private problem: string | undefined;

  constructor() {
    super();
    new LocaleController(this);
  }

  override render() {
    const s = this.spec;
    return html`<div class="row" data-testid="parameter-input" data-kind=${s.kind}>
      <label
        >${t('param.kind')}
        <select data-testid="parameter-kind" @change=${this.#onKind}>
          ${PARAMETER_KINDS.map(
            (k) => html`<option value=${k} ?selected=${k === s.kind}>${t(`param.kind.${k}`)}</option>`,
          )}
        </select></label
      >
      ${this.#value(s)}
      ${this.problem ? html`<span class="error" role="alert">${this.problem}</span>` : nothing}
    </div>`;
  }

  #value(s: ParameterSpec) {
    switch (s.kind) {
      case 'date-range':
        return html`<label
            >${t('param.start')}
            <input
              type="date"
              data-testid="parameter-start"
              .value=${s.value.start}
              @change=${this.#onRange} /></label
          ><label
            >${t('param.end')}
            <input type="date" data-testid="parameter-end" .value=${s.value.end} @change=${this.#onRange}
          /></label>`;
      case 'number':
        return html`<label
          >${t('param.value', { name: this.name })}
          <input
            type="number"
            step="any"
            data-testid="parameter-value"
            .value=${String(s.value)}
            @change=${this.#onNumber}
        /></label>`;
      case 'text':
        return html`<label
          >${t('param.value', { name: this.name })}
          <input type="text" data-testid="parameter-value" .value=${s.value} @change=${this.#onText}
        /></label>`;
      case 'choice':
        return html`<label
            >${t('param.value', { name: this.name })}
            <select data-testid="parameter-value" @change=${this.#onChoice}>
              ${s.choices.map((c) => html`<option value=${c} ?selected=${c === s.value}>${c}</option>`)}
            </select></label
          ><label
            >${t('param.choices')}
            <input
              type="text"
              data-testid="parameter-choices"
              .value=${s.choices.join(', ')}
              @change=${this.#onChoices}
          /></label>`;
    }
  }

  #onKind(e: Event) {
    const kind = (e.target as HTMLSelectElement).value as ParameterKind;
    this.#send(defaultSpec(kind));
  }

  #onRange() {
    const start =
      this.renderRoot.querySelector<HTMLInputElement>('[data-testid=parameter-start]')?.value ?? '';
    const end = this.renderRoot.querySelector<HTMLInputElement>('[data-testid=parameter-end]')?.value ?? '';
    if (!ISO_DATE.test(start) || !ISO_DATE.test(end)) return this.#fail(t('param.badDate'));
    if (end < start) return this.#fail(t('param.endBeforeStart'));
    this.#send({ kind: 'date-range', value: { start, end } });
  }

  #onNumber(e: Event) {
    const text = (e.target as HTMLInputElement).value.trim();
    const value = Number(text);
    if (text === '' || !Number.isFinite(value)) return this.#fail(t('param.badNumber'));
    this.#send({ kind: 'number', value });
  }

  #onText(e: Event) {
    this.#send({ kind: 'text', value: (e.target as HTMLInputElement).value });
  }

  #onChoice(e: Event) {
    if (this.spec.kind !== 'choice') return;
    this.#send({ ...this.spec, value: (e.target as HTMLSelectElement).value });
  }

  #onChoices(e: Event) {
    const choices = [
      ...new Set((e.target as HTMLInputElement).value.split(/[,，]/).map((c) => c.trim())),
    ].filter((c) => c !== '');
    if (choices.length === 0) return this.#fail(t('param.noChoices'));
    const current = this.spec.kind === 'choice' ? this.spec.value : '';
    this.#send({
      kind: 'choice',
      choices,
      value: choices.includes(current) ? current : (choices[0] as string),
    });
  }

  #fail(problem: string) {
    this.problem = problem;
  }

  #send(spec: ParameterSpec) {
    this.problem = undefined;
    this.dispatchEvent(
      new CustomEvent('cl-parameter-change', {
        detail: { spec },
        bubbles: true,
        composed: true,
      }) satisfies ParameterChangeEvent,
    );
  }
}

/** A sensible starting value for each kind. */
function defaultSpec(kind: ParameterKind): ParameterSpec {
  switch (kind) {
    case 'date-range':
      return { kind, value: { start: '2024-01-01', end: '2024-12-31' } };
    case 'number':
      return { kind, value: 0 };
    case 'text':
      return { kind, value: '' };
    case 'choice':
      return { kind, value: 'A', choices: ['A', 'B'] };
  }
}
