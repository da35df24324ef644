import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { CustomRuleSpec, RuleParameterDef, SchemaInfo } from '../../../workers/api';
import { LocaleController } from '../../i18n/locale-controller';
import { msgText, t } from '../../i18n/translate';
import type { CustomRuleCell } from '../../../core/notebook/cell-types';
import { parseCustomRule, type CustomRuleResult } from '../../../core/notebook/custom-rule-text';
import { IDLE_RUN, type CellRun } from '../../state/notebook-state';
import '../app-error/app-error';
import { sceneLabel, severityBadge, severityLabel } from '../rule-cell/rule-labels';
import '../sql-editor/sql-editor';
import type { SqlInputEvent } from '../sql-editor/sql-editor.component';
import { customRuleCellStyles } from './custom-rule-cell.styles';

/** The custom rule's text changed; `source` is the cell's new text. */
export type CustomRuleChangeEvent = CustomEvent<{ readonly source: string }>;

/**
 * A custom-rule cell's body: what its metadata says (or where it is wrong), the editor for its text
 * (metadata, `---`, SQL: the SQL editor, whose completion knows the canonical tables), and the result
 * of the kernel's check. The rule does not run here: Rule cells run it with their pack.
 */
export class CustomRuleCellElement extends LitElement {
  static override styles = customRuleCellStyles;

  @property({ attribute: false }) cell!: CustomRuleCell;
  @property({ attribute: false }) run: CellRun = IDLE_RUN;
  /** Tables and columns, for completion in the editor. */
  @property({ attribute: false }) schema: SchemaInfo = { tables: [] };
  #parsed: { readonly key: string; readonly result: CustomRuleResult } | undefined;

  constructor() {
    super();
    new LocaleController(this);
  }

  /** Puts the cursor in the rule's editor. */
  async focusEditor(): Promise<void> {
    await this.updateComplete;
    await this.renderRoot.querySelector('cl-sql-editor')?.focusEditor();
  }

  override render() {
    const parsed = this.#parse();
    return html`<p class="note" role="note">${t('rules.custom.note', { id: this.cell.rule })}</p>
      ${
        parsed.ok
          ? this.#meta(parsed.value)
          : html`<p class="problem" role="alert" data-testid="custom-rule-error">
              ${t('rules.custom.error', { line: parsed.line, message: msgText(parsed.message) })}
            </p>`
      }
      <cl-sql-editor
        .value=${this.cell.source}
        .schema=${this.schema}
        .label=${t('rules.custom.editorLabel', { id: this.cell.rule })}
        @cl-sql-input=${(e: SqlInputEvent) => this.#emit(e.detail.value)}
      ></cl-sql-editor>
      ${this.run.error ? html`<cl-app-error .error=${this.run.error}></cl-app-error>` : nothing}
      <slot></slot>`;
  }

  #meta(spec: CustomRuleSpec) {
    const rows: readonly [string, unknown][] = [
      [t('rules.custom.id'), html`<code>${spec.id}</code>`],
      [t('rules.custom.name'), msgText(spec.name)],
      [
        t('rules.col.severity'),
        html`<span class=${severityBadge(spec.severity)}>${severityLabel(spec.severity)}</span>`,
      ],
      [t('rules.drill.behaviour'), msgText(spec.behaviour)],
      [t('rules.drill.basis'), msgText(spec.basis)],
      [t('rules.custom.scenes'), spec.scenes.map(sceneLabel).join('、')],
      [
        t('rules.custom.needs'),
        spec.needs.length ? html`<code>${spec.needs.join(', ')}</code>` : t('rules.custom.none'),
      ],
      [
        t('rules.custom.parameters'),
        spec.parameters.length ? this.#parameters(spec.parameters) : t('rules.custom.none'),
      ],
    ];
    return html`<dl class="meta" data-testid="custom-rule-meta">
      ${rows.map(
        ([label, value]) =>
          html`<div>
            <dt>${label}</dt>
            <dd>${value}</dd>
          </div>`,
      )}
    </dl>`;
  }

  #parameters(defs: readonly RuleParameterDef[]) {
    return html`<ul class="params">
      ${defs.map((def) => {
        const bounds =
          def.min !== undefined || def.max !== undefined ? ` [${def.min ?? '−∞'}, ${def.max ?? '+∞'}]` : '';
        return html`<li>
          <code>$${def.name}</code> ${msgText(def.label)} ·
          ${t('rules.param.default', { value: String(def.default) })}${bounds}
        </li>`;
      })}
    </ul>`;
  }

  #parse(): CustomRuleResult {
    const key = `${this.cell.rule}\n${this.cell.source}`;
    if (this.#parsed?.key !== key)
      this.#parsed = { key, result: parseCustomRule(this.cell.rule, this.cell.source) };
    return this.#parsed.result;
  }

  #emit(source: string) {
    this.dispatchEvent(
      new CustomEvent('cl-custom-rule-change', { detail: { source }, bubbles: true, composed: true }),
    );
  }
}
