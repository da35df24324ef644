import type {
  AppError,
  DatasetId,
  DatasetInfo,
  JobId,
  KernelApi,
  KnowledgeImportReport,
  Progress,
  Result,
  TableMapping,
} from '../../workers/api';
import { CANONICAL_TABLES } from '../../workers/api';
import { KNOWLEDGE_TABLES } from '../../core/knowledge/kb-types';
import { fail, toAppError } from '../../core/shared/errors';
import { newJobId } from '../../core/shared/ids';
import { logger } from '../../core/shared/logger';
import { msg } from '../../core/shared/msg';
import { columnSamples } from './column-samples';
import { INITIAL_STATE, type AppState, type LoadJob, type MappingSession } from './app-state';
import { unsupportedFileError } from './supported-files';

/**
 * The shell's state and the actions that change it by calling the kernel. Components read `state` and
 * re-render on `change`; they never call the kernel for loads and mappings themselves. Every kernel
 * failure ends up as an `AppError` in the state, never as an escaped exception.
 */
export class AppStore extends EventTarget {
  #state: AppState = INITIAL_STATE;
  /** Loads run one after another: the engine is single-threaded, and progress stays readable. */
  #loadChain: Promise<void> = Promise.resolve();
  readonly #dataListeners = new Set<(tables: readonly string[]) => void>();
  readonly #knowledgeListeners = new Set<(report: KnowledgeImportReport) => void>();

  constructor(readonly kernel: KernelApi) {
    super();
  }

  /** The current state (replaced, never mutated, on every change). */
  get state(): AppState {
    return this.#state;
  }

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: (state: AppState) => void): () => void {
    const handler = () => listener(this.#state);
    this.addEventListener('change', handler);
    return () => this.removeEventListener('change', handler);
  }

  /**
   * Calls `listener` with the tables whose data changed (loaded, removed, remapped, unmapped,
   * regenerated): the notebook marks the cells reading them stale. Returns the unsubscribe function.
   */
  onDataChange(listener: (tables: readonly string[]) => void): () => void {
    this.#dataListeners.add(listener);
    return () => this.#dataListeners.delete(listener);
  }

  /** Calls `listener` with the report of a knowledge file that was opened like a data file. */
  onKnowledgeImported(listener: (report: KnowledgeImportReport) => void): () => void {
    this.#knowledgeListeners.add(listener);
    return () => this.#knowledgeListeners.delete(listener);
  }

  /** Says that `tables` changed (or, without tables, all data: a workshop dataset replaced it). */
  dataChanged(tables: readonly string[] = this.#allDataTables()): void {
    for (const listener of this.#dataListeners) listener(tables);
  }

  /** Starts the engine, then loads the demo data. Resolves when both are done (or failed). */
  async start(): Promise<void> {
    const init = await call(() => this.kernel.init());
    if (!init.ok) {
      this.#set({ engine: { state: 'failed', error: init.error } });
      return;
    }
    this.#set({ engine: { state: 'ready', info: init.value } });
    await this.loadDemo();
  }

  /** Records that the kernel worker itself died: nothing it had will answer again. */
  engineCrashed(detail: string): void {
    this.#set({
      engine: {
        state: 'failed',
        error: {
          kind: 'engine',
          code: 'engine.crashed',
          message: msg(
            `分析引擎意外停止：${detail}。请刷新页面后重新加载文件。`,
            `The analysis engine stopped unexpectedly: ${detail}. Reload the page and load the files again.`,
          ),
          detail,
        },
      },
    });
  }

  /** Loads the demo dataset (already mapped to the canonical tables). */
  async loadDemo(): Promise<void> {
    const job: LoadJob = { jobId: newJobId(), kind: 'demo', fileName: '', fileSize: 0, status: 'running' };
    this.#set({ demo: 'loading', loads: [...this.#state.loads, job] });
    const result = await call(() => this.kernel.loadDemo(job.jobId, (p) => this.#progress(job.jobId, p)));
    await this.refresh();
    this.dataChanged();
    if (result.ok || result.error.kind === 'cancelled') {
      this.#removeLoad(job.jobId);
      this.#set({ demo: result.ok ? 'loaded' : 'idle' });
    } else {
      this.#updateLoad(job.jobId, { status: 'failed', error: result.error });
      this.#set({ demo: 'failed' });
    }
  }

  /** Queues files for loading; each success opens the mapping editor with a proposal. */
  loadFiles(files: readonly File[]): Promise<void> {
    const jobs: [LoadJob, File][] = files.map((file) => {
      const error = unsupportedFileError(file.name);
      const job: LoadJob = {
        jobId: newJobId(),
        kind: 'file',
        fileName: file.name,
        fileSize: file.size,
        status: error ? 'failed' : 'queued',
        ...(error ? { error } : {}),
      };
      return [job, file];
    });
    this.#set({ loads: [...this.#state.loads, ...jobs.map(([job]) => job)] });
    for (const [job, file] of jobs) {
      if (job.status === 'queued')
        this.#loadChain = this.#loadChain.then(() => this.#loadOne(job.jobId, file));
    }
    return this.#loadChain;
  }

  /** Cancels a queued or running load. */
  async cancelLoad(jobId: JobId): Promise<void> {
    const job = this.#state.loads.find((j) => j.jobId === jobId);
    if (!job) return;
    if (job.status === 'queued') {
      this.#removeLoad(jobId);
      return;
    }
    await call(() =>
      this.kernel.cancel(jobId).then((cancelled) => ({ ok: true as const, value: cancelled })),
    );
  }

  /** Removes a failed load's message. */
  dismissLoad(jobId: JobId): void {
    this.#removeLoad(jobId);
  }

  /** Drops a loaded dataset, the demo's too (and rebuilds the canonical tables it fed). */
  async removeDataset(id: DatasetId): Promise<AppError | undefined> {
    const dataset = this.#state.datasets.find((d) => d.id === id);
    const result = await call(() => this.kernel.removeDataset(id));
    await this.refresh();
    if (dataset) this.dataChanged([dataset.table, ...fedTables(dataset)]);
    if (!this.#state.datasets.some((d) => d.format === 'demo') && this.#state.demo === 'loaded')
      this.#set({ demo: 'removed' });
    return result.ok ? undefined : result.error;
  }

  /** Undoes a dataset's mapping: the canonical tables it fed are rebuilt without it; its raw table stays. */
  async unmapDataset(id: DatasetId): Promise<AppError | undefined> {
    const dataset = this.#state.datasets.find((d) => d.id === id);
    const result = await call(() => this.kernel.unmapDataset(id));
    await this.refresh();
    if (dataset) this.dataChanged(fedTables(dataset));
    return result.ok ? undefined : result.error;
  }

  /** Hides the notice that the demo was taken out. */
  dismissDemoNotice(): void {
    this.#set({ demoNotice: false });
  }

  /** Brings the demo back as separate tables in schema `demo` (never into the user's tables). */
  async keepDemoApart(): Promise<void> {
    if (this.#state.demoApart.status === 'working') return;
    const jobId = newJobId();
    this.#set({ demoApart: { status: 'working', jobId }, demoNotice: false });
    const result = await call(() => this.kernel.keepDemoApart(jobId));
    this.#set({
      demoApart: result.ok
        ? { status: 'kept', tables: result.value.tables }
        : result.error.kind === 'cancelled'
          ? { status: 'none' }
          : { status: 'failed', error: result.error },
    });
    this.dataChanged(['demo']);
  }

  /** Drops the separate demo tables. */
  async removeDemoApart(): Promise<void> {
    await call(() => this.kernel.removeDemoApart().then((value) => ({ ok: true as const, value })));
    this.#set({ demoApart: { status: 'none' } });
    this.dataChanged(['demo']);
  }

  /** Opens the mapping editor for a dataset (asking the kernel for a proposal first). */
  async openMapping(datasetId: DatasetId): Promise<void> {
    const current = this.#state.mapping;
    if (current && current.status === 'applying') {
      this.#set({ pendingMappings: [...this.#state.pendingMappings, datasetId] });
      return;
    }
    this.#set({ mapping: { datasetId, status: 'proposing' } });
    const dataset = this.#state.datasets.find((d) => d.id === datasetId);
    const [result, samples] = await Promise.all([
      call(() => this.kernel.proposeMapping(datasetId)),
      dataset ? columnSamples(this.kernel, dataset.table, dataset.columns).catch(() => ({})) : {},
    ]);
    if (this.#state.mapping?.datasetId !== datasetId) return;
    this.#setMapping(
      result.ok
        ? { status: 'editing', proposal: result.value, samples }
        : { status: 'editing', error: result.error, samples },
    );
  }

  /** Applies a mapping: builds the canonical table and shows its validation report. */
  async applyMapping(mapping: TableMapping): Promise<void> {
    const session = this.#state.mapping;
    if (!session || session.status === 'applying') return;
    const jobId = newJobId();
    this.#setMapping({ status: 'applying', jobId, progress: undefined, error: undefined, report: undefined });
    const before = this.#state.datasets.find((d) => d.table === mapping.source);
    const changed = [...fedTables(before), ...fedTables({ mapping })];
    const result = await call(() =>
      this.kernel.applyMapping(mapping, jobId, (progress) => {
        if (this.#state.mapping?.jobId === jobId) this.#setMapping({ progress });
      }),
    );
    await this.refresh();
    this.dataChanged([...new Set(changed)]);
    if (this.#state.mapping?.jobId !== jobId) return;
    if (result.ok) this.#setMapping({ status: 'applied', report: result.value, jobId: undefined });
    else if (result.error.kind === 'cancelled') this.#setMapping({ status: 'editing', jobId: undefined });
    else this.#setMapping({ status: 'editing', error: result.error, jobId: undefined });
  }

  /** Cancels the running apply. */
  async cancelMapping(): Promise<void> {
    const jobId = this.#state.mapping?.jobId;
    if (jobId) await call(() => this.kernel.cancel(jobId).then((value) => ({ ok: true as const, value })));
  }

  /** Closes the editor (cancelling a running apply) and opens the next waiting dataset, if any. */
  async closeMapping(): Promise<void> {
    await this.cancelMapping();
    const [next, ...rest] = this.#state.pendingMappings;
    this.#set({ mapping: undefined, pendingMappings: rest });
    if (next) await this.openMapping(next);
  }

  /** Re-reads datasets, validation reports, the schema and the knowledge fingerprints, in one call. */
  async refresh(): Promise<void> {
    try {
      const { datasets, reports, schema, knowledge } = await this.kernel.catalog();
      const previous = this.#state;
      // Unchanged parts keep their identity, so views that depend on them (SQL completion) stay put.
      this.#set({
        datasets: sameJson(previous.datasets, datasets) ? previous.datasets : datasets,
        reports: sameJson(previous.reports, reports) ? previous.reports : reports,
        schema: sameJson(previous.schema, schema) ? previous.schema : schema,
        knowledge: sameJson(previous.knowledge, knowledge) ? previous.knowledge : knowledge,
      });
    } catch (e) {
      logger.warn('refresh failed', e);
    }
  }

  async #loadOne(jobId: JobId, file: File): Promise<void> {
    if (!this.#state.loads.some((j) => j.jobId === jobId)) return; // cancelled while queued
    this.#updateLoad(jobId, { status: 'running' });
    const before = this.#allDataTables();
    const result = await call(() => this.kernel.openFile(file, { jobId }, (p) => this.#progress(jobId, p)));
    if (!result.ok) {
      if (result.error.kind === 'cancelled') this.#removeLoad(jobId);
      else this.#updateLoad(jobId, { status: 'failed', error: { file: file.name, ...result.error } });
      return;
    }
    this.#removeLoad(jobId);
    await this.refresh();
    const outcome = result.value;
    if (outcome.kind === 'knowledge') {
      for (const listener of this.#knowledgeListeners) listener(outcome.report);
      this.dataChanged(KNOWLEDGE_TABLES);
      return;
    }
    if (outcome.demoRemoved) {
      this.#set({ demo: 'removed', demoNotice: true });
      this.dataChanged([...new Set([...before, ...this.#allDataTables()])]);
    } else this.dataChanged([outcome.dataset.table]);
    const busy = this.#state.mapping;
    if (busy) this.#set({ pendingMappings: [...this.#state.pendingMappings, outcome.dataset.id] });
    else void this.openMapping(outcome.dataset.id);
  }

  /** Every table data lives in: canonical, knowledge, the answer key, and each loaded file's raw table. */
  #allDataTables(): string[] {
    return [...CANONICAL_TABLES, ...KNOWLEDGE_TABLES, 'answers', ...this.#state.datasets.map((d) => d.table)];
  }

  #progress(jobId: JobId, progress: Progress): void {
    this.#updateLoad(jobId, { progress });
  }

  #updateLoad(jobId: JobId, patch: Partial<LoadJob>): void {
    this.#set({ loads: this.#state.loads.map((j) => (j.jobId === jobId ? { ...j, ...patch } : j)) });
  }

  #removeLoad(jobId: JobId): void {
    this.#set({ loads: this.#state.loads.filter((j) => j.jobId !== jobId) });
  }

  #setMapping(patch: Partial<MappingSession>): void {
    const current = this.#state.mapping;
    if (current) this.#set({ mapping: { ...current, ...patch } });
  }

  #set(patch: Partial<AppState>): void {
    this.#state = { ...this.#state, ...patch };
    this.dispatchEvent(new Event('change'));
  }
}

/** Runs a kernel call; a rejected promise (worker gone, clone error) becomes a failed Result. */
async function call<T>(run: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await run();
  } catch (e) {
    logger.error('kernel call failed', e);
    return fail(toAppError(e));
  }
}

/** The canonical tables a dataset's mapping feeds (its target and any table derived from the file). */
function fedTables(dataset: Pick<DatasetInfo, 'mapping'> | undefined): string[] {
  const mapping = dataset?.mapping;
  return mapping ? [mapping.target, ...(mapping.also ?? []).map((d) => d.target)] : [];
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
