import type { TextEncodingName } from '../api';
import type { AppError, Result } from '../../core/shared/errors';
import { msg } from '../../core/shared/msg';
import { decodeKnowledgeText } from './kb-decode';
import type { KbFileRows } from './kb-file-rows';
import { fileError } from './kb-import-errors';
import { MAX_LISTED_ERRORS, type KnowledgeImportReport } from './kb-import-report';
import { readKnowledgeCsv } from './kb-read-csv';
import { readKnowledgeJson } from './kb-read-json';
import { checkRow } from './kb-row-check';
import type { KnowledgeRow, KnowledgeRows } from './knowledge-rows';
import { importNhsaRecords } from './nhsa-import';
import { nhsaCsvInput, nhsaJsonInput } from './nhsa-read-input';

/** The largest knowledge file read (a province's full drug and service catalogue is far smaller). */
export const MAX_KNOWLEDGE_FILE_BYTES = 64 * 1024 * 1024;

/** A knowledge file imported: the report, and the accepted rows (in file order) for a layer. */
export interface KnowledgeImport {
  readonly report: KnowledgeImportReport;
  readonly rows: KnowledgeRows;
}

/** A file refused whole, with its one file-level error. */
export function refusedImport(
  file: string,
  error: AppError,
  format?: 'csv' | 'json' | 'xlsx',
): KnowledgeImport {
  return {
    report: {
      file,
      format,
      rowsRead: 0,
      accepted: 0,
      rejected: 0,
      errors: [error],
      errorsOmitted: 0,
      filledSources: 0,
    },
    rows: {},
  };
}

/**
 * Reads a user's knowledge file (CSV with a header, or JSON; UTF-8 or GBK/GB18030): either NHSA's
 * knowledge-point layout (nhsa-columns.ts), parsed by the `nhsa-*` parsers into rows of several tables,
 * or the rows of the one knowledge table its columns name. Every bad row is reported with file, row and
 * column; good rows are kept. Pure: nothing touches the engine (see KnowledgeBase.importFile; Excel
 * workbooks are read by kb-import-xlsx.ts, which is asynchronous).
 */
export function importKnowledgeFile(bytes: Uint8Array, file: string): KnowledgeImport {
  if (bytes.length > MAX_KNOWLEDGE_FILE_BYTES) {
    return refusedImport(
      file,
      fileError(
        'kb.too-large',
        file,
        msg(
          `“${file}”超过 64 MB：请按表拆分后分别导入。`,
          `"${file}" is over 64 MB: split it by table and import the parts.`,
        ),
      ),
    );
  }
  if (/\.(xlsx|xls|et)$/i.test(file)) {
    return refusedImport(
      file,
      fileError(
        'kb.format',
        file,
        msg(
          `“${file}”是表格文件：请另存为 CSV（UTF-8 或 GBK）后导入。`,
          `"${file}" is a spreadsheet: save it as CSV (UTF-8 or GBK) and import that.`,
        ),
      ),
    );
  }
  const decoded = decodeKnowledgeText(bytes, file);
  if (!decoded.ok) return refusedImport(file, decoded.error);
  return importKnowledgeText(decoded.value.text, file, decoded.value.encoding);
}

/** Reads knowledge text (see importKnowledgeFile); `format` is sniffed unless given. */
export function importKnowledgeText(
  text: string,
  file: string,
  encoding?: TextEncodingName,
  sourceFormat?: 'xlsx',
): KnowledgeImport {
  const format =
    sourceFormat === undefined && (/\.json$/i.test(file) || /^\s*[[{]/.test(text)) ? 'json' : 'csv';
  const nhsa = format === 'json' ? nhsaJsonInput(text, file) : nhsaCsvInput(text, file);
  if (nhsa) {
    return importNhsaRecords(nhsa.input, {
      file,
      format: sourceFormat ?? format,
      encoding,
      rowsRead: nhsa.rowsRead,
    });
  }
  const read: Result<KbFileRows> =
    format === 'json' ? readKnowledgeJson(text, file) : readKnowledgeCsv(text, file);
  if (!read.ok) return refusedImport(file, read.error, sourceFormat ?? format);
  const { table, records, rowsRead } = read.value;
  const errors: AppError[] = [...read.value.errors];
  const accepted: KnowledgeRow[] = [];
  const rejectedRows = new Set(errors.map((e) => e.row));
  let filledSources = 0;
  for (const record of records) {
    const checked = checkRow(table, record, file);
    if (checked.ok) {
      accepted.push(checked.row);
      if (checked.filledSource) filledSources += 1;
    } else {
      errors.push(...checked.errors);
      rejectedRows.add(record.row);
    }
  }
  errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return {
    report: {
      file,
      format: sourceFormat ?? format,
      encoding,
      table,
      rowsRead,
      accepted: accepted.length,
      rejected: rejectedRows.size,
      errors: errors.slice(0, MAX_LISTED_ERRORS),
      errorsOmitted: Math.max(0, errors.length - MAX_LISTED_ERRORS),
      filledSources,
    },
    rows: { [table]: accepted },
  };
}
