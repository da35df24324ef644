import type { ColumnInfo, ProgressCallback, TextEncodingName } from '../api';
import type { FileEngine } from '../engine/sql-engine';
import { quoteIdent, quoteLiteral } from '../engine/sql-quote';
import { AppErrorException, fail, ok, type AppError, type Result } from '../../core/shared/errors';
import { assertNever, invariant } from '../../core/shared/invariant';
import { logger } from '../../core/shared/logger';
import { throwIfAborted } from './abort';
import { createMemorySink, type ByteSink } from './byte-sink';
import { detectFormat } from './detect-format';
import { loadCsv } from './load-csv';
import type { FormatResult, LoadContext } from './load-context';
import { cancelled, emptyFile, legacyXls, loadFailed, noRows, unreadableFile } from './load-errors';
import { loadParquet } from './load-parquet';
import type { ParquetApi } from './parquet-api';
import { sha256Blob } from './sha256-blob';
import { describeTable } from './table-info';

export type { ByteSink } from './byte-sink';
export type { ParquetApi } from './parquet-api';

/** How to load one file. Forced values win; anything left out is detected. */
export interface LoadFileOptions {
  readonly encoding?: TextEncodingName;
  readonly delimiter?: string;
  readonly hasHeader?: boolean;
  /** Excel: the sheet to load (default: the first). */
  readonly sheet?: string;
  /** Cancels the load; the result is then an AppError of kind `cancelled`. */
  readonly signal?: AbortSignal;
  readonly onProgress?: ProgressCallback;
  /**
   * Where a GB18030 file is transcoded to UTF-8. Default: memory (tests, small files); the browser
   * worker passes `createOpfsSink` so multi-GB files go to disk.
   */
  readonly createSink?: (name: string) => Promise<ByteSink>;
  /** Parquet support, started only when a Parquet file arrives (its wasm is 5 MB). */
  readonly parquet: () => Promise<ParquetApi>;
}

/** What was loaded: the raw table and how the file was read. */
export interface LoadedFile {
  readonly table: string;
  readonly format: 'csv' | 'parquet' | 'xlsx';
  readonly encoding?: TextEncodingName;
  readonly delimiter?: string;
  readonly hasHeader?: boolean;
  readonly rowCount: number;
  readonly columns: ColumnInfo[];
  /** Things the user should know that did not stop the load (renamed columns, no rows). */
  readonly warnings: AppError[];
  /** Hex SHA-256 of the file's bytes. */
  readonly sha256: string;
}

/**
 * Loads a user's file (CSV/TSV/TXT, Parquet or .xlsx; chosen by magic bytes, then extension) into a new
 * raw table `table`, while hashing the file's bytes concurrently (DuckDB works in its own worker in the
 * browser, so both cores are busy). Expected failures — empty, binary or malformed files, bad bytes,
 * ragged rows, corrupt Parquet, cancellation — come back as a bilingual AppError naming the file (and
 * row when known); nothing is half-created: on failure the table is dropped.
 */
export async function loadFile(
  engine: FileEngine,
  file: Blob,
  fileName: string,
  table: string,
  options: LoadFileOptions,
): Promise<Result<LoadedFile>> {
  const { signal } = options;
  if (signal?.aborted) return fail(cancelled(fileName));
  if (file.size === 0) return fail(emptyFile(fileName));
  invariant(!(await tableExists(engine, table)), `loadFile: table already exists: ${table}`);

  const stopHashing = new AbortController();
  const onAbort = () => stopHashing.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort);
  const hashing = sha256Blob(file, { signal: stopHashing.signal, onProgress: options.onProgress });
  // The load may fail first; the hash's own rejection is then of no interest.
  hashing.catch(() => undefined);
  try {
    const ctx: LoadContext = { engine, file, fileName, table, signal, onProgress: options.onProgress };
    const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
    const format = detectFormat(head, fileName);
    if (format === 'xls') throw new AppErrorException(legacyXls(fileName));
    const found = await loadFormat(ctx, format, options);
    const sha256 = await hashing;
    throwIfAborted(signal, fileName);
    const { rowCount, columns } = await describeTable(engine, table);
    const warnings = rowCount === 0 ? [...found.warnings, noRows(fileName)] : found.warnings;
    return ok({
      table,
      format,
      ...(found.encoding ? { encoding: found.encoding } : {}),
      ...(found.delimiter ? { delimiter: found.delimiter } : {}),
      ...(found.hasHeader !== undefined ? { hasHeader: found.hasHeader } : {}),
      rowCount,
      columns,
      warnings,
      sha256,
    });
  } catch (e) {
    stopHashing.abort();
    await dropQuietly(engine, table);
    if (signal?.aborted) return fail(cancelled(fileName));
    return fail(asLoadError(e, fileName));
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}

async function loadFormat(
  ctx: LoadContext,
  format: LoadedFile['format'],
  options: LoadFileOptions,
): Promise<FormatResult> {
  switch (format) {
    case 'csv':
      return loadCsv(ctx, {
        encoding: options.encoding,
        delimiter: options.delimiter,
        hasHeader: options.hasHeader,
        createSink: options.createSink ?? (async () => createMemorySink()),
      });
    case 'parquet':
      return loadParquet(ctx, await options.parquet());
    case 'xlsx': {
      // The Excel reader is loaded on demand: it would slow every page's start for a rare format.
      const { loadXlsx } = await import('./load-xlsx');
      return loadXlsx(ctx, { sheet: options.sheet, hasHeader: options.hasHeader });
    }
    default:
      return assertNever(format, 'file format');
  }
}

function asLoadError(e: unknown, fileName: string): AppError {
  if (e instanceof AppErrorException) return e.error;
  const detail = e instanceof Error ? e.message : String(e);
  if (e instanceof DOMException && (e.name === 'NotReadableError' || e.name === 'NotFoundError')) {
    return unreadableFile(fileName, detail);
  }
  return loadFailed(fileName, detail);
}

async function tableExists(engine: FileEngine, table: string): Promise<boolean> {
  const rows = await engine.rows<{ n: number }>(
    `SELECT count(*) AS n FROM information_schema.tables WHERE table_catalog = current_database() AND lower(table_name) = lower(${quoteLiteral(table)})`,
  );
  return (rows[0]?.n ?? 0) > 0;
}

async function dropQuietly(engine: FileEngine, table: string): Promise<void> {
  try {
    await engine.exec(`DROP TABLE IF EXISTS ${quoteIdent(table)}`);
  } catch (e) {
    logger.warn('could not drop a half-loaded table', table, e);
  }
}
