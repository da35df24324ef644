import type {
  Catalog,
  CanonicalTable,
  EngineInfo,
  CellRunRequest,
  KernelApi,
  ProgressCallback,
  SchemaInfo,
  TableMapping,
} from '../api';
import type { EnginePort, StartEngine } from '../engine/engine-port';
import { quoteIdent } from '../engine/sql-quote';
import { generateDemoFiles } from '../generator/demo-dataset';
import type { ByteSink } from '../loaders/load-file';
import type { ParquetApi } from '../loaders/parquet-api';
import { buildCanonical } from '../mapping/build-canonical';
import { proposeMapping } from '../mapping/propose-mapping';
import { sampleColumns } from '../mapping/sample-columns';
import { fail, ok, toAppError, type AppError } from '../../core/shared/errors';
import type { DatasetId, JobId } from '../../core/shared/ids';
import { msg } from '../../core/shared/msg';
import { DatasetRegistry } from './dataset-registry';
import { KnowledgeBase } from '../knowledge/knowledge-base';
import { readNhsaKnowledge } from '../knowledge/nhsa-knowledge';
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
import { createModelService } from './model-service';
import { createWorkshopService } from './workshop-service';
import { changesRuleData, DataGeneration, recordingFindings } from './data-generation';
import { createDatasetService, unknownDataset } from './dataset-service';

/**
 * What the kernel needs from its host: how to start its engine (any `EnginePort`: the browser's
 * DuckDB-WASM, the same wasm under Node, native DuckDB), read Parquet and spool large files. The engine
 * is started on first use, so the browser generates the demo while DuckDB downloads.
 */
export interface KernelDeps {
  readonly createEngine: StartEngine;
  readonly parquet: () => Promise<ParquetApi>;
  readonly createSink: (name: string) => Promise<ByteSink>;
  /**
   * The shipped knowledge asset's bytes (`workers/knowledge/nhsa-knowledge.json.gz`, gzip or already
   * inflated): the browser worker fetches it from the build, Node reads it from disk.
   */
  readonly knowledgeAsset: () => Promise<Uint8Array>;
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
  /** Bumped on every change to the data rules read; findings older than it are not scored. */
  const generation = new DataGeneration();
  let enginePromise: Promise<EnginePort> | undefined;
  let knowledgePromise: Promise<KnowledgeBase> | undefined;
  let demoFiles: { name: string; text: string }[] | undefined;
  // The demo is generated while DuckDB downloads and compiles its wasm in its own worker: no wall time.
  const makeDemo = () => (demoFiles ??= generateDemoFiles());
  const engine = () => (enginePromise ??= deps.createEngine({ onDownloadStarted: makeDemo }));
  // The knowledge base starts with NHSA's published knowledge points (every parsed record); the demo
  // and user imports layer on top. The asset is fetched and inflated while the engine starts, off the
  // main thread and out of the main bundle.
  const knowledge = () =>
    (knowledgePromise ??= (async () => {
      const nhsa = deps.knowledgeAsset().then(readNhsaKnowledge);
      nhsa.catch(() => undefined); // awaited below; a failure must not go unhandled while the engine starts
      const kb = new KnowledgeBase(await engine());
      const { rows, sha256 } = await nhsa;
      await kb.loadNhsa(rows, sha256);
      return kb;
    })().catch((e: unknown) => {
      knowledgePromise = undefined;
      throw e;
    }));
  // The knowledge layers as audit-log fingerprints, read with the catalog (one call per data change, not
  // per run); none when the knowledge base failed to load (it then feeds no kb_* table).
  const knowledgeFingerprints = () =>
    knowledge().then(
      (kb) => kb.fingerprints(),
      () => [],
    );
  let parquetPromise: Promise<ParquetApi> | undefined;
  const parquet = () => (parquetPromise ??= deps.parquet());

  const failure = (e: unknown, fallback: Omit<AppError, 'detail'>): AppError =>
    isAbort(e) ? CANCELLED : toAppError(e, fallback);

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

  const datasets = createDatasetService({
    engine,
    jobs,
    registry,
    knowledge,
    parquet,
    createSink: deps.createSink,
    demoFiles: makeDemo,
    rebuild,
    apply,
  });

  const workshop = createWorkshopService({
    engine,
    jobs,
    knowledge,
    isStaleFindings: (table) => generation.isStale(table),
    // A workshop dataset replaces the session's data: mixing it with other rows would spoil the key.
    async replaceData(files, jobId, onProgress) {
      for (const d of registry.list()) {
        const removed = await datasets.removeDataset(d.id);
        if (!removed.ok) return removed;
      }
      return datasets.loadMapped(files, jobId, onProgress, 'workshop');
    },
  });

  const rules = recordingFindings(
    createRuleService({
      engine,
      jobs,
      mappings: () => registry.list().flatMap((d) => (d.mapping ? [d.mapping] : [])),
      isCellView: (name) => cellViews.has(name),
    }),
    generation,
  );

  const models = createModelService({
    engine,
    jobs,
    mappings: () => registry.list().flatMap((d) => (d.mapping ? [d.mapping] : [])),
    isCellView: (name) => cellViews.has(name),
    results,
    generation,
  });

  const { loadMapped: _internal, ...datasetMethods } = datasets;
  const kernel = {
    ...rules,
    ...models,
    ...workshop,
    ...datasetMethods,
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
        knowledge: await knowledgeFingerprints(),
      };
    },

    async engineLog() {
      return [...(await engine()).log];
    },
  } satisfies KernelApi;
  return dropResultsOnDataChange(kernel, async (method) => {
    if (changesRuleData(method)) generation.bump();
    await results.clear(await engine());
  });
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
