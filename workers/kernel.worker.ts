/**
 * The kernel worker: owns DuckDB-WASM (in a nested worker), the loaders and the mapping. Exposes exactly
 * one object, typed by `KernelApi` and `HostSecurityApi`. Served without a CSP (a host that ignores
 * `_headers`), it refuses users' files and only reaches the app's own files (workers/security/).
 */
// First: probes for a CSP and guards the network before any other module runs.
import { nativeFetch, workerHasCsp } from './security/secure-worker';
import * as Comlink from 'comlink';
import { createBrowserEngine } from './engine/duckdb-browser-engine';
import { createKernel } from './kernel/kernel';
import { fetchNhsaKnowledge } from './knowledge/nhsa-knowledge-fetch';
import { createOpfsSink } from './loaders/opfs-sink';
import { browserParquet } from './loaders/parquet-browser';
import type { KernelApi } from './api';
import type { HostSecurityApi } from './security/host-security';
import { refuseUserDataWithoutCsp } from './security/refuse-user-data';

const kernel = createKernel({
  createEngine: createBrowserEngine,
  parquet: browserParquet,
  createSink: createOpfsSink,
  knowledgeAsset: fetchNhsaKnowledge,
});

const exposed = refuseUserDataWithoutCsp(kernel, {
  hasCsp: workerHasCsp,
  scriptUrl: self.location.href,
  fetchHead: nativeFetch,
});

// Query results and result pages cross as transferred Arrow IPC bytes, never copied: each page's bytes
// are a buffer of their own (copied out of wasm memory once), which the worker does not keep.
const transferringKernel: typeof exposed = {
  ...exposed,
  async query(sql, jobId) {
    const result = await exposed.query(sql, jobId);
    return result.ok ? Comlink.transfer(result, [result.value.ipc.buffer]) : result;
  },
  async runCell(request, jobId) {
    const result = await exposed.runCell(request, jobId);
    return result.ok ? Comlink.transfer(result, [result.value.firstPage.ipc.buffer]) : result;
  },
  async resultPage(name, offset, limit, jobId) {
    const result = await exposed.resultPage(name, offset, limit, jobId);
    return result.ok ? Comlink.transfer(result, [result.value.ipc.buffer]) : result;
  },
} satisfies KernelApi & HostSecurityApi;

Comlink.expose(transferringKernel);
