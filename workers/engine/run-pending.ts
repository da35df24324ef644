import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';

/** Thrown when a running statement was cancelled through its AbortSignal. */
export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'AbortError';
  }
}

/**
 * Runs `sql` as a pending query so it can be interrupted (`conn.query()` cannot be cancelled and blocks
 * other connections; engine-facts.md). With `collect`, returns the result as Arrow IPC stream chunks,
 * exactly as DuckDB produced them: nothing is decoded here.
 */
export async function runPending(
  db: AsyncDuckDB,
  conn: AsyncDuckDBConnection,
  sql: string,
  signal: AbortSignal | undefined,
  options: { collect: boolean },
): Promise<Uint8Array[]> {
  const id = conn.useUnsafe((_db, connId) => connId);
  const cancel = async (): Promise<never> => {
    await db.cancelPendingQuery(id);
    throw new CancelledError();
  };
  if (signal?.aborted) await cancel();
  // Not a streaming result: the statement runs to completion while we poll (cancellable), then the
  // materialised result is fetched. A streaming result came back empty on re-runs at 10 M rows.
  let header = await db.startPendingQuery(id, sql, false);
  while (header === null) {
    if (signal?.aborted) await cancel();
    header = await db.pollPendingQuery(id);
  }
  const chunks: Uint8Array[] = [header];
  for (;;) {
    if (signal?.aborted) await cancel();
    const chunk = await db.fetchQueryResults(id);
    if (chunk === null) continue;
    if (chunk.length === 0) break;
    if (options.collect) chunks.push(chunk);
  }
  return options.collect ? chunks : [];
}
