import { CLAIMS_DIR } from '../engine/engine-settings';
import { AppErrorException } from '../shared/errors';
import { throwIfAborted } from './abort';
import { translateCsvError } from './csv-errors';
import { createTableFromCsvSql } from './csv-sql';
import type { LoadContext } from './load-context';

/** How to read the UTF-8 delimited bytes that {@link runCsvLoad} creates the table from. */
export interface CsvSource {
  /** UTF-8 (optionally with BOM) delimited text; registered in place, never copied into JS memory. */
  readonly blob: Blob;
  /** Suffix of the registered path, e.g. `.csv`. */
  readonly suffix: string;
  readonly delimiter: string;
  readonly hasHeader: boolean;
  readonly columns: readonly string[];
}

/**
 * Registers the bytes under CLAIMS_DIR and creates the table with an explicit, all-VARCHAR `read_csv`,
 * reporting the read phase. A reader error becomes a located AppError (row, what to do).
 * The registration is dropped afterwards: the table holds the data.
 */
export async function runCsvLoad(ctx: LoadContext, source: CsvSource): Promise<void> {
  const path = `${CLAIMS_DIR}${ctx.table}${source.suffix}`;
  const size = source.blob.size;
  await ctx.engine.registerBlob(path, source.blob);
  try {
    throwIfAborted(ctx.signal, ctx.fileName);
    const sql = createTableFromCsvSql(ctx.table, { path, ...source });
    // DuckDB reads the file in place and cannot report how far it is: the phase shows, the amount does not.
    ctx.onProgress?.({ phase: 'read', done: 0, total: 0, unit: 'bytes' });
    try {
      await ctx.engine.exec(sql, { signal: ctx.signal });
    } catch (e) {
      throwIfAborted(ctx.signal, ctx.fileName);
      const detail = e instanceof Error ? e.message : String(e);
      throw new AppErrorException(
        translateCsvError(detail, {
          fileName: ctx.fileName,
          delimiter: source.delimiter,
          hasHeader: source.hasHeader,
        }),
      );
    }
    ctx.onProgress?.({ phase: 'read', done: size, total: size, unit: 'bytes' });
  } finally {
    await ctx.engine.dropFile(path);
  }
}
