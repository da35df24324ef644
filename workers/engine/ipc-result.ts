import { tableFromIPC } from 'apache-arrow';
import type { IpcResult } from './engine-port';

/** The end-of-stream marker of the Arrow IPC stream format. */
const EOS = new Uint8Array([0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0]);

/**
 * A result from DuckDB's own Arrow IPC bytes: its row count and columns read from the schema and batch
 * headers only (the column data stays where it is).
 */
export function ipcResult(ipc: Uint8Array): IpcResult {
  const table = tableFromIPC(ipc);
  const columns = table.schema.fields.map((f) => ({ name: f.name, type: String(f.type) }));
  return { ipc, rowCount: table.numRows, columns };
}

/** Joins DuckDB-WASM's result chunks (schema, then batches) into one IPC stream, end marker included. */
export function ipcStream(chunks: readonly Uint8Array[]): Uint8Array {
  const parts = [...chunks, EOS];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}
