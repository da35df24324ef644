/**
 * The kernel worker: owns DuckDB-WASM (in a nested worker), the loaders and the mapping. Exposes exactly
 * one object, typed by `KernelApi`.
 */
import * as Comlink from 'comlink';
import { createBrowserEngine } from './engine/duckdb-browser-engine';
import { createKernel } from './kernel/kernel';
import { createOpfsSink } from './loaders/opfs-sink';
import { browserParquet } from './loaders/parquet-browser';

const kernel = createKernel({
  createEngine: createBrowserEngine,
  parquet: browserParquet,
  createSink: createOpfsSink,
});

// Query results cross as transferred Arrow IPC bytes, never copied.
const transferringKernel: typeof kernel = {
  ...kernel,
  async query(sql, jobId) {
    const result = await kernel.query(sql, jobId);
    return result.ok ? Comlink.transfer(result, [result.value.ipc.buffer]) : result;
  },
};

Comlink.expose(transferringKernel);
