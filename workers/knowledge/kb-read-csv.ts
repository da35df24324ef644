import type { AppError, Result } from '../../core/shared/errors';
import { fail, ok } from '../../core/shared/errors';
import { msg } from '../../core/shared/msg';
import { parseRecords } from '../loaders/parse-records';
import { sniffDelimiter } from '../loaders/sniff-delimiter';
import { matchTable } from './kb-columns';
import type { KbFileRows } from './kb-file-rows';
import { fileError, kbError, wrongColumns } from './kb-import-errors';
import { rowShapeError } from './kb-row-shape';
import type { RawRecord } from './kb-row-check';

/**
 * Reads a delimited knowledge file (comma, tab, `|` or `;`, sniffed; RFC 4180 quoting) with a header
 * row. The table is the one whose columns the header names; rows are numbered from 1 after the header
 * (blank lines skipped, as the data loaders count them).
 */
export function readKnowledgeCsv(text: string, file: string): Result<KbFileRows> {
  const delimiter = sniffDelimiter(text, true, /\.tsv$/i.test(file) ? '\t' : ',');
  const { records, endsInQuote } = parseRecords(text, delimiter);
  const [header, ...data] = records;
  if (!header || data.length === 0) {
    return fail(
      fileError(
        'kb.empty',
        file,
        msg(
          `“${file}”没有数据行：第一行应为表头，之后每行一条知识。`,
          `"${file}" has no data rows: the first line is the header, then one row per entry.`,
        ),
      ),
    );
  }
  const match = matchTable(header);
  if (!match.ok)
    return fail(wrongColumns(file, match.closest, match.missing, match.unknown, match.duplicate));
  const rows: RawRecord[] = [];
  const errors: AppError[] = [];
  data.forEach((fields, i) => {
    const row = i + 1;
    const shape = rowShapeError(fields, header, file, row, (j) => match.columns[j] ?? header[j]);
    if (shape) {
      errors.push(shape);
      return;
    }
    const values = new Map<string, unknown>();
    match.columns.forEach((column, j) => column && values.set(column, fields[j]));
    rows.push({ row, values });
  });
  if (endsInQuote) {
    errors.push(
      kbError(
        'kb.quote',
        { file, row: data.length },
        msg(
          `第 ${data.length} 行的引号没有闭合：该行及之后的内容未能读取。`,
          `Row ${data.length} opens a quote that never closes: it and what follows could not be read.`,
        ),
      ),
    );
  }
  return ok({
    table: match.table,
    records: endsInQuote ? rows.filter((r) => r.row !== data.length) : rows,
    errors,
    rowsRead: data.length,
  });
}
