import { CLAIMS_DIR } from '../engine/engine-settings';
import type { FileEngine } from '../engine/sql-engine';
import { quoteIdent } from '../engine/sql-quote';
import { AppErrorException } from '../../core/shared/errors';
import { logger } from '../../core/shared/logger';
import { throwIfAborted } from './abort';
import { translateCsvError } from './csv-errors';
import { createTableFromCsvSql } from './csv-sql';
import type { LoadContext } from './load-context';
import { readFailed, rowsUnread } from './load-errors';

/** How to read the UTF-8 delimited bytes that {@link runCsvLoad} creates the table from. */
export interface CsvSource {
  /** UTF-8 (optionally with BOM) delimited text; registered in place, never copied into JS memory. */
  readonly blob: Blob;
  /** Suffix of the registered path, e.g. `.csv`. */
  readonly suffix: string;
  readonly delimiter: string;
  readonly hasHeader: boolean;
  readonly columns: readonly string[];
  /** The sniffed sample holds data rows: loading none means the file was not read. */
  readonly hasDataRows: boolean;
}

/**
 * Registers the bytes under CLAIMS_DIR and creates the table with an explicit, all-VARCHAR `read_csv`,
 * reporting the read phase. A reader error becomes a located AppError (row, what to do).
 * The registration is dropped afterwards: the table holds the data.
 *
 * In a tab holding several GB, DuckDB-WASM now and then creates the table without reading the file at
 * all (seen at 10 M fee lines, on files of 1 KB to 175 MB: no read reached the browser's file reader).
 * So a file whose first megabyte holds data rows but that loads as none is read once more under a new
 * path, and if that also yields nothing the load fails: never a silently empty table.
 */
export async function runCsvLoad(ctx: LoadContext, source: CsvSource): Promise<void> {
  ctx.onProgress?.({ phase: 'read', done: 0, total: 0, unit: 'bytes' });
  await readIntoTable(ctx, source, `${CLAIMS_DIR}${ctx.table}${source.suffix}`);
  if (source.hasDataRows && (await rowCount(ctx.engine, ctx.table)) === 0) {
    logger.warn('the engine read no rows of a file that has some; reading it again', ctx.fileName);
    await ctx.engine.exec(`DROP TABLE ${quoteIdent(ctx.table)}`);
    await readIntoTable(ctx, source, `${CLAIMS_DIR}${ctx.table}.again${source.suffix}`);
    if ((await rowCount(ctx.engine, ctx.table)) === 0) {
      throw new AppErrorException(rowsUnread(ctx.fileName, source.blob.size));
    }
  }
  ctx.onProgress?.({ phase: 'read', done: source.blob.size, total: source.blob.size, unit: 'bytes' });
}

async function readIntoTable(ctx: LoadContext, source: CsvSource, path: string): Promise<void> {
  const failuresBefore = ctx.engine.fileReadFailures().length;
  await ctx.engine.registerBlob(path, source.blob);
  try {
    throwIfAborted(ctx.signal, ctx.fileName);
    const sql = createTableFromCsvSql(ctx.table, { path, ...source });
    // DuckDB reads the file in place and cannot report how far it is: the phase shows, the amount does not.
    try {
      await ctx.engine.exec(sql, { signal: ctx.signal });
    } catch (e) {
      throwIfAborted(ctx.signal, ctx.fileName);
      throwIfReadFailed(ctx.engine, failuresBefore, ctx.fileName);
      const detail = e instanceof Error ? e.message : String(e);
      throw new AppErrorException(
        translateCsvError(detail, {
          fileName: ctx.fileName,
          delimiter: source.delimiter,
          hasHeader: source.hasHeader,
        }),
      );
    }
    throwIfReadFailed(ctx.engine, failuresBefore, ctx.fileName);
  } finally {
    await ctx.engine.dropFile(path);
  }
}

async function rowCount(engine: FileEngine, table: string): Promise<number> {
  const rows = await engine.rows<{ n: number }>(`SELECT count(*) AS n FROM ${quoteIdent(table)}`);
  return rows[0]?.n ?? 0;
}

/**
 * A read that failed for good during this load means DuckDB saw a premature end of file: the table may
 * be short or empty, so the load fails. (Loads run one at a time, so the failures since the file was
 * registered are this file's.)
 */
function throwIfReadFailed(engine: FileEngine, before: number, fileName: string): void {
  const failures = engine.fileReadFailures().slice(before);
  if (failures.length === 0) return;
  logger.warn('file reads failed while loading', fileName, failures);
  const failed = failures.find((f) => !f.recovered);
  if (failed) throw new AppErrorException(readFailed(fileName, failed.detail));
}
