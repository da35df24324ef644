import { createRequire } from 'node:module';
import path from 'node:path';
// Types only (erased at run time): the package's exports map gives the .cjs file no types.
import type * as DuckDBBlocking from 'duckdb-wasm-node-blocking-types';
import { arrowToRows } from '../../workers/engine/arrow-rows';
import { STORAGE_STATEMENTS, USE_STATEMENT, lockdownStatements } from '../../workers/engine/engine-settings';
import type { FileEngine, KernelSql } from '../../workers/engine/sql-engine';

const require = createRequire(import.meta.url);

/** A DuckDB-WASM engine under Node (the same wasm as the browser), for tests and the headless runner. */
export interface NodeEngine extends FileEngine {
  /** Runs a query and returns DuckDB's own Arrow IPC bytes (copied out of wasm memory), as the browser gets them. */
  queryIpc(sql: string): Promise<Uint8Array>;
  /** Makes a local file readable at `path` (under CLAIMS_DIR) without copying it. */
  registerLocalFile(path: string, localPath: string): Promise<void>;
  /** Runs ONE statement as a prepared statement with `?` arguments. */
  execPrepared(sql: string, args: readonly (string | number | null)[]): Promise<void>;
  /** Runs ONE query as a prepared statement with `?` arguments and returns plain rows. */
  rowsPrepared<T extends object>(sql: string, args: readonly (string | number | null)[]): Promise<T[]>;
  /** The kernel's private connection (its TEMP tables are invisible to every other statement here). */
  readonly kernelSql: KernelSql;
  close(): Promise<void>;
}

/** Starts the Node (blocking) DuckDB-WASM bundle, locked down exactly as in the browser. */
export async function createNodeEngine(): Promise<NodeEngine> {
  const duckdb = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs') as typeof DuckDBBlocking;
  const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
  const db = await duckdb.createDuckDB(
    {
      mvp: { mainModule: path.join(dist, 'duckdb-mvp.wasm'), mainWorker: '' },
      eh: { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: '' },
    },
    new duckdb.VoidLogger(),
    duckdb.NODE_RUNTIME,
  );
  await db.instantiate();
  db.open({ query: { castBigIntToDouble: false } });
  const conn = db.connect();
  for (const stmt of [...STORAGE_STATEMENTS, ...lockdownStatements()]) conn.query(stmt);
  const kernelConn = db.connect();
  kernelConn.query(USE_STATEMENT);
  return {
    kernelSql: {
      async exec(sql) {
        kernelConn.query(sql);
      },
      async rows<T extends Record<string, unknown>>(sql: string) {
        return arrowToRows<T>(kernelConn.query(sql));
      },
      async execPrepared(sql, args) {
        const statement = kernelConn.prepare(sql);
        try {
          statement.query(...args);
        } finally {
          statement.close();
        }
      },
    },
    async exec(sql) {
      conn.query(sql);
    },
    async rows<T extends Record<string, unknown>>(sql: string) {
      return arrowToRows<T>(conn.query(sql));
    },
    async queryIpc(sql) {
      // Copied out: the bytes are a view into wasm memory that the next query reuses.
      return conn.useUnsafe((bindings, c) => bindings.runQuery(c, sql).slice());
    },
    async execPrepared(sql, args) {
      const statement = conn.prepare(sql);
      try {
        statement.query(...args);
      } finally {
        statement.close();
      }
    },
    async rowsPrepared<T extends object>(sql: string, args: readonly (string | number | null)[]) {
      const statement = conn.prepare(sql);
      try {
        return arrowToRows(statement.query(...args)) as unknown as T[];
      } finally {
        statement.close();
      }
    },
    async registerLocalFile(name, localPath) {
      db.registerFileURL(name, localPath, duckdb.DuckDBDataProtocol.NODE_FS, true);
    },
    async registerBlob(name, blob) {
      db.registerFileBuffer(name, new Uint8Array(await blob.arrayBuffer()));
    },
    async registerBuffer(name, bytes) {
      db.registerFileBuffer(name, bytes);
    },
    async dropFile(name) {
      db.dropFile(name);
    },
    // Node reads registered buffers from memory: no read can fail half-way.
    fileReadFailures: () => [],
    async insertArrowIpc(table, bytes, create) {
      conn.insertArrowFromIPCStream(bytes, { name: table, create });
    },
    async close() {
      kernelConn.close();
      conn.close();
    },
  };
}
