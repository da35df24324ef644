import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Result, ResultPage, RuleDefinition, SchemaInfo } from '../../../workers/api';
import type { Msg } from '../../../core/shared/msg';
import type { ModelInfo } from '../../../core/models/model-api-types';
import { LocaleController } from '../../i18n/locale-controller';
import { msgText, t } from '../../i18n/translate';
import { kindOf, viewOf, type CellOfView, type CellViewTag } from '../../../core/cells/cell-kinds';
import { publishedName, type Cell, type SqlCell } from '../../../core/notebook/cell-types';
import { IDLE_RUN, type CellRun } from '../../state/notebook-state';
import '../app-error/app-error';
import '../custom-rule-cell/custom-rule-cell';
import type { CustomRuleChangeEvent } from '../custom-rule-cell/custom-rule-cell.component';
import '../markdown-editor/markdown-editor';
import type { MarkdownInputEvent } from '../markdown-editor/markdown-editor.component';
import '../markdown-view/markdown-view';
import '../parameter-input/parameter-input';
import type { ParameterChangeEvent } from '../parameter-input/parameter-input.component';
import '../result-table/result-table';
import '../rule-cell/rule-cell';
import type { RuleSettingsChangeEvent } from '../rule-cell/rule-cell.component';
import type { FindingsSource } from '../rule-cell/findings-source';
import type { NotebookCustomRule } from '../rule-cell/rule-entries';
import '../model-cell/model-cell';
import type { ModelCellChangeEvent } from '../model-cell/model-cell.component';
import type { ModelSource } from '../model-cell/model-source';
import '../sql-editor/sql-editor';
import type { SqlInputEvent } from '../sql-editor/sql-editor.component';
import '../verbatim-cell/verbatim-cell';
import type { CellAction, CellActionEvent, CellChange, CellChangeEvent } from './cell-events';
import { cellStatus } from './cell-status';
import { iconButton, runButtons } from './cell-toolbar-buttons';
import { chartCellBody } from './chart-cell-body';
import { notebookCellStyles } from './notebook-cell.styles';

export type { CellAction, CellActionEvent, CellChangeEvent } from './cell-events';

/** What every cell view gets besides its cell: the dependency graph's notes and the run's error. */
interface BodyParts {
  readonly notes: unknown;
  readonly error: unknown;
}

/**
 * One notebook cell: a gutter with its position and status, a toolbar (run, cancel, move, duplicate,
 * collapse, delete), and the body its kind's view shows (`core/cells/cell-kinds.ts`) — SQL editor and
 * result table, Markdown (rendered, or its editor while editing), parameter input, chart editor and
 * chart, Rule and custom-rule cells, or a kept-as-is cell. The notebook owns the cell and its run; this
 * element shows them and reports what the user did.
 */
export class NotebookCellElement extends LitElement {
  static override styles = notebookCellStyles;

  @property({ attribute: false }) cell!: Cell;
  @property({ attribute: false }) run: CellRun = IDLE_RUN;
  @property({ attribute: false }) schema: SchemaInfo = { tables: [] };
  /** Names of the notebook's SQL cells (what a chart can plot). */
  @property({ attribute: false }) sqlNames: readonly string[] = [];
  /** Problems the dependency graph found (a cycle, an unknown reference). */
  @property({ attribute: false }) notes: readonly Msg[] = [];
  @property({ type: Number }) position = 1;
  /** The time now (ms), ticked by the notebook while cells run, for the elapsed time. */
  @property({ type: Number }) now = 0;
  @property({ type: Boolean, reflect: true }) selected = false;
  @property({ type: Boolean, reflect: true }) editing = false;
  @property({ type: Boolean }) collapsed = false;
  /** Columns of the result a chart plots (from its last run). */
  @property({ attribute: false }) chartColumns: readonly { name: string; type: string }[] = [];
  /** The rule library (what a Rule cell picks from). */
  @property({ attribute: false }) ruleLibrary: readonly RuleDefinition[] = [];
  /** The notebook's custom rules (listed in a Rule cell's pack). */
  @property({ attribute: false }) customRules: readonly NotebookCustomRule[] = [];
  /** Where a Rule cell reads its findings from. */
  @property({ attribute: false }) findingsSource: FindingsSource | undefined;
  /** The model library a Model cell picks from (undefined: not read yet). */
  @property({ attribute: false }) modelLibrary: readonly ModelInfo[] | undefined;
  /** Where a Model cell reads more of its output and its drill-downs from. */
  @property({ attribute: false }) modelSource: ModelSource | undefined;
  /** Reads more rows of a kept result (a SQL cell's view) as its table scrolls. */
  @property({ attribute: false }) loadPage:
    ((source: string, offset: number, limit: number) => Promise<Result<ResultPage>>) | undefined;

  constructor() {
    super();
    new LocaleController(this);
  }

  /** Puts the cursor in the cell's editor (Markdown switches to its editor first). */
  async focusEditor(): Promise<void> {
    await this.updateComplete;
    const editor = this.renderRoot.querySelector<HTMLElement & { focusEditor?: () => Promise<void> | void }>(
      'cl-sql-editor, cl-markdown-editor, cl-custom-rule-cell',
    );
    if (editor?.focusEditor) await editor.focusEditor();
    else this.renderRoot.querySelector<HTMLElement>('input, select')?.focus();
  }

  /** Closes editor popups (completion) before the cell runs or loses the keyboard. */
  closePopups(): void {
    this.renderRoot.querySelector('cl-sql-editor')?.closePopups();
  }

  /** Focuses the cell itself (command mode). */
  focusCell(): void {
    this.renderRoot.querySelector<HTMLElement>('.cell')?.focus({ preventScroll: false });
  }

  override render() {
    const cell = this.cell;
    const status = this.run.status;
    const label = msgText(kindOf(cell).label(cell));
    return html`<section
      class="cell ${cell.type} ${status} ${this.selected ? 'selected' : ''}"
      tabindex="0"
      data-testid="cell"
      data-cell-id=${cell.id}
      data-type=${cell.type}
      aria-label=${t('cell.aria', { n: this.position, type: label })}
    >
      <div class="toolbar" role="toolbar" aria-label=${t('cell.toolbar', { n: this.position })}>
        <span class="label">[${this.position}] ${label}</span>
        ${this.#nameField()} ${cellStatus(cell, this.run, this.now)}
        <span class="spacer"></span>
        ${runButtons(cell, this.run, this.#action)} ${iconButton('up', '↑', t('cell.moveUp'), this.#action)}
        ${iconButton('down', '↓', t('cell.moveDown'), this.#action)}
        ${iconButton('duplicate', '⊕', t('cell.duplicate'), this.#action)}
        ${iconButton('collapse', this.collapsed ? '▸' : '▾', this.collapsed ? t('cell.expand') : t('cell.collapse'), this.#action)}
        ${iconButton('delete', '×', t('cell.remove'), this.#action)}
      </div>
      ${this.collapsed ? html`<div class="collapsed-note muted">${this.#summary()}</div>` : this.#body()}
    </section>`;
  }

  #body() {
    const cell = this.cell;
    const notes = this.notes.map(
      (n) => html`<p class="note" role="note" data-testid="cell-note">${msgText(n)}</p>`,
    );
    const error =
      this.run.error || this.run.blocked
        ? html`<div class="error" data-testid="cell-error">
            ${
              this.run.error
                ? html`<cl-app-error .error=${this.run.error}></cl-app-error>`
                : html`<p class="note">${msgText(this.run.blocked as Msg)}</p>`
            }
          </div>`
        : nothing;
    // The registry ties each view to the cells of its kinds (`CellOfView`), which TypeScript cannot
    // follow through `viewOf(cell)`.
    const view = this.#views[viewOf(cell)] as (cell: Cell, parts: BodyParts) => unknown;
    return view(cell, { notes, error });
  }

  /** How each kind's view is shown, by its tag (`CellKind.view`). */
  readonly #views: { readonly [V in CellViewTag]: (cell: CellOfView<V>, parts: BodyParts) => unknown } = {
    'cl-sql-editor': (cell, { notes, error }) =>
      html`<cl-sql-editor
          .value=${cell.source}
          .schema=${this.schema}
          .label=${t('cell.editorLabelN', { n: this.position })}
          @cl-sql-input=${(e: SqlInputEvent) => this.#change({ source: e.detail.value })}
        ></cl-sql-editor>
        ${notes} ${error} ${this.#result(cell)}`,
    'cl-markdown-view': (cell) =>
      this.editing
        ? html`<cl-markdown-editor
            .value=${cell.source}
            @cl-markdown-input=${(e: MarkdownInputEvent) => this.#change({ source: e.detail.value })}
          ></cl-markdown-editor>`
        : html`<cl-markdown-view
            .source=${cell.source}
            .idPrefix=${cell.id}
            @dblclick=${() => this.#action('edit')}
          ></cl-markdown-view>`,
    'cl-parameter-input': (cell) =>
      html`<div class="parameter">
        <input
          class="param-label"
          aria-label=${t('param.label')}
          placeholder=${t('param.label')}
          .value=${cell.source}
          @change=${(e: Event) => this.#change({ source: (e.target as HTMLInputElement).value })}
        />
        <cl-parameter-input
          .spec=${cell.spec}
          .name=${cell.name}
          @cl-parameter-change=${(e: ParameterChangeEvent) => this.#change({ spec: e.detail.spec })}
        ></cl-parameter-input>
      </div>`,
    'cl-chart-view': (cell, { notes, error }) =>
      chartCellBody(cell, {
        run: this.run,
        sqlNames: this.sqlNames,
        chartColumns: this.chartColumns,
        notes,
        error,
        change: this.#change,
      }),
    'cl-rule-cell': (cell, { notes }) =>
      html`<cl-rule-cell
        .cell=${cell}
        .run=${this.run}
        .library=${this.ruleLibrary}
        .customRules=${this.customRules}
        .findingsSource=${this.findingsSource}
        @cl-rule-settings-change=${(e: RuleSettingsChangeEvent) => this.#change({ source: e.detail.source })}
        >${notes} ${this.#blocked()}</cl-rule-cell
      >`,
    'cl-custom-rule-cell': (cell, { notes }) =>
      html`<cl-custom-rule-cell
        .cell=${cell}
        .run=${this.run}
        .schema=${this.schema}
        @cl-custom-rule-change=${(e: CustomRuleChangeEvent) => this.#change({ source: e.detail.source })}
        >${notes} ${this.#blocked()}</cl-custom-rule-cell
      >`,
    'cl-model-cell': (cell, { notes }) =>
      html`<cl-model-cell
        .cell=${cell}
        .run=${this.run}
        .result=${this.run.model}
        .library=${this.modelLibrary}
        .source=${this.modelSource}
        @cl-model-cell-change=${(e: ModelCellChangeEvent) => this.#change(e.detail)}
        >${notes} ${this.#blocked()}</cl-model-cell
      >`,
    'cl-verbatim-cell': (cell, { notes, error }) =>
      html`<cl-verbatim-cell .source=${cell.source} .notice=${kindOf(cell).notice?.(cell)}></cl-verbatim-cell>
        ${notes} ${error}`,
  };

  /** Why the cell cannot run; Rule and custom-rule cells show their run's error themselves. */
  #blocked() {
    return this.run.blocked ? html`<p class="note">${msgText(this.run.blocked)}</p>` : nothing;
  }

  readonly #loadResultPage = (offset: number, limit: number): Promise<Result<ResultPage>> => {
    const source = this.run.result?.source ?? '';
    return this.loadPage ? this.loadPage(source, offset, limit) : Promise.reject(new Error('no loadPage'));
  };

  #result(cell: SqlCell) {
    const result = this.run.result;
    if (!result) return nothing;
    const dim = this.run.status === 'running' || this.run.status === 'stale' || this.run.status === 'queued';
    return html`<cl-result-table
      class=${dim ? 'stale' : ''}
      .page=${result.page}
      .loadPage=${this.loadPage ? this.#loadResultPage : undefined}
      aria-label=${t('cell.resultOf', { name: cell.name })}
    ></cl-result-table>`;
  }

  #nameField() {
    const name = publishedName(this.cell);
    if (name === undefined || !kindOf(this.cell).fields.includes('name')) return nothing;
    return html`<label class="name"
      ><span class="visually-hidden">${t('cell.name')}</span>
      <input
        data-testid="cell-name"
        .value=${name}
        size=${Math.max(8, Math.min(32, name.length + 1))}
        spellcheck="false"
        aria-label=${t('cell.name')}
        title=${t('cell.nameHint')}
        @change=${(e: Event) => this.#change({ name: (e.target as HTMLInputElement).value.trim() })}
    /></label>`;
  }

  #summary() {
    const first = this.cell.source.split('\n').find((l) => l.trim() !== '') ?? '';
    return first.length > 80 ? `${first.slice(0, 80)}…` : first;
  }

  readonly #action = (action: CellAction): void => {
    this.dispatchEvent(
      new CustomEvent('cl-cell-action', {
        detail: { id: this.cell.id, action },
        bubbles: true,
        composed: true,
      }) satisfies CellActionEvent,
    );
  };

  readonly #change = (change: CellChange): void => {
    this.dispatchEvent(
      new CustomEvent('cl-cell-change', {
        detail: { id: this.cell.id, change },
        bubbles: true,
        composed: true,
      }) satisfies CellChangeEvent,
    );
  };
}
