import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { CustomRuleSpec, DatasetInfo, RuleDefinition, SchemaInfo } from '../../../workers/api';
import type { Msg } from '../../../core/shared/msg';
import { LocaleController } from '../../i18n/locale-controller';
import { t } from '../../i18n/translate';
import type { Cell, CellId } from '../../../core/notebook/cell-types';
import { IDLE_RUN } from '../../state/notebook-state';
import { cellNotes } from '../../../core/notebook/cell-notes';
import { notebookCustomRules } from '../../../core/notebook/custom-rule-text';
import type { NotebookStore } from '../../state/notebook-store';
import { galleryEntries } from '../../state/notebook-gallery';
import { StoreController } from '../../state/store-controller';
import type { CellActionEvent, CellChangeEvent } from '../notebook-cell/notebook-cell.component';
import '../notebook-cell/notebook-cell';
import '../notebook-notices/notebook-notices';
import '../notebook-toolbar/notebook-toolbar';
import type { FindingsSource } from '../rule-cell/findings-source';
import type { ModelSource } from '../model-cell/model-source';
import type { ModelInfo } from '../../../core/models/model-api-types';
import type { NotebookCommandEvent } from '../notebook-toolbar/notebook-toolbar.component';
import '../shortcut-help/shortcut-help';
import type { ShortcutHelpElement } from '../shortcut-help/shortcut-help.component';
import '../toc/toc';
import { CellFocus } from './cell-focus';
import { ElapsedTicker } from './elapsed-ticker';
import { NotebookKeyboardController } from './notebook-keyboard';
import { notebookStyles } from './notebook.styles';
import { ToolbarHeightController } from './toolbar-height';
import type { MarkdownViewElement } from '../markdown-view/markdown-view.component';

/** The notebook asks the shell for something it does not own (files, saving). */
export type NotebookRequestEvent = CustomEvent<
  | { readonly kind: 'save'; readonly saveAs: boolean }
  | { readonly kind: 'open-file'; readonly file: File }
  | { readonly kind: 'gallery'; readonly name: string }
  | { readonly kind: 'new' }
  | { readonly kind: 'attach' }
>;

/**
 * One shared empty list: a cell's properties keep their identity between renders, so typing in one
 * cell does not re-render the others.
 */
const NONE: readonly never[] = [];

/**
 * The notebook: toolbar, notices (restored, problems in the file, the data it expects), the cells, a
 * table of contents and the shortcut help. Keyboard use follows Jupyter (`NotebookKeyboardController`);
 * `CellFocus` tracks edit mode, `ElapsedTicker` the elapsed time of running cells.
 */
export class NotebookElement extends LitElement {
  static override styles = notebookStyles;

  readonly #store = new StoreController<NotebookStore>(this);
  @property({ attribute: false }) schema: SchemaInfo = { tables: [] };
  @property({ attribute: false }) datasets: readonly DatasetInfo[] = [];
  @property({ type: Boolean }) engineReady = false;
  /** The rule library Rule cells pick from. */
  @property({ attribute: false }) ruleLibrary: readonly RuleDefinition[] = [];
  /** Where Rule cells read their findings from (the shell's, over the kernel). */
  @property({ attribute: false }) findingsSource: FindingsSource | undefined;
  /** The model library Model cells pick from, with what each misses on the data now (undefined: not read yet). */
  @property({ attribute: false }) modelLibrary: readonly ModelInfo[] | undefined;
  /** Where Model cells read more of their output and their drill-downs (the shell's, over the kernel). */
  @property({ attribute: false }) modelSource: ModelSource | undefined;
  @state() private nameProblems: ReadonlyMap<CellId, Msg> = new Map();
  @query('cl-shortcut-help') private help!: ShortcutHelpElement;
  #sqlNamesOf: { readonly cells: readonly Cell[]; readonly names: readonly string[] } | undefined;
  #customRulesOf: { readonly cells: readonly Cell[]; readonly rules: readonly CustomRuleSpec[] } | undefined;
  readonly #focus = new CellFocus(this);
  readonly #ticker = new ElapsedTicker(this, () => this.store);

  constructor() {
    super();
    new LocaleController(this);
    new ToolbarHeightController(this, () => this.renderRoot.querySelector('cl-notebook-toolbar'));
    new NotebookKeyboardController(this, {
      store: () => this.store,
      focus: this.#focus,
      openHelp: () => this.help.open(),
      save: () => this.#request({ kind: 'save', saveAs: false }),
    });
  }

  /** The store shown and acted on. */
  get store(): NotebookStore | undefined {
    return this.#store.store;
  }
  set store(store: NotebookStore | undefined) {
    this.#store.store = store;
  }

  override render() {
    const store = this.store;
    if (!store) return nothing;
    const s = store.state;
    const cells = s.notebook.cells;
    const sqlNames = this.#sqlNames(cells);
    const customRules = this.#customRules(cells);
    const isRunning = [...s.runs.values()].some((r) => r.status === 'running' || r.status === 'queued');
    return html`<cl-notebook-toolbar
        .notebookTitle=${s.notebook.meta.title}
        .fileName=${s.fileName ?? ''}
        ?dirty=${s.isDirty}
        ?running=${isRunning}
        ?autoRun=${s.isAutoRun}
        ?disabled=${!this.engineReady}
        .gallery=${galleryEntries()}
        @cl-notebook-command=${this.#onCommand}
      ></cl-notebook-toolbar>
      <cl-notebook-notices .store=${store} .state=${s} .datasets=${this.datasets}></cl-notebook-notices>
      <div class="layout">
        <div
          class="cells"
          role="list"
          aria-label=${t('nb.label')}
          @cl-cell-action=${this.#onCellAction}
          @cl-cell-change=${this.#onCellChange}
        >
          ${cells.length === 0 ? html`<p class="empty muted" data-testid="nb-empty">${t('nb.empty')}</p>` : nothing}
          ${repeat(
            cells,
            (c) => c.id,
            (c, i) =>
              html`<cl-notebook-cell
                role="listitem"
                data-cell-id=${c.id}
                .cell=${c}
                .run=${s.runs.get(c.id) ?? IDLE_RUN}
                .schema=${this.schema}
                .sqlNames=${sqlNames}
                .notes=${this.#notesFor(c.id)}
                .position=${i + 1}
                .now=${s.runs.get(c.id)?.status === 'running' ? this.#ticker.now : 0}
                .chartColumns=${c.type === 'chart' ? this.#columnsOf(c.from, s.runs.get(c.id)?.result?.page.columns) : NONE}
                .ruleLibrary=${c.type === 'rule' ? this.ruleLibrary : NONE}
                .customRules=${c.type === 'rule' ? customRules : NONE}
                .findingsSource=${c.type === 'rule' ? this.findingsSource : undefined}
                .loadPage=${c.type === 'sql' ? store.loadPage : undefined}
                .modelLibrary=${c.type === 'model' ? this.modelLibrary : undefined}
                .modelSource=${c.type === 'model' ? this.modelSource : undefined}
                ?selected=${s.selectedId === c.id}
                ?editing=${this.#focus.editingId === c.id}
                ?collapsed=${s.collapsed.has(c.id)}
                @click=${() => store.select(c.id)}
              ></cl-notebook-cell>`,
          )}
        </div>
        <cl-toc
          class="toc"
          .cells=${cells}
          .locate=${this.#locateHeading}
          .topLine=${this.#toolbarBottom}
          @cl-toc-select=${this.#onTocSelect}
        ></cl-toc>
      </div>
      <cl-shortcut-help></cl-shortcut-help>`;
  }

  /** A chart's columns: those of the view it plots (known from the schema before it first runs). */
  #columnsOf(from: string, fromRun: readonly { name: string; type: string }[] | undefined) {
    const view = this.schema.tables.find((table) => table.name.toLowerCase() === from.toLowerCase());
    return view?.columns ?? fromRun ?? NONE;
  }

  /** The SQL cells' names, the same array while the cells are the same (so cells do not re-render). */
  #sqlNames(cells: readonly Cell[]): readonly string[] {
    if (this.#sqlNamesOf?.cells !== cells)
      this.#sqlNamesOf = { cells, names: cells.flatMap((c) => (c.type === 'sql' ? [c.name] : [])) };
    return this.#sqlNamesOf.names;
  }

  /** The notebook's custom rules that parse (for Rule cells' packs), the same array while the cells are the same. */
  #customRules(cells: readonly Cell[]): readonly CustomRuleSpec[] {
    if (this.#customRulesOf?.cells !== cells) {
      const rules = notebookCustomRules(cells).specs;
      this.#customRulesOf = { cells, rules: rules.length > 0 ? rules : NONE };
    }
    return this.#customRulesOf.rules;
  }

  /** Puts the cursor in the first cell's editor (a new notebook starts in edit mode, as in Jupyter). */
  async editFirstCell(): Promise<void> {
    const first = this.store?.state.notebook.cells[0];
    if (first) await this.#focus.edit(first.id);
  }

  #notesFor(id: CellId): readonly Msg[] {
    const graph = this.store?.state.graph;
    const nameProblem = this.nameProblems.get(id);
    const notes = [...(nameProblem ? [nameProblem] : []), ...(graph ? cellNotes(graph, id) : [])];
    return notes.length > 0 ? notes : NONE;
  }

  // ── Commands ─────────────────────────────────────────────────────────────

  #onCommand(e: NotebookCommandEvent) {
    const store = this.store;
    if (!store) return;
    const c = e.detail;
    switch (c.kind) {
      case 'new':
        this.#request({ kind: 'new' });
        break;
      case 'open':
        this.#request({ kind: 'open-file', file: c.file });
        break;
      case 'gallery':
        this.#request({ kind: 'gallery', name: c.name });
        break;
      case 'save':
        this.#request({ kind: 'save', saveAs: false });
        break;
      case 'save-as':
        this.#request({ kind: 'save', saveAs: true });
        break;
      case 'run-all':
        void store.run({ kind: 'all' });
        break;
      case 'cancel':
        void store.cancel();
        break;
      case 'auto-run':
        store.setAutoRun(c.on);
        break;
      case 'add': {
        const cell = store.insert(c.type, 'below');
        void this.#focus.edit(cell.id);
        break;
      }
      case 'title':
        store.setMeta({ title: c.title });
        break;
      case 'help':
        this.help.open();
        break;
    }
  }

  #onCellAction(e: CellActionEvent) {
    const store = this.store;
    if (!store) return;
    const id = e.detail.id as CellId;
    store.select(id);
    switch (e.detail.action) {
      case 'run':
        void store.run({ kind: 'one', id });
        break;
      case 'run-from':
        void store.run({ kind: 'from', id });
        break;
      case 'cancel':
        void store.cancel();
        break;
      case 'delete':
        store.delete(id);
        break;
      case 'up':
        store.move(id, -1);
        break;
      case 'down':
        store.move(id, 1);
        break;
      case 'duplicate':
        store.duplicate(id);
        break;
      case 'collapse':
        store.toggleCollapsed(id);
        break;
      case 'edit':
        void this.#focus.edit(id);
        break;
    }
  }

  #onCellChange(e: CellChangeEvent) {
    const store = this.store;
    if (!store) return;
    const id = e.detail.id as CellId;
    const change = e.detail.change;
    if ('source' in change) store.setSource(id, change.source);
    else if ('name' in change) {
      const problem = store.rename(id, change.name);
      const problems = new Map(this.nameProblems);
      if (problem) problems.set(id, problem);
      else problems.delete(id);
      this.nameProblems = problems;
    } else if ('from' in change) store.setFrom(id, change.from);
    else if ('model' in change) store.setModel(id, change.model);
    else void store.setParameter(id, change.spec);
  }

  #onTocSelect(e: CustomEvent<{ readonly cellId: string; readonly headingId: string }>) {
    const id = e.detail.cellId as CellId;
    this.store?.select(id);
    const element = this.#focus.cellElement(id);
    element?.focusCell();
    // The heading itself, not its cell, lands just below the sticky toolbar (its scroll-margin-top).
    (this.#locateHeading(id, e.detail.headingId) ?? element)?.scrollIntoView({ block: 'start' });
  }

  /** A Markdown cell's rendered heading (none while the cell is being edited). */
  readonly #locateHeading = (cellId: string, headingId: string): HTMLElement | undefined => {
    const view = this.#focus
      .cellElement(cellId as CellId)
      ?.renderRoot.querySelector<MarkdownViewElement>('cl-markdown-view');
    return view?.headingElement(headingId);
  };

  /** The viewport y of the sticky toolbar's bottom edge. */
  readonly #toolbarBottom = (): number =>
    this.renderRoot.querySelector('cl-notebook-toolbar')?.getBoundingClientRect().bottom ?? 0;

  #request(detail: NotebookRequestEvent['detail']) {
    this.dispatchEvent(
      new CustomEvent('cl-notebook-request', {
        detail,
        bubbles: true,
        composed: true,
      }) satisfies NotebookRequestEvent,
    );
  }
}
