/**
 * The one place on the main thread that creates the kernel worker and talks to it (through Comlink).
 * The rest of the UI sees a plain `KernelApi`: progress callbacks are proxied here, Files and Arrow
 * bytes pass through as they are.
 */
import * as Comlink from 'comlink';
import type { KernelApi, ProgressCallback } from '../workers/api';
import type { HostSecurityApi } from '../workers/security/host-security';
import { logger } from '../core/shared/logger';

/**
 * The kernel as the UI uses it, whether the host served it safely, and what only the main thread can
 * know about the worker.
 */
export interface KernelClient extends KernelApi, HostSecurityApi {
  /** Calls `listener` when the worker itself fails (it will not answer pending calls after that). */
  onCrash(listener: (message: string) => void): () => void;
}

/** Starts the kernel worker and wraps it. Use `getKernel()` for the page's shared instance. */
export function createKernelClient(): KernelClient {
  const worker = new Worker(new URL('../workers/kernel.worker.ts', import.meta.url), { type: 'module' });
  const remote = Comlink.wrap<KernelApi & HostSecurityApi>(worker);
  const crashListeners = new Set<(message: string) => void>();
  worker.addEventListener('error', (event) => {
    const message = event.message || 'kernel worker failed';
    logger.error('kernel worker error', message);
    for (const listener of crashListeners) listener(message);
  });
  worker.addEventListener('messageerror', () =>
    logger.error('kernel worker sent a message that could not be read'),
  );

  const progress = (onProgress?: ProgressCallback) => (onProgress ? Comlink.proxy(onProgress) : undefined);

  return {
    init: () => remote.init(),
    loadFile: (file, options, onProgress) => remote.loadFile(file, options, progress(onProgress)),
    loadDemo: (jobId, onProgress) => remote.loadDemo(jobId, progress(onProgress)),
    openFile: (file, options, onProgress) => remote.openFile(file, options, progress(onProgress)),
    keepDemoApart: (jobId) => remote.keepDemoApart(jobId),
    removeDemoApart: () => remote.removeDemoApart(),
    unmapDataset: (id) => remote.unmapDataset(id),
    listDatasets: () => remote.listDatasets(),
    removeDataset: (id) => remote.removeDataset(id),
    proposeMapping: (id) => remote.proposeMapping(id),
    applyMapping: (mapping, jobId, onProgress) => remote.applyMapping(mapping, jobId, progress(onProgress)),
    validationReports: () => remote.validationReports(),
    query: (sql, jobId) => remote.query(sql, jobId),
    runCell: (request, jobId) => remote.runCell(request, jobId),
    resultPage: (name, offset, limit, jobId) => remote.resultPage(name, offset, limit, jobId),
    resultDigest: (name) => remote.resultDigest(name),
    catalog: () => remote.catalog(),
    dropCellViews: (names) => remote.dropCellViews(names),
    cancel: (jobId) => remote.cancel(jobId),
    schema: () => remote.schema(),
    engineLog: () => remote.engineLog(),
    importKnowledge: (file) => remote.importKnowledge(file),
    removeKnowledgeLayer: (id) => remote.removeKnowledgeLayer(id),
    knowledgeSummary: () => remote.knowledgeSummary(),
    ruleLibrary: () => remote.ruleLibrary(),
    runRules: (request, jobId, onProgress) =>
      remote.runRules(request, jobId, onProgress ? Comlink.proxy(onProgress) : undefined),
    findingsPage: (query) => remote.findingsPage(query),
    findingDrill: (table, findingId) => remote.findingDrill(table, findingId),
    checkCustomRule: (spec) => remote.checkCustomRule(spec),
    exportRulePack: (request) => remote.exportRulePack(request),
    readiness: () => remote.readiness(),
    modelLibrary: () => remote.modelLibrary(),
    runModel: (request, jobId) => remote.runModel(request, jobId),
    modelDrill: (table, entityId, limit) => remote.modelDrill(table, entityId, limit),
    generateWorkshop: (options, jobId, onProgress) =>
      remote.generateWorkshop(options, jobId, onProgress ? Comlink.proxy(onProgress) : undefined),
    revealAnswers: () => remote.revealAnswers(),
    scoreWorkshop: (flags, level) => remote.scoreWorkshop(flags, level),
    hostSecurity: () => remote.hostSecurity(),
    onCrash(listener) {
      crashListeners.add(listener);
      return () => crashListeners.delete(listener);
    },
  };
}

let shared: KernelClient | undefined;

/** The page's kernel, started on first use. */
export function getKernel(): KernelClient {
  shared ??= createKernelClient();
  return shared;
}
