import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { RuleDefinition, RuleParameterDef } from '../../../core/rules/rule-types';
import type { Msg } from '../../../core/shared/msg';
import { formatCount } from '../../i18n/format-number';
import { LocaleController } from '../../i18n/locale-controller';
import { msgText, t } from '../../i18n/translate';
import type { RuleCellSettings } from '../../../core/notebook/rule-settings';
import { checkParameter, withParameter } from './parameter-value';
import { ruleParametersEditorStyles } from './rule-parameters-editor.styles';

/** Parameter values changed; `parameters` holds only the values that differ from the defaults. */
export type RuleParametersChangeEvent = CustomEvent<{ readonly parameters: RuleCellSettings['parameters'] }>;

type Values = RuleCellSettings['parameters'];

/** What the user typed that cannot be used, by `ruleId\0name`: shown as invalid, never saved. */
type Drafts = ReadonlyMap<string, { readonly text: string; readonly message: Msg }>;

const keyOf = (ruleId: string, name: string) => `${ruleId}\u0000${name}`;

/**
 * Edits the parameters of a pack's rules, grouped by rule, each with its default, bounds and unit.
 * A value that fails the kernel's checks (out of bounds, not a whole number) is marked invalid with the
 * reason and not reported; a valid one is reported in `cl-rule-parameters-change`, where a value equal
 * to its default is left out. Each changed value can be reset, or all of them at once.
 */
export class RuleParametersEditorElement extends LitElement {
  static override styles = ruleParametersEditorStyles;

  /** The pack's rules (those without parameters are not shown). */
  @property({ attribute: false }) rules: readonly RuleDefinition[] = [];
  @property({ attribute: false }) values: Values = {};
  @property({ type: Boolean }) disabled = false;
  @state() private drafts: Drafts = new Map();

  constructor() {
    super();
    new LocaleController(this);
  }

  override render() {
    const rules = this.rules.filter((rule) => rule.parameters.length > 0);
    if (rules.length === 0) return nothing;
    const changed = rules.reduce((n, rule) => n + Object.keys(this.values[rule.id] ?? {}).length, 0);
    const invalid = rules.reduce((n, rule) => n + this.#problemCount(rule), 0);
    return html`<details class="editor">
      <summary>
        ${t('rules.param.summary', { n: formatCount(rules.length) })}
        ${changed > 0 ? html`<span class="badge">${t('rules.param.changed', { n: formatCount(changed) })}</span>` : nothing}
        ${
          invalid > 0
            ? html`<span class="badge badge-danger" data-testid="param-invalid-count"
                >${t('rules.param.invalid', { n: formatCount(invalid) })}</span
              >`
            : nothing
        }
      </summary>
      <div class="rules">${rules.map((rule, i) => this.#rule(rule, i))}</div>
      <button
        type="button"
        class="btn btn-small"
        data-testid="param-reset-all"
        ?disabled=${this.disabled || (changed === 0 && this.drafts.size === 0)}
        @click=${() => this.#resetAll(rules)}
      >
        ${t('rules.param.resetAll')}
      </button>
    </details>`;
  }

  protected override updated(): void {
    // Opened (never closed) for the user when a value needs attention; the user closes it.
    const details = this.renderRoot.querySelector('details');
    if (details && this.renderRoot.querySelector('[data-testid="param-error"]')) details.open = true;
  }

  /** How many of a rule's values cannot be used (typed and refused, or stored out of bounds). */
  #problemCount(rule: RuleDefinition): number {
    return rule.parameters.filter((def) => {
      if (this.drafts.has(keyOf(rule.id, def.name))) return true;
      const stored = this.values[rule.id]?.[def.name];
      return stored !== undefined && !checkParameter(def, String(stored)).ok;
    }).length;
  }

  #rule(rule: RuleDefinition, index: number) {
    return html`<fieldset class="rule" ?disabled=${this.disabled}>
      <legend>${msgText(rule.name)} <code>${rule.id}</code></legend>
      ${rule.parameters.map((def, j) => this.#parameter(rule, def, `p${index}-${j}`))}
    </fieldset>`;
  }

  #parameter(rule: RuleDefinition, def: RuleParameterDef, id: string) {
    const stored = this.values[rule.id]?.[def.name];
    const draft = this.drafts.get(keyOf(rule.id, def.name));
    const text = draft?.text ?? String(stored ?? def.default);
    const storedCheck = stored === undefined ? undefined : checkParameter(def, String(stored));
    const problem = draft?.message ?? (storedCheck && !storedCheck.ok ? storedCheck.message : undefined);
    const unit = def.unit ? msgText(def.unit) : '';
    return html`<div class="param ${problem ? 'invalid' : ''}">
      <label for=${id}>${msgText(def.label)}</label>
      <div class="control">
        <input
          id=${id}
          type=${def.kind === 'text' ? 'text' : 'number'}
          data-testid="param-input"
          data-rule-id=${rule.id}
          data-param=${def.name}
          min=${def.kind !== 'text' && def.min !== undefined ? def.min : nothing}
          max=${def.kind !== 'text' && def.max !== undefined ? def.max : nothing}
          step=${def.kind === 'integer' ? '1' : def.kind === 'number' ? 'any' : nothing}
          .value=${live(text)}
          aria-invalid=${problem ? 'true' : 'false'}
          aria-describedby=${`${id}-hint${problem ? ` ${id}-error` : ''}`}
          @change=${(e: Event) => this.#onChange(rule, def, (e.target as HTMLInputElement).value)}
        />
        ${unit ? html`<span class="unit">${unit}</span>` : nothing}
        ${
          stored !== undefined || draft
            ? html`<button
                type="button"
                class="btn-link"
                data-testid="param-reset"
                @click=${() => this.#set(rule, def, undefined)}
              >
                ${t('rules.param.reset')}
              </button>`
            : nothing
        }
      </div>
      <span class="hint" id=${`${id}-hint`}>${hint(def, unit)}</span>
      ${
        problem
          ? html`<span class="error" id=${`${id}-error`} role="alert" data-testid="param-error"
              >${msgText(problem)}</span
            >`
          : nothing
      }
    </div>`;
  }

  #onChange(rule: RuleDefinition, def: RuleParameterDef, text: string) {
    const check = checkParameter(def, text);
    if (check.ok) this.#set(rule, def, check.value);
    else this.drafts = new Map(this.drafts).set(keyOf(rule.id, def.name), { text, message: check.message });
  }

  #set(rule: RuleDefinition, def: RuleParameterDef, value: string | number | undefined) {
    const drafts = new Map(this.drafts);
    drafts.delete(keyOf(rule.id, def.name));
    this.drafts = drafts;
    this.#emit(withParameter(this.values, rule.id, def, value));
  }

  #resetAll(rules: readonly RuleDefinition[]) {
    this.drafts = new Map();
    const next = { ...this.values };
    for (const rule of rules) delete next[rule.id];
    this.#emit(next);
  }

  #emit(parameters: Values) {
    this.values = parameters;
    this.dispatchEvent(
      new CustomEvent('cl-rule-parameters-change', { detail: { parameters }, bubbles: true, composed: true }),
    );
  }
}

/** "Default 15 days · 0 to 90". */
function hint(def: RuleParameterDef, unit: string): string {
  const value = `${def.default}${unit && def.kind !== 'text' ? ` ${unit}` : ''}`;
  const parts = [t('rules.param.default', { value: value === '' ? '—' : value })];
  if (def.min !== undefined && def.max !== undefined)
    parts.push(t('rules.param.bounds', { min: def.min, max: def.max }));
  else if (def.min !== undefined) parts.push(t('rules.param.atLeast', { min: def.min }));
  else if (def.max !== undefined) parts.push(t('rules.param.atMost', { max: def.max }));
  return parts.join(' · ');
}
