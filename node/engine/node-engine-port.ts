import type { EnginePort } from '../../workers/engine/engine-port';
import { ipcResult } from '../../workers/engine/ipc-result';
import { createNodeEngine, type NodeEngine } from './duckdb-node-engine';

/** A kernel engine port over DuckDB-WASM under Node, and the means to close it. */
export interface NodeEnginePort extends EnginePort {
  readonly kind: 'wasm';
  close(): Promise<void>;
}

/** Options of {@link nodeEnginePort}. */
export interface NodeEnginePortOptions {
  /**
   * The local file a Blob reads, when the host opened it from disk (cli/local-files.ts): such a file is
   * read in place through Node's file system rather than copied into wasm memory.
   */
  readonly localPathOf?: (blob: Blob) => string | undefined;
}

/**
 * The Node DuckDB-WASM engine as the kernel's engine port (Node tests and the headless runner): the
 * browser's own wasm and lockdown, one thread. The blocking bundle cannot interrupt a running statement,
 * so a cancel takes effect between statements. Logs what it runs, as the browser engine does.
 */
export async function nodeEnginePort(
  engine: NodeEngine,
  options: NodeEnginePortOptions = {},
): Promise<NodeEnginePort> {
  const [version] = await engine.rows<{ v: string }>('SELECT version() AS v');
  const log: string[] = [];
  return {
    kind: 'wasm',
    version: version?.v ?? 'unknown',
    log,
    kernelSql: engine.kernelSql,
    async exec(sql) {
      log.push(sql);
      await engine.exec(sql);
    },
    async rows<T extends Record<string, unknown>>(sql: string) {
      log.push(sql);
      return engine.rows<T>(sql);
    },
    execPrepared: (sql, args) => engine.execPrepared(sql, args),
    rowsPrepared: (sql, args) => engine.rowsPrepared(sql, args),
    async queryIpc(sql, signal) {
      signal.throwIfAborted();
      return ipcResult(await engine.queryIpc(sql));
    },
    async registerBlob(path, blob) {
      const local = options.localPathOf?.(blob);
      log.push(`-- register ${path} ${blob instanceof File ? blob.name : '(in-memory)'}`);
      if (local) await engine.registerLocalFile(path, local);
      else await engine.registerBlob(path, blob);
    },
    async registerBuffer(path, bytes) {
      log.push(`-- register ${path} (in-memory)`);
      await engine.registerBuffer(path, bytes);
    },
    dropFile: (path) => engine.dropFile(path),
    fileReadFailures: () => engine.fileReadFailures(),
    insertArrowIpc: (table, bytes, create) => engine.insertArrowIpc(table, bytes, create),
    close: () => engine.close(),
  };
}

/** Starts DuckDB-WASM under Node as a kernel engine port. */
export async function createNodeEnginePort(options: NodeEnginePortOptions = {}): Promise<NodeEnginePort> {
  return nodeEnginePort(await createNodeEngine(), options);
}
