import type { KernelApi } from '../../workers/api';
import { toAppError } from '../../core/shared/errors';
import { logger } from '../../core/shared/logger';
import { appendAuditEntry } from '../../core/notebook/audit-log';
import type { Cell, CellId } from '../../core/notebook/cell-types';
import { cellsReadingTables } from '../../core/notebook/data-readers';
import { planRun, type RunRequest } from '../../core/notebook/run-plan';
import { staleCells } from '../../core/notebook/stale-cells';
import { runNotebookCell } from './cell-runner';
import { isChartReadyToRun } from './chart-auto-run';
import { markStale, upstreamFailure } from './notebook-runs';
import { IDLE_RUN, type CellRun, type NotebookState } from './notebook-state';
import type { NotebookStoreOptions } from './notebook-store';

/** What the run queue reads and changes of its notebook store. */
export interface NotebookRunQueueHost {
  /** The store's current state. */
  readonly state: () => NotebookState;
  /** Patches the store's state (its listeners hear of it). */
  readonly set: (patch: Partial<NotebookState>) => void;
  /** Schedules an autosave of the notebook (after a run's log entry). */
  readonly autosave: () => void;
}

/**
 * The notebook store's runs: cells go to the kernel one at a time, in dependency order; a failed cell
 * stops the cells that read it; with auto-run, a done SQL or Rule cell queues its stale readers (and
 * charts completed before it first ran). Each run's outcome and audit-log entry go into the store's
 * state through its host.
 */
export class NotebookRunQueue {
  /** Runs wait for each other: the engine is single-threaded and results must land in graph order. */
  #queue: CellId[] = [];
  #drainPromise: Promise<void> | undefined;
  #runningId: CellId | undefined;

  constructor(
    readonly kernel: KernelApi,
    private readonly options: NotebookStoreOptions,
    private readonly host: NotebookRunQueueHost,
  ) {}

  /** Marks the cells reading `tables` (and their readers) stale; with auto-run, runs them again (`NotebookStore.dataChanged`). */
  dataChanged(tables: readonly string[]): Promise<void> {
    const before = this.#state.runs;
    const runs = markStale(before, this.#state.graph, cellsReadingTables(this.#state.notebook.cells, tables));
    const madeStale = new Set([...runs].filter(([id, r]) => r !== before.get(id)).map(([id]) => id));
    if (madeStale.size === 0) return Promise.resolve();
    this.#set({ runs });
    if (!this.#state.isAutoRun) return Promise.resolve();
    const order = this.#state.graph.order.filter((id) => madeStale.has(id));
    return Promise.all(order.map((id) => this.run({ kind: 'one', id }))).then(() => undefined);
  }

  /** Queues cells to run (`NotebookStore.run`); resolves when the queue is empty. */
  run(mode: RunRequest): Promise<void> {
    const plan = planRun(this.#state.notebook, this.#state.graph, mode);
    const runs = new Map(this.#state.runs);
    for (const { id, reason } of plan.blocked)
      runs.set(id, { ...(runs.get(id) ?? IDLE_RUN), status: 'error', blocked: reason, error: undefined });
    for (const id of plan.run) {
      if (this.#queue.includes(id) || this.#runningId === id) continue;
      this.#queue.push(id);
      runs.set(id, { ...(runs.get(id) ?? IDLE_RUN), status: 'queued', blocked: undefined });
    }
    this.#set({ runs });
    return this.#drain();
  }

  /** Cancels the running cell and empties the queue. */
  async cancel(): Promise<void> {
    const queued = this.#queue.splice(0);
    const runs = new Map(this.#state.runs);
    for (const id of queued)
      runs.set(id, { ...(runs.get(id) ?? IDLE_RUN), status: runs.get(id)?.result ? 'stale' : 'idle' });
    this.#set({ runs });
    const jobId = this.#runningId ? this.#state.runs.get(this.#runningId)?.jobId : undefined;
    if (jobId) await this.kernel.cancel(jobId).catch(() => false);
  }

  /** Runs the queue; while it runs, further calls share its promise (resolved when the queue is empty). */
  #drain(): Promise<void> {
    this.#drainPromise ??= this.#drainQueue();
    return this.#drainPromise;
  }

  async #drainQueue(): Promise<void> {
    // Starts after `#drainPromise` is set; it is cleared in the same step that finds the queue empty,
    // so a cell queued at any moment is either seen by this loop or starts a new one.
    await Promise.resolve();
    // Views and findings tables a run made: the schema is read once, when the queue is empty (run all
    // is one refresh, not one per cell).
    let madeTables = false;
    try {
      for (let id = this.#queue.shift(); id !== undefined; id = this.#queue.shift()) {
        const cell = this.#cell(id);
        if (!cell) continue;
        const upstreamFailed = upstreamFailure(this.#state, id);
        if (upstreamFailed) {
          this.#setRun(id, { status: 'error', error: upstreamFailed, blocked: undefined });
          continue;
        }
        this.#runningId = id;
        await this.#runOne(cell);
        this.#runningId = undefined;
        madeTables ||= cell.type === 'sql' || cell.type === 'rule' || cell.type === 'model';
        const outcome = this.#state.runs.get(id);
        if (
          outcome?.status === 'done' &&
          this.#state.isAutoRun &&
          (cell.type === 'sql' || cell.type === 'rule' || cell.type === 'model')
        ) {
          for (const dependent of staleCells(this.#state.graph, id)) {
            const status = this.#state.runs.get(dependent)?.status ?? 'idle';
            const isStale = status === 'stale';
            // A chart completed before its source first ran is drawn once the source has a result.
            const isNewChart = status === 'idle' && isChartReadyToRun(this.#state, dependent);
            if ((isStale || isNewChart) && !this.#queue.includes(dependent)) {
              this.#queue.push(dependent);
              this.#setRun(dependent, { status: 'queued' });
            }
          }
        }
      }
    } finally {
      this.#runningId = undefined;
      this.#drainPromise = undefined;
      if (madeTables) this.options.onSchemaChange?.();
    }
  }

  async #runOne(cell: Cell): Promise<void> {
    const startedAt = Date.now();
    try {
      const outcome = await runNotebookCell(this.kernel, this.#state.notebook, this.#state.graph, cell, {
        datasets: [...this.options.datasets(), ...(this.options.knowledge?.() ?? [])],
        onStart: (jobId) =>
          this.#setRun(cell.id, { status: 'running', jobId, startedAt, error: undefined, ruleProgress: [] }),
        onRuleProgress: (progress) => {
          const run = this.#state.runs.get(cell.id);
          const others = (run?.ruleProgress ?? []).filter((p) => p.ruleId !== progress.ruleId);
          this.#setRun(cell.id, { ruleProgress: [...others, progress] });
        },
      });
      this.#setRun(cell.id, {
        status: outcome.error ? 'error' : 'done',
        ...(outcome.result ? { result: outcome.result } : {}),
        ...(outcome.findings ? { findings: outcome.findings } : {}),
        ...(outcome.model ? { model: outcome.model } : {}),
        error: outcome.error,
        elapsedMs: Date.now() - startedAt,
        jobId: undefined,
      });
      if (outcome.entry && this.#cell(cell.id)) {
        // The log goes into the file at the next save; alone it does not count as an unsaved change.
        const notebook = appendAuditEntry(this.#state.notebook, outcome.entry);
        this.#set({ notebook });
        this.#autosave();
      }
    } catch (e) {
      logger.error('cell run failed', e);
      this.#setRun(cell.id, { status: 'error', error: toAppError(e), jobId: undefined });
    }
  }

  /** Marks the done SQL cell publishing `name` stale (its kept result is gone); runs it with auto-run. */
  resultGone(name: string): void {
    const cell = this.#state.notebook.cells.find(
      (c) => c.type === 'sql' && c.name.toLowerCase() === name.toLowerCase(),
    );
    if (!cell || this.#state.runs.get(cell.id)?.status !== 'done') return;
    this.#setRun(cell.id, { status: 'stale' });
    if (this.#state.isAutoRun) void this.run({ kind: 'one', id: cell.id });
  }

  get #state(): NotebookState {
    return this.host.state();
  }

  #set(patch: Partial<NotebookState>): void {
    this.host.set(patch);
  }

  #autosave(): void {
    this.host.autosave();
  }

  #cell(id: CellId): Cell | undefined {
    return this.#state.notebook.cells.find((c) => c.id === id);
  }

  #setRun(id: CellId, patch: Partial<CellRun>): void {
    const runs = new Map(this.#state.runs);
    runs.set(id, { ...(runs.get(id) ?? IDLE_RUN), ...patch });
    this.#set({ runs });
  }
}
