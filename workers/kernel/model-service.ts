import type { KernelApi } from '../api';
import type { ModelCellRequest, ModelInfo } from '../../core/models/model-api-types';
import { modelOutputTables } from '../../core/models/model-output-tables';
import type { ModelDefinition } from '../../core/models/model-types';
import { isValidName } from '../../core/notebook/cell-types';
import { resultNameProblem, resultNames } from '../../core/notebook/name-registry';
import type { TableMapping } from '../../core/mapping/mapping-types';
import { fail, ok, toAppError, type AppError } from '../../core/shared/errors';
import type { JobId } from '../../core/shared/ids';
import { msg } from '../../core/shared/msg';
import type { EnginePort } from '../engine/engine-port';
import { quoteIdent } from '../engine/sql-quote';
import { MODEL_LIBRARY, findModel } from '../models/model-library';
import { runModel } from '../models/run-model';
import { missingNeeds } from '../rules/rule-availability';
import { dataAvailability } from '../rules/rule-session';
import { catalogEntries, hasName } from './catalog-names';
import type { DataGeneration } from './data-generation';
import { CANCELLED, isAbort } from './engine-errors';
import type { Jobs } from './jobs';
import { modelDrill } from './model-drill';
import { MAX_PAGE_ROWS, type ResultStore } from './result-store';

/** The engine calls the model service makes (the kernel's engine port). */
export type ModelEngine = Pick<
  EnginePort,
  'exec' | 'rows' | 'execPrepared' | 'rowsPrepared' | 'queryIpc' | 'kernelSql'
>;

/** What the model service needs from the kernel. */
export interface ModelServiceDeps {
  readonly engine: () => Promise<ModelEngine>;
  readonly jobs: Jobs;
  /** The mappings in force (which canonical fields are filled). */
  readonly mappings: () => readonly TableMapping[];
  /** Whether a name is a notebook SQL cell's view (a Model cell may not take it). */
  readonly isCellView: (name: string) => boolean;
  /** Where the output's pages are kept (`resultPage` pages them). */
  readonly results: ResultStore;
  /** The data generation: outputs computed before a data change are stale (drilling them is refused). */
  readonly generation: DataGeneration;
}

type ModelMethods = Pick<KernelApi, 'modelLibrary' | 'runModel' | 'modelDrill'>;

/** The kernel's model methods: the library, running a Model cell, drilling into its output. */
export function createModelService(deps: ModelServiceDeps): ModelMethods {
  /** Output tables written by Model cells, with the tables each wrote (the only tables a run replaces). */
  const modelTables = new Map<string, readonly string[]>();
  const failure = (e: unknown): AppError => (isAbort(e) ? CANCELLED : toAppError(e));

  return {
    async modelLibrary() {
      const data = await dataAvailability(await deps.engine(), deps.mappings());
      return MODEL_LIBRARY.map((m) => modelInfo(m, missingNeeds(m, data)));
    },

    async runModel(request: ModelCellRequest, jobId: JobId) {
      const started = performance.now();
      const model = findModel(request.model);
      if (!model) return fail(unknownModel(request.model));
      if (!isValidName(request.name)) return fail(badName(request.name));
      const { pageSize } = request;
      if (!Number.isSafeInteger(pageSize) || pageSize < 0 || pageSize > MAX_PAGE_ROWS)
        return fail(toAppError(new Error(`invalid page size: ${pageSize}`)));
      return deps.jobs.run(jobId, async (signal) => {
        const engine = await deps.engine();
        const taken = await takenName(engine, request, modelTables, deps.isCellView);
        if (taken) return fail(taken);
        const at = deps.generation.current;
        const earlier = modelTables.get(request.name.toLowerCase()) ?? [];
        try {
          // The engine may not interrupt a statement (Node): a cancel also takes effect between steps.
          signal.throwIfAborted();
          await deps.results.drop(engine, [request.name]);
          const data = await dataAvailability(engine, deps.mappings());
          const table = request.name;
          const outcome = await runModel(
            engine,
            data,
            { model, parameters: request.parameters, table },
            { signal },
          );
          signal.throwIfAborted();
          await dropTables(engine, earlier, [table, ...(outcome.status === 'ran' ? outcome.tables : [])]);
          if (outcome.status === 'skipped') {
            modelTables.delete(table.toLowerCase());
            return ok({ outcome, elapsedMs: performance.now() - started });
          }
          const written = [table, ...outcome.tables];
          modelTables.set(table.toLowerCase(), written);
          for (const t of written) deps.generation.recordFindings(t, at);
          const firstPage = await deps.results.keep(engine, table, pageSize, signal);
          return ok({ outcome, firstPage, elapsedMs: performance.now() - started });
        } catch (e) {
          // A failed or cancelled run leaves no half-written output a later cell could read as a result.
          await dropTables(engine, [...earlier, ...modelOutputTables(request.name, model.id)], []).catch(
            () => undefined,
          );
          await deps.results.drop(engine, [request.name]).catch(() => undefined);
          modelTables.delete(request.name.toLowerCase());
          return fail(failure(e));
        }
      });
    },

    async modelDrill(table: string, entityId: string, limit: number) {
      if (!modelTables.has(table.toLowerCase())) return fail(unknownTable(table));
      if (deps.generation.isStale(table)) return fail(staleOutput(table));
      if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_PAGE_ROWS)
        return fail(toAppError(new Error(`invalid drill limit: ${limit}`)));
      try {
        const engine = await deps.engine();
        const drill = await modelDrill(engine, table, entityId, limit, new AbortController().signal);
        return drill ? ok(drill) : fail(unknownEntity(table, entityId));
      } catch (e) {
        return fail(failure(e));
      }
    },
  };
}

/** A library model as plain data (structured-cloneable: no `build`), with why it cannot run now. */
export function modelInfo(model: ModelDefinition, missing: ModelInfo['missing']): ModelInfo {
  const { build: _build, needsFor: _needsFor, ...info } = model;
  return missing === undefined ? info : { ...info, missing };
}

/** Drops `tables` except those in `keep` (an earlier run's tables this run did not write again). */
async function dropTables(
  engine: ModelEngine,
  tables: readonly string[],
  keep: readonly string[],
): Promise<void> {
  for (const t of tables) {
    if (hasName(keep, t)) continue;
    await engine.exec(`DROP TABLE IF EXISTS ${quoteIdent(t)}`);
  }
}

/**
 * A Model cell's tables may replace only tables an earlier Model cell run of this kernel wrote under the
 * same name, never data, a name the name registry reserves for data, a Rule cell's findings or a cell's
 * view (even one the engine does not hold yet).
 */
async function takenName(
  engine: ModelEngine,
  request: ModelCellRequest,
  modelTables: ReadonlyMap<string, readonly string[]>,
  isCellView: (name: string) => boolean,
): Promise<AppError | undefined> {
  const existing = await catalogEntries(engine);
  for (const view of resultNames('model', request.name, request.model).filter(isCellView)) {
    if (
      !hasName(
        existing.map((e) => e.name),
        view,
      )
    )
      existing.push({ name: view, kind: 'view' });
  }
  const own = [...modelTables.values()].flat();
  const isOwn = (table: string) => !isCellView(table) && hasName(own, table);
  const problem = resultNameProblem('model', request.name, existing, isOwn, request.model);
  return problem ? { kind: 'sql', code: 'model.name-taken', message: problem } : undefined;
}

const unknownModel = (id: string): AppError => {
  const known = MODEL_LIBRARY.map((m) => m.id).join(', ');
  return {
    kind: 'notebook',
    code: 'model.unknown',
    message: msg(
      `模型库中没有模型“${id}”。可用的模型：${known}。请在单元中改用其中之一（claimlens models 列出全部）。`,
      `The model library has no model "${id}". Known models: ${known}. Use one of them in the cell (claimlens models lists them all).`,
    ),
  };
};

const badName = (name: string): AppError => ({
  kind: 'notebook',
  code: 'model.cell-name',
  message: msg(
    `模型单元名称“${name}”无效：请用字母或下划线开头，只含字母、数字和下划线。`,
    `Model cell name "${name}" is invalid: start with a letter or underscore and use only letters, digits and underscores.`,
  ),
});

const unknownTable = (table: string): AppError => ({
  kind: 'sql',
  code: 'model.unknown-table',
  message: msg(
    `“${table}”不是模型单元生成的结果表：请先运行模型单元。`,
    `"${table}" is not the output of a Model cell: run the Model cell first.`,
  ),
});

const staleOutput = (table: string): AppError => ({
  kind: 'sql',
  code: 'model.stale',
  message: msg(
    `模型结果“${table}”是在数据更改之前计算的：请重新运行该模型单元后再查看明细。`,
    `The model output "${table}" was computed before the data changed: run the Model cell again before drilling into it.`,
  ),
});

const unknownEntity = (table: string, id: string): AppError => ({
  kind: 'sql',
  code: 'model.unknown-entity',
  message: msg(
    `模型结果“${table}”中没有对象“${id}”：请重新运行模型单元。`,
    `The model output "${table}" has no entity "${id}": run the Model cell again.`,
  ),
});
