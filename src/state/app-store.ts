import type {
  AppError,
  DatasetId,
  JobId,
  KernelApi,
  Progress,
  Result,
  TableMapping,
} from '../../workers/api';
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

  /** Drops a loaded dataset (and rebuilds the canonical table it fed). */
  async removeDataset(id: DatasetId): Promise<AppError | undefined> {
    const result = await call(() => this.kernel.removeDataset(id));
    await this.refresh();
    return result.ok ? undefined : result.error;
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
    const result = await call(() =>
      this.kernel.applyMapping(mapping, jobId, (progress) => {
        if (this.#state.mapping?.jobId === jobId) this.#setMapping({ progress });
      }),
    );
    await this.refresh();
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

  /** Re-reads datasets, validation reports and the schema from the kernel, in one call. */
  async refresh(): Promise<void> {
    try {
      const { datasets, reports, schema } = await this.kernel.catalog();
      const previous = this.#state;
      // Unchanged parts keep their identity, so views that depend on them (SQL completion) stay put.
      this.#set({
        datasets: sameJson(previous.datasets, datasets) ? previous.datasets : datasets,
        reports: sameJson(previous.reports, reports) ? previous.reports : reports,
        schema: sameJson(previous.schema, schema) ? previous.schema : schema,
      });
    } catch (e) {
      logger.warn('refresh failed', e);
    }
  }

  async #loadOne(jobId: JobId, file: File): Promise<void> {
    if (!this.#state.loads.some((j) => j.jobId === jobId)) return; // cancelled while queued
    this.#updateLoad(jobId, { status: 'running' });
    const result = await call(() => this.kernel.loadFile(file, { jobId }, (p) => this.#progress(jobId, p)));
    if (!result.ok) {
      if (result.error.kind === 'cancelled') this.#removeLoad(jobId);
      else this.#updateLoad(jobId, { status: 'failed', error: { file: file.name, ...result.error } });
      return;
    }
    this.#removeLoad(jobId);
    await this.refresh();
    const busy = this.#state.mapping;
    if (busy) this.#set({ pendingMappings: [...this.#state.pendingMappings, result.value.id] });
    else void this.openMapping(result.value.id);
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

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
