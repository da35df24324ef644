import type { AppError, DatasetInfo, KernelApi, Result, ResultPage } from '../../workers/api';
import { newJobId } from '../../core/shared/ids';
import { logger } from '../../core/shared/logger';
import type { Msg } from '../../core/shared/msg';
import type { Cell, CellId, ParameterSpec } from '../../core/notebook/cell-types';
import { publishedName } from '../../core/notebook/cell-types';
import { buildDependencyGraph } from '../../core/notebook/dependency-graph';
import {
  changeCellType,
  checkCellName,
  createCell,
  deleteCell,
  duplicateCell,
  insertCell,
  moveCell,
  restoreCell,
  updateCell,
  updateMeta,
  type DeletedCell,
} from '../../core/notebook/notebook-edit';
import type { Notebook, NotebookMeta } from '../../core/notebook/notebook-types';
import { parseNotebook } from '../../core/notebook/parse-notebook';
import type { RunRequest } from '../../core/notebook/run-plan';
import { serializeNotebook } from '../../core/notebook/serialize-notebook';
import { staleCells } from '../../core/notebook/stale-cells';
import type { DatasetFingerprint } from '../../core/cells/cell-datasets';
import type { Autosave } from './autosave';
import { isChartReadyToRun } from './chart-auto-run';
import { NotebookRunQueue } from './notebook-run-queue';
import { initialNotebookState, markStale } from './notebook-runs';
import type { NotebookOrigin, NotebookState } from './notebook-state';

/** What the notebook store needs besides the kernel. */
export interface NotebookStoreOptions {
  /** The loaded files (for the audit log's fingerprints and the saved dataset bindings). */
  readonly datasets: () => readonly DatasetInfo[];
  /**
   * The knowledge layers in force as fingerprints, as the host last read them with its catalog
   * (`Catalog.knowledge`, re-read after every data change: an import, a removal, the demo, the workshop),
   * so a run asks the kernel nothing more; logged for the `kb_*` tables a cell reads, never saved as
   * dataset bindings.
   */
  readonly knowledge?: () => readonly DatasetFingerprint[];
  /** Called when cells created or dropped views (SQL completion should learn them). */
  readonly onSchemaChange?: () => void;
  readonly autosave?: Autosave;
}

/** The cell types a user inserts from the toolbar or keyboard. */
export type InsertableCellType =
  'sql' | 'markdown' | 'chart' | 'parameter' | 'rule' | 'custom-rule' | 'model';

/**
 * The open notebook: its cells (edited through the pure `notebook-edit` operations), the dependency
 * graph, each cell's run, selection, dirty flag and autosave. Runs go to the kernel one at a time, in
 * dependency order; a failed cell stops the cells that read it. Components read `state` and re-render
 * on `change`.
 */
export class NotebookStore extends EventTarget {
  #state: NotebookState;
  #deleted: DeletedCell[] = [];
  readonly #runs: NotebookRunQueue;

  constructor(
    readonly kernel: KernelApi,
    private readonly options: NotebookStoreOptions,
    notebook: Notebook,
  ) {
    super();
    this.#state = initialNotebookState(notebook, { fileName: undefined, origin: 'new', problems: [] });
    this.#runs = new NotebookRunQueue(kernel, options, {
      state: () => this.#state,
      set: (patch) => this.#set(patch),
      autosave: () => this.#autosave(),
    });
  }

  /**
   * Rows of a result kept in the kernel (`source`: a cell's view or a table), for the result table as
   * it scrolls: the page is not put in the state.
   */
  readonly loadPage = async (source: string, offset: number, limit: number): Promise<Result<ResultPage>> => {
    const page = await this.kernel.resultPage(source, offset, limit, newJobId());
    // The kernel drops kept results whenever data changes (workers/kernel/data-change.ts): a cell whose
    // result is gone is no longer done, even if no table it reads changed. It says so, and runs again.
    if (!page.ok && page.error.code === 'result.gone') this.#runs.resultGone(source);
    return page;
  };

  /** The current state (replaced, never mutated, on every change). */
  get state(): NotebookState {
    return this.#state;
  }

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: (state: NotebookState) => void): () => void {
    const handler = () => listener(this.#state);
    this.addEventListener('change', handler);
    return () => this.removeEventListener('change', handler);
  }

  /** The notebook as file text (method only: no data, no results). */
  serialize(): string {
    return serializeNotebook(this.#state.notebook);
  }

  // ── Opening ──────────────────────────────────────────────────────────────

  /** Opens notebook text (a file, a gallery entry, a restored autosave); problems are shown, the rest opens. */
  async open(
    text: string,
    fileName: string | undefined,
    origin: NotebookOrigin,
    isDirty = false,
  ): Promise<void> {
    const { notebook, problems } = parseNotebook(text);
    await this.#replace(notebook, { fileName, origin, problems, isDirty });
  }

  /** Replaces the open notebook (dropping the views its cells made). */
  async replace(notebook: Notebook, origin: NotebookOrigin): Promise<void> {
    await this.#replace(notebook, { fileName: undefined, origin, problems: [], isDirty: false });
  }

  /** Hides the "restored" and "replaced" notices. */
  dismissRestored(): void {
    this.#set({ restoredAt: undefined, replaced: undefined });
  }

  /** Reopens the notebook with unsaved changes that the current one replaced. */
  async reopenReplaced(): Promise<void> {
    const replaced = this.#state.replaced;
    if (replaced) await this.open(replaced.text, replaced.fileName, 'restored', true);
  }

  /** Marks the notebook as restored from browser storage at `savedAt`. */
  markRestored(savedAt: number): void {
    this.#set({ restoredAt: savedAt });
  }

  /** Records a successful save under `fileName`. */
  markSaved(fileName: string, notebook: Notebook = this.#state.notebook): void {
    this.#set({ fileName, isDirty: false, saveError: undefined, notebook });
    this.#autosave();
  }

  /** Shows (or, with undefined, hides) a notebook-wide warning. */
  setWarning(warning: Msg | undefined): void {
    if (this.#state.warning !== warning) this.#set({ warning });
  }

  /** Records a failed save. */
  markSaveFailed(error: AppError | undefined): void {
    this.#set({ saveError: error });
  }

  // ── Editing ──────────────────────────────────────────────────────────────

  /** Inserts a new cell next to `anchor` (default: the selected cell; at the end when none) and selects it. */
  insert(type: InsertableCellType, where: 'above' | 'below', anchor = this.#state.selectedId): Cell {
    const nb = this.#state.notebook;
    const at = anchor ? nb.cells.findIndex((c) => c.id === anchor) : -1;
    const index = at < 0 ? nb.cells.length : where === 'above' ? at : at + 1;
    const cell = createCell(nb, type, { index });
    this.#commit(insertCell(nb, index, cell), []);
    this.#set({ selectedId: cell.id });
    return cell;
  }

  /** Deletes a cell (undo with `undoDelete`); the selection moves to its neighbour. */
  delete(id: CellId): void {
    const nb = this.#state.notebook;
    const index = nb.cells.findIndex((c) => c.id === id);
    if (index < 0) return;
    const { notebook, deleted } = deleteCell(nb, id);
    this.#deleted.push(deleted);
    const name = publishedName(deleted.cell);
    if (name && deleted.cell.type === 'sql') void this.#dropViews([name]);
    const dependents = staleCells(this.#state.graph, id);
    const neighbour = notebook.cells[Math.min(index, notebook.cells.length - 1)]?.id;
    const runs = new Map(this.#state.runs);
    runs.delete(id);
    this.#set({ runs, selectedId: neighbour, deletedCount: this.#deleted.length });
    this.#commit(notebook, dependents);
  }

  /** Brings back the most recently deleted cell where it was. */
  undoDelete(): void {
    const deleted = this.#deleted.pop();
    if (!deleted) return;
    this.#commit(restoreCell(this.#state.notebook, deleted), [deleted.cell.id]);
    this.#set({ selectedId: deleted.cell.id, deletedCount: this.#deleted.length });
  }

  /** Moves a cell up (-1) or down (+1). */
  move(id: CellId, delta: number): void {
    this.#commit(moveCell(this.#state.notebook, id, delta), []);
  }

  /** Inserts a copy of a cell after it (new id, and a new name for SQL and parameter cells). */
  duplicate(id: CellId): void {
    const nb = duplicateCell(this.#state.notebook, id);
    const index = nb.cells.findIndex((c) => c.id === id);
    this.#commit(nb, []);
    this.#set({ selectedId: nb.cells[index + 1]?.id });
  }

  /** Turns a cell into Markdown (M) or SQL (Y), keeping its text. */
  changeType(id: CellId, type: 'markdown' | 'sql'): void {
    const before = this.#cell(id);
    if (!before || before.type === type) return;
    const name = publishedName(before);
    if (name && before.type === 'sql') void this.#dropViews([name]);
    this.#commit(changeCellType(this.#state.notebook, id, type), [id]);
  }

  /** Replaces a cell's text. */
  setSource(id: CellId, source: string): void {
    if (this.#cell(id)?.source === source) return;
    this.#commit(updateCell(this.#state.notebook, id, { source }), [id]);
    this.#autoRunChart(id);
  }

  /** Renames a SQL or parameter cell (its old view is dropped); returns why not when the name is refused. */
  rename(id: CellId, name: string): Msg | undefined {
    const before = this.#cell(id);
    if (!before || publishedName(before) === name) return undefined;
    const refused = checkCellName(this.#state.notebook, id, name);
    if (refused) return refused;
    if (before.type === 'sql') void this.#dropViews([before.name]);
    this.#commit(updateCell(this.#state.notebook, id, { name }), [id]);
    return undefined;
  }

  /** Points a chart cell at another SQL cell's result. */
  setFrom(id: CellId, from: string): void {
    this.#commit(updateCell(this.#state.notebook, id, { from }), [id]);
    this.#autoRunChart(id);
  }

  /** Points a Model cell at another library model (its parameter values stay for the user to keep or remove). */
  setModel(id: CellId, model: string): void {
    if (this.#cell(id)?.type !== 'model') return;
    this.#commit(updateCell(this.#state.notebook, id, { model }), [id]);
  }

  /** With auto-run, a chart whose spec just became complete (or changed) is drawn from the kept result. */
  #autoRunChart(id: CellId): void {
    if (this.#state.isAutoRun && isChartReadyToRun(this.#state, id)) void this.run({ kind: 'one', id });
  }

  /**
   * Changes a parameter's value: the cells that use it go stale and, with auto-run, run again
   * (resolves when they have).
   */
  setParameter(id: CellId, spec: ParameterSpec): Promise<void> {
    this.#commit(updateCell(this.#state.notebook, id, { spec }), [id]);
    return this.#state.isAutoRun ? this.run({ kind: 'dependents', id }) : Promise.resolve();
  }

  /**
   * The data under the notebook changed (`tables` were loaded, removed, remapped, unmapped or
   * regenerated): every cell that reads one of them, and every cell reading those, goes stale; with
   * auto-run they run again, in dependency order (resolves when they have). Cells reading none of them
   * keep their results.
   */
  dataChanged(tables: readonly string[]): Promise<void> {
    return this.#runs.dataChanged(tables);
  }

  /** Changes the title, author, description or language. */
  setMeta(patch: Partial<Pick<NotebookMeta, 'title' | 'author' | 'description' | 'language'>>): void {
    this.#commit(updateMeta(this.#state.notebook, patch), []);
  }

  /** Selects a cell (command mode acts on it). */
  select(id: CellId | undefined): void {
    if (this.#state.selectedId !== id) this.#set({ selectedId: id });
  }

  /** Selects the cell `delta` places away from the selected one; returns the new selection. */
  selectNext(delta: number): CellId | undefined {
    const cells = this.#state.notebook.cells;
    const at = cells.findIndex((c) => c.id === this.#state.selectedId);
    const next = cells[Math.max(0, Math.min(cells.length - 1, at + delta))]?.id;
    this.select(next);
    return next;
  }

  /** Collapses or expands a cell. */
  toggleCollapsed(id: CellId): void {
    const collapsed = new Set(this.#state.collapsed);
    if (!collapsed.delete(id)) collapsed.add(id);
    this.#set({ collapsed });
  }

  /** Turns auto-run on or off. */
  setAutoRun(isAutoRun: boolean): void {
    this.#set({ isAutoRun });
  }

  // ── Running ──────────────────────────────────────────────────────────────

  /**
   * Queues cells to run: one cell, all, from a cell down, or a cell's dependents. Cells that cannot run
   * (cycles, unknown references) show why. Resolves when the queue is empty.
   */
  run(mode: RunRequest): Promise<void> {
    return this.#runs.run(mode);
  }

  /** Cancels the running cell and empties the queue. */
  cancel(): Promise<void> {
    return this.#runs.cancel();
  }

  // ── Internals ────────────────────────────────────────────────────────────

  #cell(id: CellId): Cell | undefined {
    return this.#state.notebook.cells.find((c) => c.id === id);
  }

  /** Applies an edit: new graph, `changed` cells and everything reading them go stale, autosave. */
  #commit(notebook: Notebook, changed: readonly CellId[]): void {
    const graph = buildDependencyGraph(notebook.cells);
    const runs = markStale(this.#state.runs, graph, changed);
    this.#set({ notebook, graph, runs, isDirty: true });
    this.#autosave();
  }

  async #replace(
    notebook: Notebook,
    init: {
      fileName: string | undefined;
      origin: NotebookOrigin;
      problems: NotebookState['problems'];
      isDirty: boolean;
    },
  ): Promise<void> {
    await this.cancel();
    const previous = this.#state;
    const replaced = previous.isDirty ? { text: this.serialize(), fileName: previous.fileName } : undefined;
    const views = this.#state.notebook.cells.flatMap((c) => (c.type === 'sql' ? [c.name] : []));
    await this.#dropViews(views);
    this.#deleted = [];
    this.#state = {
      ...initialNotebookState(notebook, init),
      isAutoRun: previous.isAutoRun,
      isDirty: init.isDirty,
      replaced,
    };
    this.dispatchEvent(new Event('change'));
    this.#autosave();
  }

  async #dropViews(names: readonly string[]): Promise<void> {
    try {
      await this.kernel.dropCellViews(names);
      this.options.onSchemaChange?.();
    } catch (e) {
      logger.warn('dropping cell views failed', e);
    }
  }

  #autosave(): void {
    this.options.autosave?.schedule({
      text: this.serialize(),
      ...(this.#state.fileName ? { fileName: this.#state.fileName } : {}),
      isDirty: this.#state.isDirty,
    });
  }

  #set(patch: Partial<NotebookState>): void {
    this.#state = { ...this.#state, ...patch };
    this.dispatchEvent(new Event('change'));
  }
}
