import type { EnginePort } from '../engine/engine-port';
import type { QueryResult } from '../api';

/**
 * Runs user SQL on the engine's user side (its own connection in the browser, so it can be cancelled
 * without touching others) and returns the result as one Arrow IPC stream buffer, ready to be
 * transferred to the main thread.
 */
export async function runQuery(
  engine: Pick<EnginePort, 'queryIpc'>,
  sql: string,
  signal: AbortSignal,
): Promise<QueryResult> {
  const started = performance.now();
  const { ipc, rowCount, columns } = await engine.queryIpc(sql, signal);
  return { ipc, rowCount, columns, elapsedMs: performance.now() - started };
}
