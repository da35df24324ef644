import type { AppError } from '../../core/shared/errors';
import { csvReadFailed, invalidEncoding, raggedRow, unterminatedQuote, type RowPlace } from './load-errors';

/** What the CSV reader was told, to phrase its errors. */
export interface CsvErrorContext {
  readonly fileName: string;
  readonly delimiter: string;
  readonly hasHeader: boolean;
}

/**
 * Turns DuckDB's CSV reader error into a user-facing AppError. DuckDB says `CSV Error on Line: N`, where
 * N counts records (a quoted line break does not start a new one) plus blank lines, header included;
 * the data row is N minus the header line.
 */
export function translateCsvError(detail: string, ctx: CsvErrorContext): AppError {
  const lineMatch = /CSV Error on Line: (\d+)/.exec(detail);
  const place: RowPlace | null = lineMatch
    ? {
        line: Number(lineMatch[1]),
        row: Math.max(1, Number(lineMatch[1]) - (ctx.hasHeader ? 1 : 0)),
      }
    : null;
  const counts = /Expected Number of Columns: (\d+) Found: (\d+)/.exec(detail);
  if (place && counts) {
    return raggedRow(
      ctx.fileName,
      place,
      Number(counts[2]),
      Number(counts[1]),
      ctx.delimiter,
      ctx.hasHeader,
      detail,
    );
  }
  if (place && /Invalid unicode/i.test(detail)) return invalidEncoding(ctx.fileName, 'utf-8', place, detail);
  if (place && /unterminated quote/i.test(detail)) return unterminatedQuote(ctx.fileName, place, detail);
  return csvReadFailed(ctx.fileName, place, detail);
}
