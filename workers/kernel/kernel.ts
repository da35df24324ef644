import type {
  Catalog,
  CanonicalTable,
  DatasetInfo,
  EngineInfo,
  CellRunRequest,
  KernelApi,
  LoadOptions,
  ProgressCallback,
  SchemaInfo,
  TableMapping,
} from '../api';
import type { EnginePort, StartEngine } from '../engine/engine-port';
import { CLAIMS_DIR } from '../engine/engine-settings';
import { quoteIdent } from '../engine/sql-quote';
import { generateDemoFiles } from '../generator/demo-dataset';
import type { ByteSink } from '../loaders/load-file';
import { loadFile } from '../loaders/load-file';
import type { ParquetApi } from '../loaders/parquet-api';
import { rawTableName } from '../loaders/table-name';
import { buildCanonical } from '../mapping/build-canonical';
import { proposeMapping } from '../mapping/propose-mapping';
import { sampleColumns } from '../mapping/sample-columns';
import { fail, ok, toAppError, type AppError } from '../../core/shared/errors';
import type { DatasetId, JobId } from '../../core/shared/ids';
import { msg } from '../../core/shared/msg';
import { DatasetRegistry } from './dataset-registry';
import { KnowledgeBase } from '../knowledge/knowledge-base';
import { nhsaSampleRows } from '../knowledge/nhsa-sample';
import { CANCELLED, isAbort, sqlError } from './engine-errors';
import { extensionStatementError } from './extension-statement';
import { internalNameError } from './internal-names';
import { hasName } from './catalog-names';
import { dataClashMessage } from '../../core/notebook/name-registry';
import { Jobs } from './jobs';
import { dropCellViews, runCell } from './run-cell';
import { ResultStore } from './result-store';
import { dropResultsOnDataChange } from './data-change';
import { runQuery } from './run-query';
import { createRuleService } from './rule-service';
import { generatedParts, loadHiddenAnswers, type GeneratedFile } from './generated-parts';
import { createWorkshopService } from './workshop-service';

/**
 * What the kernel needs from its host: how to start its engine (any `EnginePort`: the browser's
 * DuckDB-WASM, the same wasm under Node, native DuckDB), read Parquet and spool large files. The engine
 * is started on first use, so the browser generates the demo while DuckDB downloads.
 */
export interface KernelDeps {
  readonly createEngine: StartEngine;
  readonly parquet: () => Promise<ParquetApi>;
  readonly createSink: (name: string) => Promise<ByteSink>;
}

/**
 * Builds the kernel: the object the browser worker exposes, and the one the CLI and Node tests call
 * directly. Host-neutral: it knows its engine only through the port.
 */
export function createKernel(deps: KernelDeps): KernelApi {
  const jobs = new Jobs();
  const registry = new DatasetRegistry();
  /** The views made for notebook cells (the only views `dropCellViews` may drop). */
  const cellViews = new Set<string>();
  /** The kept results of SQL cells, paged from the worker (result-store.ts). */
  const results = new ResultStore();
  let enginePromise: Promise<EnginePort> | undefined;
  let knowledgePromise: Promise<KnowledgeBase> | undefined;
  let demoFiles: { name: string; text: string }[] | undefined;
  // The demo is generated while DuckDB downloads and compiles its wasm in its own worker: no wall time.
  const makeDemo = () => (demoFiles ??= generateDemoFiles());
  const engine = () => (enginePromise ??= deps.createEngine({ onDownloadStarted: makeDemo }));
  // The knowledge base starts with the shipped NHSA sample; the demo and user imports layer on top.
  const knowledge = () =>
    (knowledgePromise ??= engine().then(async (eng) => {
      const kb = new KnowledgeBase(eng);
      await kb.loadSample(nhsaSampleRows());
      return kb;
    }));
  let parquetPromise: Promise<ParquetApi> | undefined;
  const parquet = () => (parquetPromise ??= deps.parquet());

  const failure = (e: unknown, fallback: Omit<AppError, 'detail'>): AppError =>
    isAbort(e) ? CANCELLED : toAppError(e, fallback);

  async function load(file: Blob, fileName: string, options: LoadOptions, onProgress?: ProgressCallback) {
    const eng = await engine();
    const started = performance.now();
    const table = rawTableName(fileName, registry.tableNames());
    return jobs.run(options.jobId, async (signal) => {
      const loaded = await loadFile(eng, file, fileName, table, {
        ...options,
        signal,
        onProgress,
        createSink: deps.createSink,
        parquet,
      });
      if (!loaded.ok) return loaded;
      const info: DatasetInfo = {
        ...loaded.value,
        id: registry.newId(),
        fileName,
        fileSize: file.size,
        loadMs: performance.now() - started,
      };
      registry.add(info);
      return ok(info);
    });
  }

  /**
   * Rebuilds `target` and then the tables built from it, in a fixed order (registry.rebuildOrder: fee
   * after setl, psn/medins/death fed by another file's `also`); returns `target`'s report. Each table
   * is built whole or left as it was (buildCanonical), never half-built.
   */
  async function rebuild(target: CanonicalTable, signal?: AbortSignal) {
    const eng = await engine();
    let built: Awaited<ReturnType<typeof buildCanonical>> | undefined;
    for (const table of registry.rebuildOrder(target)) {
      const mappings = registry.mappingsFor(table);
      let report: typeof built;
      if (mappings.length === 0) {
        await eng.exec(`DROP TABLE IF EXISTS ${quoteIdent(table)}`);
        await eng.exec(`DROP TABLE IF EXISTS ${quoteIdent(`_problems_${table}`)}`);
        registry.dropReport(table);
      } else {
        report = await buildCanonical(eng, table, mappings, { signal });
        registry.setReport(report);
      }
      registry.noteBuilt(table, mappings);
      if (table === target) built = report;
    }
    return built;
  }

  async function apply(mapping: TableMapping, jobId: JobId, onProgress?: ProgressCallback) {
    // Never reached through the notebook (the name registry reserves every canonical name), but a
    // canonical table must not replace a cell's view whatever the path.
    if (hasName(cellViews, mapping.target))
      return fail<never>({
        kind: 'mapping',
        code: 'mapping.name-taken',
        message: dataClashMessage(mapping.target, mapping.target),
      });
    return jobs.run(jobId, async (signal) => {
      const before = registry.bySource(mapping.source)?.mapping;
      try {
        onProgress?.({ phase: 'map', done: 0, total: 0, unit: 'percent' });
        registry.setMapping(mapping.source, mapping);
        if (before && before.target !== mapping.target) await rebuild(before.target, signal);
        const report = await rebuild(mapping.target, signal);
        onProgress?.({ phase: 'map', done: 100, total: 100, unit: 'percent' });
        return report ? ok(report) : fail(mappingGone(mapping));
      } catch (e) {
        // A refused or cancelled mapping leaves the previous one in force, tables included.
        registry.setMapping(mapping.source, before);
        if (before && before.target !== mapping.target) await rebuild(before.target).catch(() => undefined);
        return fail(failure(e, { kind: 'mapping', code: 'mapping.failed', message: mappingFailed(e) }));
      }
    });
  }

  /** Drops a dataset's raw table and registered file, and rebuilds the canonical table it fed. */
  async function removeDataset(id: DatasetId) {
    const info = registry.remove(id);
    if (!info) return ok(undefined);
    try {
      const eng = await engine();
      await eng.exec(`DROP TABLE IF EXISTS ${quoteIdent(info.table)}`);
      await eng.dropFile(`${CLAIMS_DIR}${info.table}`).catch(() => undefined);
      if (info.mapping) await rebuild(info.mapping.target);
      return ok(undefined);
    } catch (e) {
      return fail(toAppError(e));
    }
  }

  /** Loads generated files as datasets (format `demo`) and maps each with the proposed mapping. */
  async function loadMapped(
    files: readonly GeneratedFile[],
    jobId: JobId,
    onProgress: (file: string, p: Parameters<ProgressCallback>[0]) => void,
  ) {
    const loaded: DatasetInfo[] = [];
    for (const file of files) {
      const result = await load(file.blob, file.name, { jobId }, (p) => onProgress(file.name, p));
      if (!result.ok) return result;
      const info: DatasetInfo = { ...result.value, format: 'demo' };
      registry.add(info);
      loaded.push(info);
    }
    const eng = await engine();
    for (const info of loaded) {
      const samples = await sampleColumns(eng, info.table, info.columns);
      const proposal = proposeMapping(info.table, info.columns, samples);
      const applied = await apply(proposal.mapping, jobId, (p) => onProgress(info.fileName, p));
      if (!applied.ok) return applied;
    }
    const ids = new Set(loaded.map((d) => d.id));
    return ok(registry.list().filter((d) => ids.has(d.id)));
  }

  const workshop = createWorkshopService({
    engine,
    jobs,
    knowledge,
    // A workshop dataset replaces the session's data: mixing it with other rows would spoil the key.
    async replaceData(files, jobId, onProgress) {
      for (const d of registry.list()) {
        const removed = await removeDataset(d.id);
        if (!removed.ok) return removed;
      }
      return loadMapped(files, jobId, onProgress);
    },
  });

  const rules = createRuleService({
    engine,
    jobs,
    mappings: () => registry.list().flatMap((d) => (d.mapping ? [d.mapping] : [])),
    isCellView: (name) => cellViews.has(name),
  });

  const kernel = {
    ...rules,
    ...workshop,
    async init() {
      try {
        const eng = await engine();
        await knowledge();
        return ok<EngineInfo>({ duckdbVersion: eng.version, bundle: 'eh' });
      } catch (e) {
        enginePromise = undefined;
        return fail(toAppError(e, { kind: 'engine', code: 'engine.start', message: engineFailed(e) }));
      }
    },

    async loadFile(file: File, options: LoadOptions, onProgress?: ProgressCallback) {
      try {
        return await load(file, file.name, options, onProgress);
      } catch (e) {
        return fail(
          failure(e, {
            kind: 'load',
            code: 'load.failed',
            file: file.name,
            message: loadFailed(file.name, e),
          }),
        );
      }
    },

    async loadDemo(jobId: JobId, onProgress?: ProgressCallback) {
      try {
        // The demo is a small workshop dataset: its kb_* files are the knowledge base's demo layer, its
        // answer key is kept hidden (the workshop panel scores against it), the rest is data.
        const parts = await generatedParts(
          makeDemo().map((demo) => ({ name: demo.name, blob: new Blob([demo.text], { type: 'text/csv' }) })),
        );
        await (await knowledge()).setDemo(parts.knowledge);
        const loaded = await loadMapped(parts.data, jobId, (_, p) => onProgress?.(p));
        if (loaded.ok && parts.answers) await loadHiddenAnswers(await engine(), parts.answers);
        return loaded.ok ? ok(registry.list().filter((d) => d.format === 'demo')) : loaded;
      } catch (e) {
        return fail(failure(e, { kind: 'load', code: 'demo.failed', message: loadFailed('demo', e) }));
      }
    },

    async importKnowledge(file: File) {
      try {
        const kb = await knowledge();
        return ok(await kb.importFile(file.name, new Uint8Array(await file.arrayBuffer())));
      } catch (e) {
        return fail(
          toAppError(e, {
            kind: 'load',
            code: 'knowledge.failed',
            file: file.name,
            message: loadFailed(file.name, e),
          }),
        );
      }
    },

    async removeKnowledgeLayer(id: string) {
      return (await knowledge()).removeLayer(id);
    },

    async knowledgeSummary() {
      return (await knowledge()).summary();
    },

    async listDatasets() {
      return registry.list();
    },

    removeDataset,

    async proposeMapping(id: DatasetId) {
      const info = registry.get(id);
      if (!info) return fail<never>(unknownDataset(id));
      try {
        const samples = await sampleColumns(await engine(), info.table, info.columns);
        return ok(proposeMapping(info.table, info.columns, samples));
      } catch (e) {
        return fail(toAppError(e));
      }
    },

    applyMapping: apply,

    async validationReports() {
      return registry.allReports();
    },

    async query(sql: string, jobId: JobId) {
      const refused = extensionStatementError(sql) ?? internalNameError(sql);
      if (refused) return fail(refused);
      const eng = await engine();
      return jobs.run(jobId, async (signal) => {
        try {
          const result = await runQuery(eng, sql, signal);
          return ok(result);
        } catch (e) {
          return fail(sqlError(e));
        }
      });
    },

    async runCell(request: CellRunRequest, jobId: JobId) {
      const eng = await engine();
      return jobs.run(jobId, async (signal) => {
        try {
          return ok(await runCell(eng, cellViews, request, signal, results));
        } catch (e) {
          return fail(sqlError(e));
        }
      });
    },

    async resultPage(name: string, offset: number, limit: number, jobId: JobId) {
      const eng = await engine();
      return jobs.run(jobId, async (signal) => {
        try {
          return ok(await results.page(eng, name, offset, limit, hasName(cellViews, name), signal));
        } catch (e) {
          return fail(sqlError(e));
        }
      });
    },

    async resultDigest(name: string) {
      try {
        return ok(await results.digest(await engine(), name));
      } catch (e) {
        return fail(sqlError(e));
      }
    },

    async dropCellViews(names: readonly string[]) {
      await dropCellViews(await engine(), cellViews, names, results);
    },

    async cancel(jobId: JobId) {
      return jobs.cancel(jobId);
    },

    async schema(): Promise<SchemaInfo> {
      const eng = await engine();
      const rows = await eng.rows<{
        table_name: string;
        table_type: string;
        column_name: string;
        data_type: string;
      }>(
        `SELECT c.table_name, t.table_type, c.column_name, c.data_type
         FROM information_schema.columns c JOIN information_schema.tables t USING (table_catalog, table_schema, table_name)
         WHERE c.table_catalog = current_database() AND c.table_schema = 'main'
           AND NOT starts_with(c.table_name, '_cl_') ORDER BY c.table_name, c.ordinal_position`,
      );
      const tables = new Map<string, SchemaInfo['tables'][number]>();
      for (const r of rows) {
        const t = tables.get(r.table_name) ?? {
          name: r.table_name,
          kind: r.table_type === 'VIEW' ? ('view' as const) : ('table' as const),
          columns: [],
        };
        tables.set(r.table_name, {
          ...t,
          columns: [...t.columns, { name: r.column_name, type: r.data_type }],
        });
      }
      return { tables: [...tables.values()] };
    },

    async catalog(): Promise<Catalog> {
      return {
        datasets: registry.list(),
        reports: registry.allReports(),
        schema: await kernel.schema(),
      };
    },

    async engineLog() {
      return [...(await engine()).log];
    },
  } satisfies KernelApi;
  return dropResultsOnDataChange(kernel, async () => results.clear(await engine()));
}

const detailOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

const engineFailed = (e: unknown) =>
  msg(
    `分析引擎未能启动：${detailOf(e)}。请刷新页面；如仍失败，请使用最新版 Chrome/Edge。`,
    `The analysis engine did not start: ${detailOf(e)}. Reload the page; if it still fails, use a current Chrome/Edge.`,
  );

const loadFailed = (file: string, e: unknown) =>
  msg(`加载“${file}”失败：${detailOf(e)}`, `Loading "${file}" failed: ${detailOf(e)}`);

const mappingFailed = (e: unknown) =>
  msg(`应用列映射失败：${detailOf(e)}`, `Applying the column mapping failed: ${detailOf(e)}`);

const mappingGone = (mapping: TableMapping): AppError => ({
  kind: 'mapping',
  code: 'mapping.unknown-source',
  message: msg(
    `找不到数据表“${mapping.source}”，它可能已被移除。请重新加载文件。`,
    `Table "${mapping.source}" was not found; it may have been removed. Load the file again.`,
  ),
});

const unknownDataset = (id: DatasetId): AppError => ({
  kind: 'internal',
  code: 'dataset.unknown',
  message: msg(`未知的数据集：${id}`, `Unknown dataset: ${id}`),
});
