import { tableFromIPC } from 'apache-arrow';
import type { BrowserEngine } from '../engine/duckdb-browser-engine';
import type { ColumnInfo, QueryResult } from '../api';
import { runPending } from '../engine/run-pending';

/** The end-of-stream marker of the Arrow IPC stream format. */
const EOS = new Uint8Array([0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0]);

/**
 * Runs user SQL on its own connection (so it can be cancelled without touching others) and returns the
 * result as one Arrow IPC stream buffer, ready to be transferred to the main thread.
 */
export async function runQuery(
  engine: BrowserEngine,
  sql: string,
  signal: AbortSignal,
): Promise<QueryResult> {
  const started = performance.now();
  const chunks = await engine.withConnection((conn) =>
    runPending(engine.db, conn, sql, signal, { collect: true }),
  );
  const ipc = concat([...chunks, EOS]);
  // Decoding only the schema and batch headers: the column data stays where it is.
  const table = tableFromIPC(ipc);
  const columns: ColumnInfo[] = table.schema.fields.map((f) => ({ name: f.name, type: String(f.type) }));
  return { ipc, rowCount: table.numRows, columns, elapsedMs: performance.now() - started };
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}
