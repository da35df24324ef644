import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { AppError, FindingsSummary, RuleDefinition } from '../../../workers/api';
import type { Msg } from '../../../core/shared/msg';
import { downloadBlob } from '../../charts/export-chart';
import { LocaleController } from '../../i18n/locale-controller';
import { msgText, t } from '../../i18n/translate';
import type { RuleCell } from '../../../core/notebook/cell-types';
import {
  DEFAULT_RULE_SETTINGS,
  parseRuleSettings,
  serializeRuleSettings,
  type RuleCellSettings,
  type RuleSettingsResult,
} from '../../../core/notebook/rule-settings';
import { IDLE_RUN, type CellRun } from '../../state/notebook-state';
import '../app-error/app-error';
import '../finding-drill/finding-drill';
import '../findings-summary/findings-summary';
import '../findings-table/findings-table';
import type { FindingsTableElement } from '../findings-table/findings-table.component';
import '../rule-pack-picker/rule-pack-picker';
import '../rule-parameters-editor/rule-parameters-editor';
import '../rule-progress/rule-progress';
import type { FindingsSource } from './findings-source';
import { packRules, pickableRules, type NotebookCustomRule } from './rule-entries';
import { ruleCellStyles } from './rule-cell.styles';

/** The cell's settings changed; `source` is the cell's new text (the settings as YAML). */
export type RuleSettingsChangeEvent = CustomEvent<{ readonly source: string }>;

/** The file name of an exported pack. */
export const RULE_PACK_FILE = 'rule-pack.sql';

/**
 * A Rule cell's body: the pack (picker and parameters, or the YAML itself), its SQL export, per-rule
 * progress while it runs, then the findings: summary, a paged and filterable table, and a drill-down
 * panel for one finding. The notebook owns the cell and its run; settings edits come back as
 * `cl-rule-settings-change` with the new YAML. Children of the element (notes) show under the settings.
 */
export class RuleCellElement extends LitElement {
  static override styles = ruleCellStyles;

  @property({ attribute: false }) cell!: RuleCell;
  @property({ attribute: false }) run: CellRun = IDLE_RUN;
  @property({ attribute: false }) library: readonly RuleDefinition[] = [];
  /** The notebook's custom rules (a `CustomRuleSpec` each, or just id and name). */
  @property({ attribute: false }) customRules: readonly NotebookCustomRule[] = [];
  @property({ attribute: false }) findingsSource: FindingsSource | undefined;
  @state() private isYamlShown = false;
  @state() private drillId = '';
  @state() private isExporting = false;
  @state() private exportError: AppError | undefined;
  #parsed: { readonly source: string; readonly result: RuleSettingsResult } | undefined;
  #rules:
    | { readonly key: readonly unknown[]; readonly rules: RuleDefinition[]; names: Map<string, Msg> }
    | undefined;

  constructor() {
    super();
    new LocaleController(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const before = changed.get('run') as CellRun | undefined;
    if (changed.has('run') && before?.findings !== this.run.findings) this.drillId = '';
  }

  override render() {
    const parsed = this.#settings();
    const settings = parsed.ok ? parsed.value : DEFAULT_RULE_SETTINGS;
    const { rules, names } = this.#pickable();
    const isBusy = this.run.status === 'running' || this.run.status === 'queued';
    return html`${
        parsed.ok
          ? html`<div class="settings">
              <cl-rule-pack-picker
                .rules=${rules}
                .settings=${settings}
                ?disabled=${isBusy}
                @cl-rule-pack-change=${(e: CustomEvent<{ settings: RuleCellSettings }>) => this.#emit(e.detail.settings)}
              ></cl-rule-pack-picker>
              <cl-rule-parameters-editor
                .rules=${packRules(rules, settings)}
                .values=${settings.parameters}
                ?disabled=${isBusy}
                @cl-rule-parameters-change=${(
                  e: CustomEvent<{ parameters: RuleCellSettings['parameters'] }>,
                ) => this.#emit({ ...settings, parameters: e.detail.parameters })}
              ></cl-rule-parameters-editor>
            </div>`
          : html`<p class="problem" role="alert" data-testid="rule-settings-error">
              ${t('rules.settings.error', { line: parsed.line, message: msgText(parsed.message) })}
            </p>`
      }
      <div class="actions">
        <button
          type="button"
          class="btn btn-small"
          data-testid="rule-yaml-toggle"
          aria-expanded=${this.isYamlShown || !parsed.ok ? 'true' : 'false'}
          aria-controls="yaml"
          ?disabled=${!parsed.ok}
          @click=${() => (this.isYamlShown = !this.isYamlShown)}
        >
          ${t('rules.settings.yamlToggle')}
        </button>
        <button
          type="button"
          class="btn btn-small"
          data-testid="rule-export-sql"
          title=${t('rules.export.hint')}
          ?disabled=${!parsed.ok || !this.findingsSource || this.isExporting}
          @click=${() => void this.#export(settings)}
        >
          ${t('rules.export.button')}
        </button>
      </div>
      ${this.exportError ? html`<cl-app-error .error=${this.exportError}></cl-app-error>` : nothing}
      ${this.isYamlShown || !parsed.ok ? this.#yaml(parsed) : nothing}
      ${this.run.error ? html`<cl-app-error .error=${this.run.error}></cl-app-error>` : nothing}
      <slot></slot>
      ${
        this.run.status === 'running' && this.run.ruleProgress
          ? html`<cl-rule-progress .progress=${this.run.ruleProgress} .names=${names}></cl-rule-progress>`
          : nothing
      }
      ${this.run.findings ? this.#results(this.run.findings, isBusy || this.run.status === 'stale') : nothing}`;
  }

  #yaml(parsed: RuleSettingsResult) {
    return html`<div class="yaml">
      <label for="yaml">${t('rules.settings.yamlLabel')}</label>
      <textarea
        id="yaml"
        data-testid="rule-yaml"
        spellcheck="false"
        rows=${Math.min(16, Math.max(4, this.cell.source.split('\n').length + 1))}
        aria-invalid=${parsed.ok ? 'false' : 'true'}
        .value=${live(this.cell.source)}
        @change=${(e: Event) => this.#emitSource((e.target as HTMLTextAreaElement).value)}
      ></textarea>
    </div>`;
  }

  #results(findings: FindingsSummary, isDim: boolean) {
    return html`<div class="results ${isDim ? 'dim' : ''}" data-testid="rule-results">
      <cl-findings-summary .summary=${findings}></cl-findings-summary>
      <h3 class="heading">${t('rules.findings.label')} <code>${findings.table}</code></h3>
      <cl-findings-table
        .source=${this.findingsSource}
        .table=${findings.table}
        .rules=${findings.rules}
        .institutions=${findings.byInstitution}
        .doctors=${findings.byDoctor}
        .reloadKey=${findings}
        .openId=${this.drillId}
        @cl-finding-open=${(e: CustomEvent<{ findingId: string }>) => (this.drillId = e.detail.findingId)}
      ></cl-findings-table>
      ${
        this.drillId
          ? html`<cl-finding-drill
              .source=${this.findingsSource}
              .table=${findings.table}
              .findingId=${this.drillId}
              @cl-finding-drill-close=${() => void this.#closeDrill()}
            ></cl-finding-drill>`
          : nothing
      }
    </div>`;
  }

  async #closeDrill(): Promise<void> {
    const id = this.drillId;
    this.drillId = '';
    await this.updateComplete;
    await this.renderRoot.querySelector<FindingsTableElement>('cl-findings-table')?.focusRow(id);
  }

  async #export(settings: RuleCellSettings): Promise<void> {
    const source = this.findingsSource;
    if (!source) return;
    this.isExporting = true;
    this.exportError = undefined;
    const result = await source.exportSql(settings);
    this.isExporting = false;
    if (result.ok)
      downloadBlob(new Blob([result.value], { type: 'application/sql;charset=utf-8' }), RULE_PACK_FILE);
    else this.exportError = result.error;
  }

  #settings(): RuleSettingsResult {
    if (this.#parsed?.source !== this.cell.source)
      this.#parsed = { source: this.cell.source, result: parseRuleSettings(this.cell.source) };
    return this.#parsed.result;
  }

  #pickable() {
    const key = [this.library, this.customRules];
    if (!this.#rules || this.#rules.key.some((k, i) => k !== key[i])) {
      const rules = pickableRules(this.library, this.customRules);
      this.#rules = { key, rules, names: new Map(rules.map((r) => [r.id as string, r.name])) };
    }
    return this.#rules;
  }

  #emit(settings: RuleCellSettings) {
    this.#emitSource(serializeRuleSettings(settings));
  }

  #emitSource(source: string) {
    this.dispatchEvent(
      new CustomEvent('cl-rule-settings-change', { detail: { source }, bubbles: true, composed: true }),
    );
  }
}
