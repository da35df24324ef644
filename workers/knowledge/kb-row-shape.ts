import type { AppError } from '../../core/shared/errors';
import { msg } from '../../core/shared/msg';
import { kbError } from './kb-import-errors';

/**
 * Why one data row of a delimited knowledge file cannot be read, or undefined: a field count that
 * differs from the header's (a stray delimiter or quote), or bytes that did not decode (the file mixes
 * encodings). `columnOf(j)` names the column of field j for the error. `row` is 1-based (header excluded).
 */
export function rowShapeError(
  fields: readonly string[],
  header: readonly string[],
  file: string,
  row: number,
  columnOf: (j: number) => string | undefined = () => undefined,
): AppError | undefined {
  if (fields.length !== header.length) {
    return kbError(
      'kb.fields',
      { file, row },
      msg(
        `第 ${row} 行有 ${fields.length} 个字段，表头有 ${header.length} 个：检查分隔符和引号。`,
        `Row ${row} has ${fields.length} fields but the header has ${header.length}: check delimiters and quotes.`,
      ),
    );
  }
  const bad = fields.findIndex((f) => f.includes('\uFFFD'));
  if (bad < 0) return undefined;
  const column = columnOf(bad);
  return kbError(
    'kb.decode',
    column === undefined ? { file, row } : { file, row, column },
    msg(
      `第 ${row} 行含无法解码的字节：请确认文件整体为 UTF-8 或 GBK 编码。`,
      `Row ${row} has bytes that cannot be decoded: make sure the whole file is UTF-8 or GBK.`,
    ),
  );
}
