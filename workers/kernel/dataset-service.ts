import type {
  CanonicalTable,
  DatasetInfo,
  KernelApi,
  LoadOptions,
  ProgressCallback,
  Result,
  TableMapping,
  ValidationReport,
} from '../api';
import type { EnginePort } from '../engine/engine-port';
import { CLAIMS_DIR } from '../engine/engine-settings';
import { quoteIdent } from '../engine/sql-quote';
import type { ByteSink } from '../loaders/load-file';
import { loadFile } from '../loaders/load-file';
import type { ParquetApi } from '../loaders/parquet-api';
import { rawTableName } from '../loaders/table-name';
import { proposeMapping } from '../mapping/propose-mapping';
import { sampleColumns } from '../mapping/sample-columns';
import type { KnowledgeBase } from '../knowledge/knowledge-base';
import { fail, ok, toAppError, type AppError } from '../../core/shared/errors';
import type { DatasetId, JobId } from '../../core/shared/ids';
import { msg } from '../../core/shared/msg';
import type { DatasetRegistry } from './dataset-registry';
import { keepDemoApart, removeDemoApart } from './demo-apart';
import { takeDemoOut } from './demo-out';
import { CANCELLED, isAbort } from './engine-errors';
import { generatedParts, loadHiddenAnswers, type GeneratedFile } from './generated-parts';
import type { Jobs } from './jobs';
import { openFile } from './open-file';

/** What the dataset service needs from the kernel. */
export interface DatasetServiceDeps {
  readonly engine: () => Promise<EnginePort>;
  readonly jobs: Jobs;
  readonly registry: DatasetRegistry;
  readonly knowledge: () => Promise<KnowledgeBase>;
  readonly parquet: () => Promise<ParquetApi>;
  readonly createSink: (name: string) => Promise<ByteSink>;
  /** The embedded demo's generated files (generated once, while the engine starts). */
  readonly demoFiles: () => readonly { name: string; text: string }[];
  /** Rebuilds a canonical table from the mappings in force (kernel.ts). */
  readonly rebuild: (target: CanonicalTable, signal?: AbortSignal) => Promise<ValidationReport | undefined>;
  /** Applies a mapping (kernel.ts `applyMapping`). */
  readonly apply: (
    mapping: TableMapping,
    jobId: JobId,
    onProgress?: ProgressCallback,
  ) => Promise<Result<ValidationReport>>;
}

type DatasetMethods = Pick<
  KernelApi,
  | 'loadFile'
  | 'openFile'
  | 'loadDemo'
  | 'removeDataset'
  | 'unmapDataset'
  | 'keepDemoApart'
  | 'removeDemoApart'
>;

/** The dataset service: its kernel methods, and the loads the workshop service replaces data with. */
export interface DatasetService extends DatasetMethods {
  /** Loads generated files as datasets (format `demo`, the given origin) and maps each as proposed. */
  loadMapped(
    files: readonly GeneratedFile[],
    jobId: JobId,
    onProgress: (file: string, p: Parameters<ProgressCallback>[0]) => void,
    origin: 'demo' | 'workshop',
  ): Promise<Result<DatasetInfo[]>>;
}

/**
 * The kernel's datasets: loading and opening files, the demo (loaded, taken out when the user's first
 * data file arrives, kept apart in schema `demo` on request), removing datasets and undoing mappings.
 */
export function createDatasetService(deps: DatasetServiceDeps): DatasetService {
  const { registry, jobs, engine } = deps;
  const failure = (e: unknown, fallback: Omit<AppError, 'detail'>): AppError =>
    isAbort(e) ? CANCELLED : toAppError(e, fallback);
  const demoBlobs = (): GeneratedFile[] =>
    deps.demoFiles().map((d) => ({ name: d.name, blob: new Blob([d.text], { type: 'text/csv' }) }));

  async function load(
    file: Blob,
    fileName: string,
    options: LoadOptions,
    onProgress?: ProgressCallback,
    origin: NonNullable<DatasetInfo['origin']> = 'user',
  ): Promise<Result<DatasetInfo>> {
    const eng = await engine();
    const started = performance.now();
    const table = rawTableName(fileName, registry.tableNames());
    return jobs.run(options.jobId, async (signal) => {
      const loaded = await loadFile(eng, file, fileName, table, {
        ...options,
        signal,
        onProgress,
        createSink: deps.createSink,
        parquet: deps.parquet,
      });
      if (!loaded.ok) return loaded;
      const info: DatasetInfo = {
        ...loaded.value,
        id: registry.newId(),
        fileName,
        fileSize: file.size,
        loadMs: performance.now() - started,
        origin,
      };
      registry.add(info);
      return ok(info);
    });
  }

  async function loadUserFile(file: File, options: LoadOptions, onProgress?: ProgressCallback) {
    try {
      return await load(file, file.name, options, onProgress);
    } catch (e) {
      const fallback = { kind: 'load', code: 'load.failed', file: file.name } as const;
      return fail<never>(failure(e, { ...fallback, message: loadFailed(file.name, e) }));
    }
  }

  /** Drops a dataset's raw table and registered file, and rebuilds the canonical tables it fed. */
  async function removeDataset(id: DatasetId): Promise<Result<void>> {
    const info = registry.remove(id);
    if (!info) return ok(undefined);
    try {
      const eng = await engine();
      await eng.exec(`DROP TABLE IF EXISTS ${quoteIdent(info.table)}`);
      await eng.dropFile(`${CLAIMS_DIR}${info.table}`).catch(() => undefined);
      for (const target of fedTables(info.mapping)) await deps.rebuild(target);
      return ok(undefined);
    } catch (e) {
      return fail(toAppError(e));
    }
  }

  async function loadMapped(
    files: readonly GeneratedFile[],
    jobId: JobId,
    onProgress: (file: string, p: Parameters<ProgressCallback>[0]) => void,
    origin: 'demo' | 'workshop',
  ): Promise<Result<DatasetInfo[]>> {
    const loaded: DatasetInfo[] = [];
    for (const file of files) {
      const onFile = (p: Parameters<ProgressCallback>[0]) => onProgress(file.name, p);
      const result = await load(file.blob, file.name, { jobId }, onFile, origin);
      if (!result.ok) return result;
      const info: DatasetInfo = { ...result.value, format: 'demo' };
      registry.add(info);
      loaded.push(info);
    }
    const eng = await engine();
    for (const info of loaded) {
      const samples = await sampleColumns(eng, info.table, info.columns);
      const proposal = proposeMapping(info.table, info.columns, samples);
      const applied = await deps.apply(proposal.mapping, jobId, (p) => onProgress(info.fileName, p));
      if (!applied.ok) return applied;
    }
    const ids = new Set(loaded.map((d) => d.id));
    return ok(registry.list().filter((d) => ids.has(d.id)));
  }

  return {
    loadMapped,
    removeDataset,
    loadFile: loadUserFile,

    async openFile(file: File, options: LoadOptions, onProgress?: ProgressCallback) {
      try {
        return await openFile(
          {
            knowledge: deps.knowledge,
            load: loadUserFile,
            takeDemoOut: async () =>
              takeDemoOut({
                datasets: () => registry.list(),
                removeDataset,
                knowledge: deps.knowledge,
                kernelSql: async () => (await engine()).kernelSql,
              }),
          },
          file,
          options,
          onProgress,
        );
      } catch (e) {
        const fallback = { kind: 'load', code: 'load.failed', file: file.name } as const;
        return fail(failure(e, { ...fallback, message: loadFailed(file.name, e) }));
      }
    },

    async loadDemo(jobId: JobId, onProgress?: ProgressCallback) {
      try {
        // The demo is a small workshop dataset: its kb_* files are the knowledge base's demo layer, its
        // answer key is kept hidden (the workshop panel scores against it), the rest is data.
        const parts = await generatedParts(demoBlobs());
        await (await deps.knowledge()).setDemo(parts.knowledge);
        const loaded = await loadMapped(parts.data, jobId, (_, p) => onProgress?.(p), 'demo');
        if (loaded.ok && parts.answers) await loadHiddenAnswers(await engine(), parts.answers);
        return loaded.ok ? ok(registry.list().filter((d) => d.origin === 'demo')) : loaded;
      } catch (e) {
        return fail(failure(e, { kind: 'load', code: 'demo.failed', message: loadFailed('demo', e) }));
      }
    },

    async unmapDataset(id: DatasetId) {
      const info = registry.get(id);
      if (!info) return fail(unknownDataset(id));
      if (!info.mapping) return ok(undefined);
      try {
        registry.setMapping(info.table, undefined);
        for (const target of fedTables(info.mapping)) await deps.rebuild(target);
        return ok(undefined);
      } catch (e) {
        return fail(toAppError(e, { kind: 'mapping', code: 'mapping.failed', message: unmapFailed(e) }));
      }
    },

    async keepDemoApart(jobId: JobId) {
      try {
        const eng = await engine();
        const { data } = await generatedParts(demoBlobs());
        const tables = await jobs.run(jobId, (signal) =>
          keepDemoApart(eng, data, { signal, createSink: deps.createSink, parquet: deps.parquet }),
        );
        return ok({ tables });
      } catch (e) {
        return fail(failure(e, { kind: 'load', code: 'demo.failed', message: loadFailed('demo', e) }));
      }
    },

    async removeDemoApart() {
      return removeDemoApart(await engine());
    },
  };
}

/** The canonical tables a mapping feeds: its target and any table derived from the same file. */
function fedTables(mapping: TableMapping | undefined): CanonicalTable[] {
  if (!mapping) return [];
  return [...new Set([mapping.target, ...(mapping.also ?? []).map((d) => d.target)])];
}

const detailOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

const loadFailed = (file: string, e: unknown) =>
  msg(`加载“${file}”失败：${detailOf(e)}`, `Loading "${file}" failed: ${detailOf(e)}`);

const unmapFailed = (e: unknown) =>
  msg(`撤销列映射失败：${detailOf(e)}`, `Undoing the column mapping failed: ${detailOf(e)}`);

/** The error for a dataset id the kernel does not know. */
export const unknownDataset = (id: DatasetId): AppError => ({
  kind: 'internal',
  code: 'dataset.unknown',
  message: msg(`未知的数据集：${id}`, `Unknown dataset: ${id}`),
});
