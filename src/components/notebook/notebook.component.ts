import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { DatasetInfo, SchemaInfo } from '../../../workers/api';
import type { Msg } from '../../../workers/shared/msg';
import { msg } from '../../../workers/shared/msg';
import { LocaleController } from '../../i18n/locale-controller';
import { msgText, t } from '../../i18n/translate';
import { matchShortcut, type ShortcutAction } from '../../keyboard/shortcuts';
import type { CellId } from '../../notebook/cell-types';
import { checkBindings, type BindingCheck } from '../../notebook/dataset-bindings';
import type { NotebookStore } from '../../state/notebook-store';
import { galleryEntries } from '../../state/notebook-gallery';
import { StoreController } from '../../state/store-controller';
import type {
  CellActionEvent,
  CellChangeEvent,
  NotebookCellElement,
} from '../notebook-cell/notebook-cell.component';
import '../notebook-cell/notebook-cell';
import '../notebook-toolbar/notebook-toolbar';
import type { NotebookCommandEvent } from '../notebook-toolbar/notebook-toolbar.component';
import '../shortcut-help/shortcut-help';
import type { ShortcutHelpElement } from '../shortcut-help/shortcut-help.component';
import '../toc/toc';
import { notebookStyles } from './notebook.styles';

/** The notebook asks the shell for something it does not own (files, saving). */
export type NotebookRequestEvent = CustomEvent<
  | { readonly kind: 'save'; readonly saveAs: boolean }
  | { readonly kind: 'open-file'; readonly file: File }
  | { readonly kind: 'gallery'; readonly name: string }
  | { readonly kind: 'new' }
  | { readonly kind: 'attach' }
>;

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
  /** The cell being edited (edit mode); undefined in command mode. */
  @state() private editingId: CellId | undefined;
  @state() private now = Date.now();
  @state() private nameProblems: ReadonlyMap<CellId, Msg> = new Map();
  @query('cl-shortcut-help') private help!: ShortcutHelpElement;
  #pendingKey: string | undefined;
  #ticker: ReturnType<typeof setInterval> | undefined;

  constructor() {
    super();
    new LocaleController(this);
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

  override disconnectedCallback(): void {
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
    const sqlNames = cells.flatMap((c) => (c.type === 'sql' ? [c.name] : []));
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
      ${this.#notices()}
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
                .run=${s.runs.get(c.id) ?? { status: 'idle' }}
                .schema=${this.schema}
                .sqlNames=${sqlNames}
                .notes=${this.#notesFor(c.id)}
                .position=${i + 1}
                .now=${this.now}
                .chartColumns=${c.type === 'chart' ? this.#columnsOf(c.from, s.runs.get(c.id)?.result?.columns) : []}
                ?selected=${s.selectedId === c.id}
                ?editing=${this.editingId === c.id}
                ?collapsed=${s.collapsed.has(c.id)}
                @click=${() => store.select(c.id)}
              ></cl-notebook-cell>`,
          )}
        </div>
        <cl-toc class="toc" .cells=${cells} @cl-toc-select=${this.#onTocSelect}></cl-toc>
      </div>
      <cl-shortcut-help></cl-shortcut-help>`;
  }

  #notices() {
    const s = this.store?.state;
    if (!s) return nothing;
    const restored = s.restoredAt
      ? html`<div class="notice info" role="status" data-testid="restored-notice">
          ${t('nb.restored', { time: new Date(s.restoredAt).toLocaleString() })}
          <button
            class="btn btn-small"
            data-testid="discard-restored"
            @click=${() => this.#request({ kind: 'new' })}
          >
            ${t('nb.discardRestored')}
          </button>
          <button class="btn btn-small" @click=${() => this.store?.dismissRestored()}>
            ${t('common.dismiss')}
          </button>
        </div>`
      : nothing;
    const problems =
      s.problems.length > 0
        ? html`<div class="notice warn" role="alert" data-testid="notebook-problems">
            <p>${t('nb.problems', { count: s.problems.length })}</p>
            <ul>
              ${s.problems
                .slice(0, 20)
                .map(
                  (p) =>
                    html`<li data-testid="notebook-problem" data-code=${p.code} data-line=${p.line}>
                      ${t('nb.problemLine', { line: p.line, message: msgText(p.message) })}
                    </li>`,
                )}
            </ul>
          </div>`
        : nothing;
    const checks = this.#bindingChecks();
    const bindings =
      checks.length > 0
        ? html`<div class="notice warn" role="status" data-testid="binding-notice">
            <p>${t('nb.bindings')}</p>
            <ul>
              ${checks.map(
                (c) =>
                  html`<li data-testid="binding" data-table=${c.binding.table} data-status=${c.status}>
                    ${msgText(c.message)}
                  </li>`,
              )}
            </ul>
            <button
              class="btn btn-small"
              data-testid="attach"
              @click=${() => this.#request({ kind: 'attach' })}
            >
              ${t('nb.attach')}
            </button>
          </div>`
        : nothing;
    const saveError = s.saveError
      ? html`<div class="notice error" role="alert" data-testid="save-error">
          ${msgText(s.saveError.message)}
        </div>`
      : nothing;
    const replaced = s.replaced
      ? html`<div class="notice info" role="status" data-testid="replaced-notice">
          ${t('nb.replaced')}
          <button
            class="btn btn-small"
            data-testid="reopen-replaced"
            @click=${() => void this.store?.reopenReplaced()}
          >
            ${t('nb.reopenReplaced')}
          </button>
          <button class="btn btn-small" @click=${() => this.store?.dismissRestored()}>
            ${t('common.dismiss')}
          </button>
        </div>`
      : nothing;
    const warning = s.warning
      ? html`<div class="notice warn" role="alert" data-testid="notebook-warning">${msgText(s.warning)}</div>`
      : nothing;
    return html`${restored}${replaced}${warning}${problems}${bindings}${saveError}`;
  }

  /** Bindings that need the user: missing tables and different files (matching ones are not shown). */
  #bindingChecks(): BindingCheck[] {
    const s = this.store?.state;
    if (!s || s.notebook.meta.datasets.length === 0) return [];
    const loaded = this.datasets.flatMap((d) =>
      d.mapping ? [{ table: d.mapping.target, fileName: d.fileName, sha256: d.sha256 }] : [],
    );
    return checkBindings(s.notebook.meta.datasets, loaded).filter(
      (c) => c.status === 'missing' || c.status === 'fingerprint-differs',
    );
  }

  /** A chart's columns: those of the view it plots (known from the schema before it first runs). */
  #columnsOf(from: string, fromRun: readonly { name: string; type: string }[] | undefined) {
    const view = this.schema.tables.find((table) => table.name.toLowerCase() === from.toLowerCase());
    return view?.columns ?? fromRun ?? [];
  }

  /** Puts the cursor in the first cell's editor (a new notebook starts in edit mode, as in Jupyter). */
  async editFirstCell(): Promise<void> {
    const first = this.store?.state.notebook.cells[0];
    if (first) await this.#edit(first.id);
  }

  #notesFor(id: CellId): Msg[] {
    const s = this.store?.state;
    if (!s) return [];
    const notes: Msg[] = [];
    const nameProblem = this.nameProblems.get(id);
    if (nameProblem) notes.push(nameProblem);
    const deps = s.graph.cells.get(id);
    for (const name of deps?.unknown ?? [])
      notes.push(msg(`引用了不存在的“${name}”。`, `Refers to "${name}", which no cell defines.`));
    if (s.graph.cycles.some((cycle) => cycle.includes(id)))
      notes.push(
        msg('此单元处于循环引用中，无法运行。', 'This cell is part of a reference cycle and cannot run.'),
      );
    return notes;
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
    else void store.setParameter(id, change.spec);
  }

  #onTocSelect(e: CustomEvent<{ readonly cellId: string; readonly headingId: string }>) {
    const id = e.detail.cellId as CellId;
    this.store?.select(id);
    const element = this.#cellElement(id);
    element?.scrollIntoView({ block: 'start' });
    element?.focusCell();
  }

  // ── Keyboard ─────────────────────────────────────────────────────────────

  #onFocusIn(e: FocusEvent) {
    const path = e.composedPath();
    const cellElement = path.find(
      (n): n is NotebookCellElement => n instanceof HTMLElement && n.tagName === 'CL-NOTEBOOK-CELL',
    );
    if (!cellElement) return;
    const id = cellElement.cell.id;
    this.store?.select(id);
    const inEditor = path.some(
      (n) =>
        n instanceof HTMLElement &&
        (n.classList.contains('cm-content') || n.tagName === 'INPUT' || n.tagName === 'SELECT'),
    );
    if (inEditor && this.editingId !== id) this.editingId = id;
    else if (!inEditor && this.editingId === id && cellElement.cell.type !== 'markdown')
      this.editingId = undefined;
  }

  #onKeyDown(e: KeyboardEvent) {
    const store = this.store;
    if (!store || e.defaultPrevented) return;
    const path = e.composedPath();
    // Keys typed in the toolbar, the help dialog or a form control are theirs, except the run keys.
    const inCell = path.some((n) => n instanceof HTMLElement && n.tagName === 'CL-NOTEBOOK-CELL');
    if (!inCell) return;
    const inTextInput = path.some(
      (n) =>
        n instanceof HTMLElement &&
        (n.classList.contains('cm-content') ||
          n.tagName === 'INPUT' ||
          n.tagName === 'SELECT' ||
          n.tagName === 'TEXTAREA'),
    );
    const mode = inTextInput ? 'edit' : 'command';
    const match = matchShortcut(e, mode, this.#pendingKey);
    this.#pendingKey = match.pending;
    if (!match.action) {
      if (match.pending) e.preventDefault();
      return;
    }
    e.preventDefault();
    e.stopPropagation();
    const cellElement = path.find(
      (n): n is NotebookCellElement => n instanceof HTMLElement && n.tagName === 'CL-NOTEBOOK-CELL',
    );
    cellElement?.closePopups();
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
