import { readSheet } from 'read-excel-file/universal';
import { msg } from '../../core/shared/msg';
import { recordsToCsv, sheetRecords, type SheetCell } from '../loaders/sheet-records';
import { fileError } from './kb-import-errors';
import {
  MAX_KNOWLEDGE_FILE_BYTES,
  importKnowledgeFile,
  importKnowledgeText,
  refusedImport,
  type KnowledgeImport,
} from './kb-import';
import { isNhsaHeader } from './nhsa-columns';
import { importNhsaRecords } from './nhsa-import';
import { nhsaTableInput } from './nhsa-read-input';

/** Whether a file name is an Excel workbook the knowledge importer reads (.xlsx; not the old .xls). */
export const isXlsxName = (file: string): boolean => /\.xlsx$/i.test(file);

/**
 * Reads any knowledge file: an `.xlsx` workbook's first sheet (as the data loaders read it, every value
 * as stored) in NHSA's layout or a `kb_*` table's columns; anything else through importKnowledgeFile.
 */
export async function importKnowledgeAny(bytes: Uint8Array, file: string): Promise<KnowledgeImport> {
  if (!isXlsxName(file) || bytes.length > MAX_KNOWLEDGE_FILE_BYTES) return importKnowledgeFile(bytes, file);
  let records: string[][];
  try {
    const rows = await readSheet<string>(new Blob([bytes as Uint8Array<ArrayBuffer>]), 1, {
      parseNumber: (s) => s,
      trim: false,
    });
    records = sheetRecords(rows as SheetCell[][]);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return refusedImport(
      file,
      {
        ...fileError(
          'kb.xlsx',
          file,
          msg(
            `“${file}”不是可读取的 Excel（.xlsx）工作簿：${detail}。请另存为 .xlsx 或 CSV 后导入。`,
            `"${file}" is not a readable Excel (.xlsx) workbook: ${detail}. Save it as .xlsx or CSV and import again.`,
          ),
        ),
        detail,
      },
      'xlsx',
    );
  }
  const [header, ...data] = records.map((r) => r.map((c) => c.trim()));
  if (header && isNhsaHeader(header)) {
    const read = nhsaTableInput(header, data, file);
    return importNhsaRecords(read.input, { file, format: 'xlsx', rowsRead: read.rowsRead });
  }
  return importKnowledgeText(recordsToCsv(records), file, undefined, 'xlsx');
}
