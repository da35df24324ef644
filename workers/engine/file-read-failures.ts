import type { LogEntryVariant, Logger } from '@duckdb/duckdb-wasm';
import { logger } from '../../core/shared/logger';

/** The log topic under which the engine's worker reports a failed read of a registered file. */
export const READ_FAILURE_TOPIC = 'claimlens-file-read-failure';

/** The log topic under which the engine's worker forwards what DuckDB's runtime printed as a warning or error. */
export const WORKER_CONSOLE_TOPIC = 'claimlens-worker-console';

/** How many times one read of a registered file is tried before it counts as failed. */
export const READ_ATTEMPTS = 3;

/** One failed read, as the engine's worker reported it. */
export interface FileReadFailure {
  /** The browser's error, e.g. `NotReadableError: …`, or DuckDB's warning. */
  readonly detail: string;
  /** The size of the read that failed (0 when the whole file was missing). */
  readonly bytes: number;
  readonly attempt: number;
  /** A later attempt of the same read may still succeed. */
  readonly recovered: boolean;
}

/**
 * DuckDB-WASM's warning when a registered file's handle is gone as it opens it; it then reads the file
 * as empty.
 */
export function isMissingFileWarning(text: string): boolean {
  return text.startsWith('Buffering missing file');
}

/**
 * DuckDB-WASM's logger for the engine: keeps the file-read failures the worker reports (see
 * duckdb-engine.worker.ts), passes on what DuckDB's runtime printed, and drops DuckDB's own log
 * entries, as the default `VoidLogger` does.
 */
export class FileReadFailureLog implements Logger {
  readonly failures: FileReadFailure[] = [];

  log(entry: LogEntryVariant): void {
    const { topic, value } = entry as unknown as { topic?: unknown; value?: unknown };
    if (typeof value !== 'string') return;
    if (topic === READ_FAILURE_TOPIC) this.failures.push(JSON.parse(value) as FileReadFailure);
    else if (topic === WORKER_CONSOLE_TOPIC)
      logger.warn('DuckDB:', (JSON.parse(value) as { text: string }).text);
  }
}
