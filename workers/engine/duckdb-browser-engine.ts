import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import { arrowToRows } from './arrow-rows';
import { FileReadFailureLog } from './file-read-failures';
import { STORAGE_STATEMENTS, USE_STATEMENT, lockdownStatements } from './engine-settings';
import type { EnginePort, EngineStartOptions } from './engine-port';
import { ipcResult, ipcStream } from './ipc-result';
import type { ExecOptions, KernelSql } from './sql-engine';
import { runPending } from './run-pending';

/**
 * The browser engine: DuckDB-WASM in a nested worker, as the kernel's engine port. Every user statement
 * (`exec`, `execPrepared`, `rowsPrepared`, `queryIpc`) runs on a connection of its own, so cancelling
 * it leaves other statements alone. The kernel's private connection (`kernelSql`) runs one statement
 * at a time (two pending queries on one connection would cancel each other).
 */
export interface BrowserEngine extends EnginePort {
  readonly kind: 'browser';
}

/**
 * Options for starting the browser engine: `onDownloadStarted` is called once DuckDB's worker is running
 * and streaming its wasm (before, a busy thread would hold up the nested worker's start).
 */
export type BrowserEngineOptions = EngineStartOptions;

/** Connections kept open between statements (each running statement has its own). */
const MAX_IDLE_CONNECTIONS = 4;

/** How long `instantiate` may take before we call it stuck (a CSP without 'wasm-unsafe-eval' never settles). */
const INSTANTIATE_TIMEOUT_MS = 60_000;

/**
 * Starts DuckDB-WASM inside this (kernel) worker: the single-threaded `eh` bundle (the threaded one
 * crashes, engine-facts.md), self-hosted assets fingerprinted by Vite, then locks it down.
 */
export async function createBrowserEngine(options: BrowserEngineOptions = {}): Promise<BrowserEngine> {
  // Only the `eh` bundle ships (the mvp one would add 39 MB to download and cache for browsers that
  // predate wasm exceptions, which every supported browser has had since 2022).
  if (!hasWasmExceptions()) throw new Error('this browser lacks WebAssembly exceptions');
  // Nothing is awaited before `instantiate` posts its message: the caller can work while DuckDB starts.
  // DuckDB's `eh` worker, wrapped so that a failed read of a user's file is reported (see the module).
  const worker = new Worker(new URL('./duckdb-engine.worker.ts', import.meta.url), { type: 'module' });
  const readFailures = new FileReadFailureLog();
  const db = new duckdb.AsyncDuckDB(readFailures, worker);
  let downloading = false;
  await withTimeout(
    db.instantiate(ehWasmUrl, null, () => {
      if (downloading) return;
      downloading = true;
      options.onDownloadStarted?.();
    }),
    INSTANTIATE_TIMEOUT_MS,
  );
  await db.open({ query: { castBigIntToDouble: false } });
  const conn = await db.connect();
  for (const stmt of [...STORAGE_STATEMENTS, ...lockdownStatements()]) await conn.query(stmt);
  const kernelConn = await db.connect();
  await kernelConn.query(USE_STATEMENT);
  const version = await db.getVersion();
  const log: string[] = [];
  // Idle connections are kept to save round trips per statement.
  const idle: duckdb.AsyncDuckDBConnection[] = [];
  const withConnection = async <T>(work: (c: duckdb.AsyncDuckDBConnection) => Promise<T>): Promise<T> => {
    const c = idle.pop() ?? (await db.connect());
    try {
      // Every time: user SQL may have run `USE` on this connection before.
      await c.query(USE_STATEMENT);
      return await work(c);
    } finally {
      if (idle.length < MAX_IDLE_CONNECTIONS) idle.push(c);
      else await c.close();
    }
  };

  let kernelQueue: Promise<unknown> = Promise.resolve();
  const onKernel = <T>(work: () => Promise<T>): Promise<T> => {
    const next = kernelQueue.then(work, work);
    kernelQueue = next.catch(() => undefined);
    return next;
  };
  const kernelSql: KernelSql = {
    exec(sql, options = {}) {
      log.push(sql);
      return onKernel(async () => {
        await runPending(db, kernelConn, sql, options.signal, { collect: false });
      });
    },
    rows<T extends Record<string, unknown>>(sql: string) {
      log.push(sql);
      return onKernel(async () => arrowToRows<T>(await kernelConn.query(sql)));
    },
    execPrepared(sql, args) {
      return onKernel(async () => {
        const statement = await kernelConn.prepare(sql);
        try {
          await statement.query(...args);
        } finally {
          await statement.close();
        }
      });
    },
  };

  const engine: BrowserEngine = {
    kind: 'browser',
    kernelSql,
    version,
    log,
    execPrepared: (sql, args) =>
      withConnection(async (c) => {
        const statement = await c.prepare(sql);
        try {
          await statement.query(...args);
        } finally {
          await statement.close();
        }
      }),
    rowsPrepared: <T extends object>(sql: string, args: readonly (string | number | null)[]) =>
      withConnection(async (c) => {
        const statement = await c.prepare(sql);
        try {
          return arrowToRows(await statement.query(...args)) as unknown as T[];
        } finally {
          await statement.close();
        }
      }),
    // The result is DuckDB's own IPC chunks, joined: nothing is decoded but the headers.
    queryIpc: async (sql, signal) =>
      ipcResult(ipcStream(await withConnection((c) => runPending(db, c, sql, signal, { collect: true })))),
    async exec(sql: string, options: ExecOptions = {}) {
      log.push(sql);
      await withConnection((c) => runPending(db, c, sql, options.signal, { collect: false }));
    },
    async rows<T extends Record<string, unknown>>(sql: string) {
      log.push(sql);
      return arrowToRows<T>(await conn.query(sql));
    },
    async registerBlob(path, blob) {
      log.push(`-- register ${path} ${blob instanceof File ? blob.name : '(in-memory)'}`);
      await db.registerFileHandle(path, blob, duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, true);
    },
    async registerBuffer(path, bytes) {
      log.push(`-- register ${path} (in-memory)`);
      await db.registerFileBuffer(path, bytes);
    },
    async dropFile(path) {
      await db.dropFile(path);
    },
    fileReadFailures: () => readFailures.failures,
    async insertArrowIpc(table, bytes, create) {
      await conn.insertArrowFromIPCStream(bytes, { name: table, create });
    },
  };
  return engine;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`DuckDB did not start within ${ms / 1000} s (is 'wasm-unsafe-eval' allowed?)`)),
      ms,
    );
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

/** Synchronous feature test (duckdb.getPlatformFeatures is async): a tiny module using a try block. */
function hasWasmExceptions(): boolean {
  return WebAssembly.validate(
    new Uint8Array([
      0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 8, 1, 6, 0, 6, 64, 25, 11, 11,
    ]),
  );
}
