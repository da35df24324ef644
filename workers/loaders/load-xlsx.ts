import { readSheet } from 'read-excel-file/universal';
import { AppErrorException, type AppError } from '../../core/shared/errors';
import { throwIfAborted } from './abort';
import { detectHeader } from './detect-header';
import { dedupeHeaderNames, positionalNames } from './header-names';
import type { FormatResult, LoadContext } from './load-context';
import { duplicateColumns, emptySheet, invalidXlsx, sheetNotFound, unnamedColumns } from './load-errors';
import { runCsvLoad } from './run-csv-load';
import { recordsToCsv, sheetRecords, type SheetCell } from './sheet-records';
import { SNIFF_RECORDS } from './sniff-delimiter';

/** Forced choices for a workbook. */
export interface XlsxLoadOptions {
  /** Sheet name (default: the first sheet). */
  readonly sheet?: string;
  readonly hasHeader?: boolean;
}

/**
 * Loads one sheet of an .xlsx workbook. `read-excel-file/universal` parses it without DOMParser or
 * nested workers, so it runs in the kernel worker and under Node. The sheet is converted to UTF-8 CSV in
 * memory (workbooks are bounded in size; every value as stored, dates as ISO text) and then loaded
 * exactly like a CSV file, all columns VARCHAR.
 */
export async function loadXlsx(ctx: LoadContext, options: XlsxLoadOptions): Promise<FormatResult> {
  const rows = await readRows(ctx, options.sheet);
  throwIfAborted(ctx.signal, ctx.fileName);
  const records = sheetRecords(rows);
  const first = records[0];
  if (!first || first.length === 0) {
    throw new AppErrorException(emptySheet(ctx.fileName, options.sheet ?? '1'));
  }
  const hasHeader = options.hasHeader ?? detectHeader(records.slice(0, SNIFF_RECORDS + 1));
  const warnings: AppError[] = [];
  let columns: string[];
  if (hasHeader) {
    const header = dedupeHeaderNames(first);
    columns = header.names;
    if (header.renamed.length > 0) warnings.push(duplicateColumns(ctx.fileName, header.renamed));
    if (header.unnamed.length > 0) warnings.push(unnamedColumns(ctx.fileName, header.unnamed));
  } else {
    columns = positionalNames(first.length);
  }
  const data = hasHeader ? records.slice(1) : records;
  const blob = new Blob([new TextEncoder().encode(recordsToCsv(data))]);
  const hasDataRows = data.length > 0;
  await runCsvLoad(ctx, {
    blob,
    suffix: '.xlsx.csv',
    delimiter: ',',
    hasHeader: false,
    columns,
    hasDataRows,
  });
  return { hasHeader, warnings };
}

async function readRows(ctx: LoadContext, sheet: string | undefined): Promise<SheetCell[][]> {
  try {
    const rows = await readSheet<string>(ctx.file, sheet ?? 1, { parseNumber: (s) => s, trim: false });
    return rows as SheetCell[][];
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    if (e instanceof Error && e.name === 'SheetNotFoundError') {
      throw new AppErrorException(sheetNotFound(ctx.fileName, sheet ?? '1', detail));
    }
    throw new AppErrorException(invalidXlsx(ctx.fileName, detail));
  }
}
