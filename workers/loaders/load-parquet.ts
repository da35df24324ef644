import { AppErrorException } from '../../core/shared/errors';
import { logger } from '../../core/shared/logger';
import { throwIfAborted } from './abort';
import { emptyArrowIpc } from './empty-arrow';
import type { FormatResult, LoadContext } from './load-context';
import { corruptParquet, loadFailed, notParquet } from './load-errors';
import type { ParquetApi, ParquetSource } from './parquet-api';

/**
 * Loads a Parquet file one row group at a time (parquet-wasm → Arrow IPC → DuckDB), so memory holds one
 * row group, not the file. Columns keep their Parquet types. Progress is in rows.
 */
export async function loadParquet(ctx: LoadContext, parquet: ParquetApi): Promise<FormatResult> {
  const head = new Uint8Array(await ctx.file.slice(0, 4).arrayBuffer());
  if (String.fromCharCode(...head) !== 'PAR1') throw new AppErrorException(notParquet(ctx.fileName));
  let source: ParquetSource;
  try {
    source = await parquet.open(ctx.file);
  } catch (e) {
    throw new AppErrorException(corruptParquet(ctx.fileName, message(e)));
  }
  try {
    let created = false;
    let done = 0;
    for (const [index, rows] of source.rowGroupRows.entries()) {
      if (rows === 0) continue;
      throwIfAborted(ctx.signal, ctx.fileName);
      let ipc: Uint8Array;
      try {
        ipc = await source.readRowGroup(index);
      } catch (e) {
        // A wasm trap says only "unreachable": say where instead.
        const detail =
          e instanceof WebAssembly.RuntimeError
            ? `row group ${index + 1} of ${source.rowGroupRows.length} cannot be decoded: ${e.message}`
            : message(e);
        throw new AppErrorException(corruptParquet(ctx.fileName, detail));
      }
      await insert(ctx, ipc, !created);
      created = true;
      done += rows;
      ctx.onProgress?.({ phase: 'insert', done, total: source.numRows, unit: 'rows' });
    }
    if (!created) await insert(ctx, emptyArrowIpc(source.schemaIpc()), true);
    return { warnings: [] };
  } finally {
    closeQuietly(source);
  }
}

async function insert(ctx: LoadContext, ipc: Uint8Array, create: boolean): Promise<void> {
  try {
    await ctx.engine.insertArrowIpc(ctx.table, ipc, create);
  } catch (e) {
    throw new AppErrorException(loadFailed(ctx.fileName, message(e)));
  }
}

function closeQuietly(source: ParquetSource): void {
  try {
    source.close();
  } catch (e) {
    // After a wasm panic the handle may refuse to be freed; the memory is lost either way.
    logger.debug('parquet handle not freed', e);
  }
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
