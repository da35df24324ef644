import type { KernelApi } from '../../../workers/api';
import type { NodeEngine } from '../../../node/engine/duckdb-node-engine';
import { sqlError } from '../../../workers/kernel/engine-errors';
import { Jobs } from '../../../workers/kernel/jobs';
import { nodeCellEngine } from '../../../node/engine/node-cell-engine';
import { nodeRuleEngine } from '../../../node/engine/node-rule-engine';
import { createRuleService } from '../../../workers/kernel/rule-service';
import { createModelService } from '../../../workers/kernel/model-service';
import { DataGeneration } from '../../../workers/kernel/data-generation';
import { dropCellViews, runCell } from '../../../workers/kernel/run-cell';
import { ResultStore } from '../../../workers/kernel/result-store';
import { fail, ok } from '../../../core/shared/errors';

/**
 * The kernel's cell calls over the real DuckDB-WASM engine under Node (what the worker does); the other
 * calls reject. `dropped` collects the names of the views dropped.
 */
export function nodeKernel(e: NodeEngine, dropped: string[] = []): KernelApi {
  const cells = nodeCellEngine(e);
  const views = new Set<string>();
  const results = new ResultStore();
  const signal = new AbortController().signal;
  const unused = () => Promise.reject(new Error('not used in this test'));
  return {
    init: unused,
    loadFile: unused,
    loadDemo: unused,
    openFile: unused,
    keepDemoApart: unused,
    removeDemoApart: unused,
    unmapDataset: unused,
    listDatasets: unused,
    removeDataset: unused,
    proposeMapping: unused,
    applyMapping: unused,
    validationReports: unused,
    schema: unused,
    catalog: unused,
    engineLog: unused,
    cancel: async () => false,
    importKnowledge: unused,
    removeKnowledgeLayer: unused,
    knowledgeSummary: unused,
    generateWorkshop: unused,
    revealAnswers: unused,
    scoreWorkshop: unused,
    ...createRuleService({
      engine: async () => nodeRuleEngine(e),
      jobs: new Jobs(),
      mappings: () => [],
      isCellView: (name) => views.has(name),
    }),
    ...createModelService({
      engine: async () => ({ ...nodeRuleEngine(e), queryIpc: cells.queryIpc }),
      jobs: new Jobs(),
      mappings: () => [],
      isCellView: (name) => views.has(name),
      results,
      generation: new DataGeneration(),
    }),
    async runCell(request) {
      try {
        return ok(await runCell(cells, views, request, signal, results));
      } catch (error) {
        return fail(sqlError(error));
      }
    },
    async query(sql) {
      try {
        const { ipc, rowCount, columns } = await cells.queryIpc(sql, signal);
        return ok({ ipc, rowCount, columns, elapsedMs: 0 });
      } catch (error) {
        return fail(sqlError(error));
      }
    },
    async resultPage(name, offset, limit) {
      try {
        return ok(await results.page(cells, name, offset, limit, views.has(name), signal));
      } catch (error) {
        return fail(sqlError(error));
      }
    },
    async resultDigest(name) {
      try {
        return ok(await results.digest(cells, name));
      } catch (error) {
        return fail(sqlError(error));
      }
    },
    async dropCellViews(names) {
      dropped.push(...names);
      await dropCellViews(cells, views, names, results);
    },
  };
}
