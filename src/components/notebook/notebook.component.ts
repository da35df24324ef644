import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { CustomRuleSpec, DatasetInfo, RuleDefinition, SchemaInfo } from '../../../workers/api';
import type { Msg } from '../../../core/shared/msg';
import { LocaleController } from '../../i18n/locale-controller';
import { t } from '../../i18n/translate';
import { isGlobalHelpKey, keyPlace } from '../../keyboard/global-help-key';
import { matchShortcut, type ShortcutAction } from '../../keyboard/shortcuts';
import type { Cell, CellId } from '../../../core/notebook/cell-types';
import { IDLE_RUN } from '../../state/notebook-state';
import { cellNotes } from '../../../core/notebook/cell-notes';
import { notebookCustomRules } from '../../../core/notebook/custom-rule-text';
import type { NotebookStore } from '../../state/notebook-store';
import { galleryEntries } from '../../state/notebook-gallery';
import { StoreController } from '../../state/store-controller';
import type {
  CellActionEvent,
  CellChangeEvent,
  NotebookCellElement,
} from '../notebook-cell/notebook-cell.component';
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

/** How often the elapsed time of running cells is refreshed, in ms. */
const TICK_MS = 200;

/**
 * The notebook: toolbar, notices (restored, problems in the file, the data it expects), the cells, a
 * table of contents and the shortcut help. Keyboard use follows Jupyter: command mode acts on the
 * selected cell (A/B insert, D D delete, Z undo, M/Y change type, arrows/J/K move the selection, Enter
 * edits), edit mode types in the cell's editor (Esc leaves it); Shift+Enter, Ctrl/⌘+Enter and
 * Alt+Enter run in both modes. All keys are read in one capturing listener, before the editors.
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
  /** The cell being edited (edit mode); undefined in command mode. */
  @state() private editingId: CellId | undefined;
  @state() private now = Date.now();
  @state() private nameProblems: ReadonlyMap<CellId, Msg> = new Map();
  @query('cl-shortcut-help') private help!: ShortcutHelpElement;
  #pendingKey: string | undefined;
  #sqlNamesOf: { readonly cells: readonly Cell[]; readonly names: readonly string[] } | undefined;
  #customRulesOf: { readonly cells: readonly Cell[]; readonly rules: readonly CustomRuleSpec[] } | undefined;
  #ticker: ReturnType<typeof setInterval> | undefined;

  constructor() {
    super();
    new LocaleController(this);
    new ToolbarHeightController(this, () => this.renderRoot.querySelector('cl-notebook-toolbar'));
    this.addEventListener('keydown', (e) => this.#onKeyDown(e), { capture: true });
    this.addEventListener('focusin', (e) => this.#onFocusIn(e));
  }

  /** The store shown and acted on. */
  get store(): NotebookStore | undefined {
    return this.#store.store;
  }
  set store(store: NotebookStore | undefined) {
    this.#store.store = store;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.#onDocumentKeyDown);
  }

  override disconnectedCallback(): void {
    document.removeEventListener('keydown', this.#onDocumentKeyDown);
    if (this.#ticker) clearInterval(this.#ticker);
    super.disconnectedCallback();
  }

  protected override updated(): void {
    const running = [...(this.store?.state.runs.values() ?? [])].some((r) => r.status === 'running');
    if (running && !this.#ticker) this.#ticker = setInterval(() => (this.now = Date.now()), TICK_MS);
    if (!running && this.#ticker) {
      clearInterval(this.#ticker);
      this.#ticker = undefined;
    }
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
                .now=${s.runs.get(c.id)?.status === 'running' ? this.now : 0}
                .chartColumns=${c.type === 'chart' ? this.#columnsOf(c.from, s.runs.get(c.id)?.result?.page.columns) : NONE}
                .ruleLibrary=${c.type === 'rule' ? this.ruleLibrary : NONE}
                .customRules=${c.type === 'rule' ? customRules : NONE}
                .findingsSource=${c.type === 'rule' ? this.findingsSource : undefined}
                .loadPage=${c.type === 'sql' ? store.loadPage : undefined}
                .modelLibrary=${c.type === 'model' ? this.modelLibrary : undefined}
                .modelSource=${c.type === 'model' ? this.modelSource : undefined}
                ?selected=${s.selectedId === c.id}
                ?editing=${this.editingId === c.id}
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
    if (first) await this.#edit(first.id);
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
        void this.#edit(cell.id);
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
        void this.#edit(id);
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
    const element = this.#cellElement(id);
    element?.focusCell();
    // The heading itself, not its cell, lands just below the sticky toolbar (its scroll-margin-top).
    (this.#locateHeading(id, e.detail.headingId) ?? element)?.scrollIntoView({ block: 'start' });
  }

  /** A Markdown cell's rendered heading (none while the cell is being edited). */
  readonly #locateHeading = (cellId: string, headingId: string): HTMLElement | undefined => {
    const view = this.#cellElement(cellId as CellId)?.renderRoot.querySelector<MarkdownViewElement>(
      'cl-markdown-view',
    );
    return view?.headingElement(headingId);
  };

  /** The viewport y of the sticky toolbar's bottom edge. */
  readonly #toolbarBottom = (): number =>
    this.renderRoot.querySelector('cl-notebook-toolbar')?.getBoundingClientRect().bottom ?? 0;

  // ── Keyboard ─────────────────────────────────────────────────────────────

  #onFocusIn(e: FocusEvent) {
    const path = e.composedPath();
    const cellElement = cellInPath(path);
    if (!cellElement) return;
    const id = cellElement.cell.id;
    this.store?.select(id);
    const inEditor = path.some(isTextInput);
    if (inEditor && this.editingId !== id) this.editingId = id;
    else if (!inEditor && this.editingId === id && cellElement.cell.type !== 'markdown')
      this.editingId = undefined;
  }

  /** H or ? anywhere outside a cell and a text field (no cell need be selected) opens the shortcut help. */
  readonly #onDocumentKeyDown = (e: KeyboardEvent): void => {
    if (!isGlobalHelpKey(e, keyPlace(e))) return;
    e.preventDefault();
    this.help.open();
  };

  #onKeyDown(e: KeyboardEvent) {
    if (!this.store || e.defaultPrevented) return;
    const path = e.composedPath();
    // Keys typed in the toolbar or the help dialog are theirs.
    const cellElement = cellInPath(path);
    if (!cellElement) return;
    // A button, link or focusable row inside a cell (a Rule cell's findings) takes its own Enter and Space.
    const isPlainPress =
      (e.key === 'Enter' || e.key === ' ') && !e.shiftKey && !e.ctrlKey && !e.metaKey && !e.altKey;
    if (isPlainPress && path.slice(0, path.indexOf(cellElement)).some(isOwnControl)) return;
    const match = matchShortcut(e, path.some(isTextInput) ? 'edit' : 'command', this.#pendingKey);
    this.#pendingKey = match.pending;
    if (!match.action) {
      if (match.pending) e.preventDefault();
      return;
    }
    e.preventDefault();
    e.stopPropagation();
    cellElement.closePopups();
    void this.#perform(match.action);
  }

  async #perform(action: ShortcutAction): Promise<void> {
    const store = this.store;
    if (!store) return;
    const id = store.state.selectedId;
    switch (action) {
      case 'edit':
        if (id) await this.#edit(id);
        return;
      case 'command-mode':
        await this.#commandMode();
        return;
      case 'run':
        if (id) await this.#runCell(id, 'stay');
        return;
      case 'run-advance':
        if (id) await this.#runCell(id, 'advance');
        return;
      case 'run-insert-below':
        if (id) await this.#runCell(id, 'insert');
        return;
      case 'insert-above':
      case 'insert-below': {
        const cell = store.insert('sql', action === 'insert-above' ? 'above' : 'below');
        await this.#focusCell(cell.id);
        return;
      }
      case 'delete':
        if (id) {
          store.delete(id);
          const next = store.state.selectedId;
          if (next) await this.#focusCell(next);
        }
        return;
      case 'undo-delete':
        store.undoDelete();
        if (store.state.selectedId) await this.#focusCell(store.state.selectedId);
        return;
      case 'to-markdown':
      case 'to-sql':
        if (id) store.changeType(id, action === 'to-markdown' ? 'markdown' : 'sql');
        return;
      case 'select-previous':
      case 'select-next': {
        const next = store.selectNext(action === 'select-previous' ? -1 : 1);
        if (next) await this.#focusCell(next);
        return;
      }
      case 'save':
        this.#request({ kind: 'save', saveAs: false });
        return;
      case 'help':
        this.help.open();
        return;
    }
  }

  async #runCell(id: CellId, then: 'stay' | 'advance' | 'insert'): Promise<void> {
    const store = this.store;
    if (!store) return;
    const cell = store.state.notebook.cells.find((c) => c.id === id);
    if (cell?.type === 'markdown' && this.editingId === id) this.editingId = undefined;
    const running = store.run({ kind: 'one', id });
    if (then === 'advance') {
      const cells = store.state.notebook.cells;
      const at = cells.findIndex((c) => c.id === id);
      const next = cells[at + 1];
      if (next) {
        store.select(next.id);
        await this.#focusCell(next.id);
      } else {
        const inserted = store.insert('sql', 'below', id);
        await this.#edit(inserted.id);
      }
    } else if (then === 'insert') {
      const inserted = store.insert('sql', 'below', id);
      await this.#edit(inserted.id);
    } else if (this.editingId !== id) {
      await this.#focusCell(id);
    }
    await running;
  }

  async #edit(id: CellId): Promise<void> {
    this.store?.select(id);
    this.editingId = id;
    await this.updateComplete;
    await this.#cellElement(id)?.focusEditor();
  }

  async #commandMode(): Promise<void> {
    const id = this.editingId ?? this.store?.state.selectedId;
    this.editingId = undefined;
    if (id) await this.#focusCell(id);
  }

  async #focusCell(id: CellId): Promise<void> {
    this.editingId = undefined;
    await this.updateComplete;
    const element = this.#cellElement(id);
    await element?.updateComplete;
    element?.scrollIntoView({ block: 'nearest' });
    element?.focusCell();
  }

  #cellElement(id: CellId): NotebookCellElement | null {
    return this.renderRoot.querySelector<NotebookCellElement>(`cl-notebook-cell[data-cell-id="${id}"]`);
  }

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

/** The notebook cell an event happened in, if any. */
function cellInPath(path: readonly EventTarget[]): NotebookCellElement | undefined {
  return path.find(
    (n): n is NotebookCellElement => n instanceof HTMLElement && n.tagName === 'CL-NOTEBOOK-CELL',
  );
}

/** Whether a node is a control that handles Enter, Space and arrows itself (not the cell's own frame). */
function isOwnControl(node: EventTarget): boolean {
  return (
    node instanceof HTMLElement &&
    !node.classList.contains('cell') &&
    !node.classList.contains('cm-content') &&
    (['BUTTON', 'A', 'SUMMARY'].includes(node.tagName) || node.hasAttribute('tabindex'))
  );
}

/** Whether a node takes typed text (an editor or a form control): the keyboard is in edit mode there. */
function isTextInput(node: EventTarget): boolean {
  return (
    node instanceof HTMLElement &&
    (node.classList.contains('cm-content') || ['INPUT', 'SELECT', 'TEXTAREA'].includes(node.tagName))
  );
}
