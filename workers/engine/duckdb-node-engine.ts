import { createRequire } from 'node:module';
import path from 'node:path';
import type * as DuckDBBlocking from '@duckdb/duckdb-wasm/dist/duckdb-node-blocking';
import { arrowToRows } from './arrow-rows';
import { CLAIMS_DIR, lockdownStatements } from './engine-settings';
import type { SqlEngine } from './sql-engine';

const require = createRequire(import.meta.url);

/** A DuckDB-WASM engine under Node (the same wasm as the browser), for tests and the headless runner. */
export interface NodeEngine extends SqlEngine {
  /** Makes a local file readable as `${CLAIMS_DIR}${name}`. */
  registerFile(name: string, localPath: string): Promise<void>;
  /** Makes bytes readable as `${CLAIMS_DIR}${name}`. */
  registerBuffer(name: string, bytes: Uint8Array): Promise<void>;
  /** Inserts an Arrow IPC stream as a table. */
  insertArrowIpc(table: string, bytes: Uint8Array, create: boolean): Promise<void>;
  close(): Promise<void>;
}

/** Starts the Node (blocking) DuckDB-WASM bundle, locked down exactly as in the browser. */
export async function createNodeEngine(): Promise<NodeEngine> {
  const duckdb = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs') as typeof DuckDBBlocking;
  const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
  const db = await duckdb.createDuckDB(
    { mvp: { mainModule: path.join(dist, 'duckdb-mvp.wasm'), mainWorker: '' }, eh: { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: '' } },
    new duckdb.VoidLogger(),
    duckdb.NODE_RUNTIME,
  );
  await db.instantiate();
  db.open({ query: { castBigIntToDouble: false } });
  const conn = db.connect();
  for (const stmt of lockdownStatements()) conn.query(stmt);
  return {
    async exec(sql) {
      conn.query(sql);
    },
    async rows<T extends Record<string, unknown>>(sql: string) {
      return arrowToRows<T>(conn.query(sql));
    },
    async registerFile(name, localPath) {
      db.registerFileURL(`${CLAIMS_DIR}${name}`, localPath, duckdb.DuckDBDataProtocol.NODE_FS, true);
    },
    async registerBuffer(name, bytes) {
      db.registerFileBuffer(`${CLAIMS_DIR}${name}`, bytes);
    },
    async insertArrowIpc(table, bytes, create) {
      conn.insertArrowFromIPCStream(bytes, { name: table, create });
    },
    async close() {
      conn.close();
      await db.terminate?.();
    },
  };
}
