import type { TextEncodingName } from '../api';
import { AppErrorException, type AppError } from '../../core/shared/errors';
import { throwIfAborted } from './abort';
import type { ByteSink } from './byte-sink';
import { detectHeader } from './detect-header';
import { fileExtension } from './detect-format';
import { gbLineExample } from './gb-text-stats';
import { dedupeHeaderNames, positionalNames } from './header-names';
import type { FormatResult, LoadContext } from './load-context';
import {
  binaryFile,
  duplicateColumns,
  emptyFile,
  implausibleEncoding,
  mixedEncoding,
  undecodableFile,
  unnamedColumns,
  utf16File,
} from './load-errors';
import { parseRecords } from './parse-records';
import { runCsvLoad } from './run-csv-load';
import { lineOfOffset, sniffEncoding } from './sniff-encoding';
import { SNIFF_RECORDS, sniffDelimiter } from './sniff-delimiter';
import { transcodeGb18030 } from './transcode';

/** How many bytes from the start of a file the sniffers look at. */
export const SAMPLE_BYTES = 1024 * 1024;

/** Forced choices (anything left out is detected) and where transcoded bytes go. */
export interface CsvLoadOptions {
  readonly encoding?: TextEncodingName;
  readonly delimiter?: string;
  readonly hasHeader?: boolean;
  readonly createSink: (name: string) => Promise<ByteSink>;
}

/** The dialect chosen for a delimited file. */
interface Dialect {
  readonly encoding: TextEncodingName;
  readonly delimiter: string;
  readonly hasHeader: boolean;
  readonly columns: string[];
  readonly warnings: AppError[];
  /** The encoding was guessed from an all-ASCII sample, so it may turn out to be GB18030 further in. */
  readonly guessedFromAscii: boolean;
  /** The sample holds at least one data row, so a load of no rows means the file was not read. */
  readonly hasDataRows: boolean;
}

/**
 * Loads a CSV/TSV/TXT file: sniffs encoding, delimiter and header from the first megabyte, then lets
 * DuckDB read UTF-8 files in place; GB18030/GBK files are first transcoded as a stream into a sink. If
 * the encoding was only guessed (the first megabyte was plain ASCII) and DuckDB then meets non-UTF-8
 * bytes, the file is transcoded from GB18030 and read again rather than failing.
 */
export async function loadCsv(ctx: LoadContext, options: CsvLoadOptions): Promise<FormatResult> {
  const dialect = await sniffDialect(ctx, options);
  try {
    await loadWithEncoding(ctx, options, dialect, dialect.encoding);
    return resultOf(dialect, dialect.encoding);
  } catch (e) {
    const retry =
      dialect.guessedFromAscii && e instanceof AppErrorException && e.error.code === 'csv.invalid-encoding';
    if (!retry) throw e;
    await loadWithEncoding(ctx, options, dialect, 'gb18030');
    return resultOf(dialect, 'gb18030');
  }
}

function resultOf(dialect: Dialect, encoding: TextEncodingName): FormatResult {
  const { delimiter, hasHeader, warnings } = dialect;
  return { encoding, delimiter, hasHeader, warnings };
}

async function sniffDialect(ctx: LoadContext, options: CsvLoadOptions): Promise<Dialect> {
  const { file, fileName } = ctx;
  const isComplete = file.size <= SAMPLE_BYTES;
  const sample = new Uint8Array(await file.slice(0, SAMPLE_BYTES).arrayBuffer());
  const sniff = sniffEncoding(sample, isComplete);
  if (sniff.kind === 'binary') {
    throw new AppErrorException(binaryFile(fileName, lineOfOffset(sample, sniff.offset)));
  }
  if (sniff.kind === 'utf-16') throw new AppErrorException(utf16File(fileName));
  // No encoding reads a mixed file whole, so even a forced one does not load it.
  if (sniff.kind === 'mixed') {
    throw new AppErrorException(mixedEncoding(fileName, sniff.lines.utf8, sniff.lines.gb));
  }
  if (sniff.kind === 'implausible' && !options.encoding) {
    const example = gbLineExample(sample, sniff.lines[0] ?? 1);
    throw new AppErrorException(implausibleEncoding(fileName, sniff.lines, example));
  }
  if (sniff.kind === 'undecodable' && !options.encoding) {
    throw new AppErrorException(undecodableFile(fileName, lineOfOffset(sample, sniff.offset)));
  }
  const encoding = options.encoding ?? (sniff.kind === 'text' ? sniff.encoding : 'utf-8');
  const label = encoding === 'gb18030' ? 'gb18030' : 'utf-8';
  const text = new TextDecoder(label).decode(sample, { stream: !isComplete });
  if (isComplete && text.trim() === '') throw new AppErrorException(emptyFile(fileName));

  const fallback = fileExtension(fileName) === 'tsv' ? '\t' : ',';
  const delimiter = options.delimiter ?? sniffDelimiter(text, isComplete, fallback);
  let { records } = parseRecords(text, delimiter, SNIFF_RECORDS + 1);
  if (!isComplete && records.length > 1) records = records.slice(0, -1);
  const first = records[0] ?? [''];
  const hasHeader = options.hasHeader ?? detectHeader(records);
  const warnings: AppError[] = [];
  let columns: string[];
  if (hasHeader) {
    const header = dedupeHeaderNames(first);
    columns = header.names;
    if (header.renamed.length > 0) warnings.push(duplicateColumns(fileName, header.renamed));
    if (header.unnamed.length > 0) warnings.push(unnamedColumns(fileName, header.unnamed));
  } else {
    columns = positionalNames(first.length);
  }
  const guessedFromAscii = !options.encoding && sniff.kind === 'text' && sniff.ascii && !isComplete;
  const nonBlank = records.filter((r) => r.length > 1 || (r[0] ?? '').trim() !== '');
  const hasDataRows = nonBlank.length > (hasHeader ? 1 : 0);
  return { encoding, delimiter, hasHeader, columns, warnings, guessedFromAscii, hasDataRows };
}

async function loadWithEncoding(
  ctx: LoadContext,
  options: CsvLoadOptions,
  dialect: Dialect,
  encoding: TextEncodingName,
): Promise<void> {
  const read = {
    suffix: '.csv',
    delimiter: dialect.delimiter,
    hasHeader: dialect.hasHeader,
    columns: dialect.columns,
    hasDataRows: dialect.hasDataRows,
  };
  if (encoding !== 'gb18030') {
    await runCsvLoad(ctx, { ...read, blob: ctx.file });
    return;
  }
  throwIfAborted(ctx.signal, ctx.fileName);
  const sink = await options.createSink(`${ctx.table}.utf8.csv`);
  let blob: Blob;
  try {
    await transcodeGb18030(ctx.file, sink, {
      fileName: ctx.fileName,
      headerLines: dialect.hasHeader ? 1 : 0,
      isEncodingChosen: options.encoding === 'gb18030',
      signal: ctx.signal,
      onProgress: ctx.onProgress,
    });
    blob = await sink.close();
  } catch (e) {
    await sink.abort();
    throw e;
  }
  try {
    await runCsvLoad(ctx, { ...read, blob });
  } finally {
    await sink.discard?.();
  }
}
