import { open, rm } from 'node:fs/promises';
import path from 'node:path';
import { createNodeEngine, type NodeEngine } from '../node/engine/duckdb-node-engine';
import { quoteIdent, quoteLiteral } from '../workers/engine/sql-quote';
import type { SqlEngine } from '../workers/engine/sql-engine';
import { describeTable } from '../workers/loaders/table-info';

/** Rows per page read back from the scratch engine. */
const PAGE = 50_000;
const BATCH = '_cl_arrow_batch';

/** Inserts Arrow IPC batches into a native table. */
export interface ArrowInserter {
  insert(table: string, ipc: Uint8Array, create: boolean): Promise<void>;
  close(): Promise<void>;
}

/**
 * Native DuckDB here reads no Arrow IPC (its Arrow support is an extension, which is never downloaded),
 * and the Parquet loader hands over Arrow batches. So each batch goes first into a scratch DuckDB-WASM
 * engine, exactly as the browser inserts it, which decides the column types; its values are then copied
 * to native DuckDB as DuckDB's own text form (a lossless round trip for every type DuckDB casts from
 * text) through a temporary CSV file, and cast back to those types. The native table is therefore the
 * one the browser builds, at the cost of passing Parquet data through the WASM engine once.
 */
export function createArrowInserter(target: SqlEngine, tempDir: string): ArrowInserter {
  let scratch: Promise<NodeEngine> | undefined;
  let count = 0;
  return {
    async insert(table, ipc, create) {
      const wasm = await (scratch ??= createNodeEngine());
      await wasm.exec(`DROP TABLE IF EXISTS ${BATCH}`);
      await wasm.insertArrowIpc(BATCH, ipc, true);
      const { rowCount, columns } = await describeTable(wasm, BATCH);
      if (create) {
        const defs = columns.map((c) => `${quoteIdent(c.name)} ${c.type}`).join(', ');
        await target.exec(`CREATE TABLE ${quoteIdent(table)} (${defs})`);
      }
      if (rowCount === 0) return;
      const file = path.join(tempDir, `arrow-${++count}.csv`);
      const handle = await open(file, 'w');
      try {
        const select = columns.map((c, i) => `CAST(${quoteIdent(c.name)} AS VARCHAR) AS c${i}`).join(', ');
        for (let low = 0; low < rowCount; low += PAGE) {
          const rows = await wasm.rows<Record<string, string | null>>(
            `SELECT ${select} FROM ${BATCH} WHERE rowid >= ${low} AND rowid < ${low + PAGE} ORDER BY rowid`,
          );
          await handle.write(
            rows.map((r) => columns.map((_, i) => field(r[`c${i}`])).join(',')).join('\n') + '\n',
          );
        }
      } finally {
        await handle.close();
      }
      const spec = columns.map((_, i) => `'c${i}': 'VARCHAR'`).join(', ');
      const casts = columns.map((c, i) => `CAST(c${i} AS ${c.type})`).join(', ');
      await target.exec(
        `INSERT INTO ${quoteIdent(table)} SELECT ${casts} FROM read_csv(${quoteLiteral(file)}, auto_detect = false,
         header = false, delim = ',', quote = '"', escape = '"', allow_quoted_nulls = false, columns = {${spec}})`,
      );
      await rm(file, { force: true });
    },
    async close() {
      if (scratch) await (await scratch).close();
    },
  };
}

/** NULL as an empty unquoted field; every value quoted, so an empty string stays an empty string. */
function field(value: string | null | undefined): string {
  return value === null || value === undefined ? '' : `"${value.replaceAll('"', '""')}"`;
}
