/**
 * Every message the loaders show the user, in one place: what went wrong with which file, where (row,
 * column) when known, and what to do about it. Rows are 1-based data rows (header excluded); `line` is
 * the line in the file as a text editor or Excel numbers it.
 */
import type { AppError } from '../../core/shared/errors';
import { msg } from '../../core/shared/msg';

/** Where in a file something went wrong. */
export interface RowPlace {
  /** 1-based data row (header excluded). */
  readonly row: number;
  /** 1-based line in the file (header included). */
  readonly line: number;
}

const at = (p: RowPlace) => ({
  zh: `第 ${p.row} 行数据（文件第 ${p.line} 行）`,
  en: `data row ${p.row} (line ${p.line} of the file)`,
});

const load = (
  code: string,
  file: string,
  zh: string,
  en: string,
  extra: Partial<AppError> = {},
): AppError => ({ kind: 'load', code, file, message: msg(zh, en), ...extra });

/** The file has no bytes (or only blank lines). */
export function emptyFile(file: string): AppError {
  return load(
    'file.empty',
    file,
    `文件「${file}」是空的（没有任何内容）。请确认导出是否完整，再重新选择文件。`,
    `The file "${file}" is empty (it has no content). Check that the export finished, then choose the file again.`,
  );
}

/** NUL/control bytes in a file read as text. */
export function binaryFile(file: string, line: number): AppError {
  return load(
    'file.binary',
    file,
    `文件「${file}」不是文本文件：第 ${line} 行含有二进制字节（如 NUL）。它可能是压缩包、数据库文件或 UTF-16 编码的文本。请导出为 CSV（UTF-8 或 GBK）、Parquet 或 Excel .xlsx 后再加载。`,
    `The file "${file}" is not a text file: line ${line} contains binary bytes (such as NUL). It may be an archive, a database file or UTF-16 text. Export it as CSV (UTF-8 or GBK), Parquet or Excel .xlsx and load that.`,
  );
}

/** A UTF-16 byte-order mark. */
export function utf16File(file: string): AppError {
  return load(
    'file.utf16',
    file,
    `文件「${file}」是 UTF-16 编码，暂不支持。请在 Excel 或文本编辑器中另存为“CSV UTF-8”后再加载。`,
    `The file "${file}" is UTF-16 encoded, which is not supported. Save it as "CSV UTF-8" from Excel or a text editor and load that.`,
  );
}

/** Bytes that are valid in no supported encoding. */
export function undecodableFile(file: string, line: number): AppError {
  return load(
    'file.undecodable',
    file,
    `无法识别文件「${file}」的编码：第 ${line} 行的字节既不是 UTF-8 也不是 GBK/GB18030。请确认这是文本文件，并另存为 UTF-8 后再加载。`,
    `Cannot tell the encoding of "${file}": the bytes on line ${line} are neither UTF-8 nor GBK/GB18030. Check that it is a text file and save it as UTF-8.`,
  );
}

const lineList = (lines: readonly number[], count: number) => {
  const more = count > lines.length;
  return {
    zh: `第 ${lines.join('、')} 行${more ? ` 等 ${count} 行` : ''}`,
    en: `line${lines.length > 1 ? 's' : ''} ${lines.join(', ')}${more ? ` (${count} lines in all)` : ''}`,
  };
};

/** Some lines are UTF-8 and others GBK/GB18030: no one encoding reads the whole file. */
export function mixedEncoding(
  file: string,
  utf8: { readonly lines: readonly number[]; readonly count: number },
  gb: { readonly lines: readonly number[]; readonly count: number },
): AppError {
  const u = lineList(utf8.lines, utf8.count);
  const g = lineList(gb.lines, gb.count);
  return load(
    'file.mixed-encoding',
    file,
    `文件「${file}」混用了两种编码：${u.zh}是 UTF-8，${g.zh}是 GBK/GB18030（常见于把不同系统的导出拼接在一起）。无论按哪种编码读取，都会有一部分行变成乱码，因此未加载。请把各部分分别另存为 UTF-8 后再合并，或分别加载。`,
    `The file "${file}" mixes two encodings: ${u.en} ${utf8.lines.length > 1 ? 'are' : 'is'} UTF-8, ${g.en} ${gb.lines.length > 1 ? 'are' : 'is'} GBK/GB18030 (as when exports of different systems are pasted together). Read in either encoding, part of it would be garbage, so nothing was loaded. Save each part as UTF-8 before joining them, or load them as separate files.`,
  );
}

/** Not UTF-8, and read as GBK it is mostly characters rare in Chinese: likely Shift-JIS, Big5… */
export function implausibleEncoding(file: string, lines: readonly number[], example: string): AppError {
  const where = lineList(lines, lines.length);
  return load(
    'file.implausible-encoding',
    file,
    `无法确认文件「${file}」的编码：它不是 UTF-8；按 GBK/GB18030 读取时，${where.zh}大多是中文里极少见的字（如「${example}」），很可能是日文 Shift-JIS、繁体 Big5 或其他编码。为避免加载乱码，未加载。请在原系统中导出为 UTF-8；或在文本编辑器中按它实际的编码（如 Shift-JIS、Big5）打开，另存为 UTF-8 后再加载。`,
    `Cannot tell the encoding of "${file}": it is not UTF-8, and read as GBK/GB18030 ${where.en} ${lines.length > 1 ? 'are' : 'is'} mostly characters that are rare in Chinese (such as "${example}"): it is probably Shift-JIS (Japanese), Big5 or another encoding. Rather than load garbage, nothing was loaded. Export it as UTF-8 from the source system, or open it in a text editor in its real encoding (such as Shift-JIS or Big5), save it as UTF-8 and load that.`,
  );
}

/** An invalid byte sequence found while reading the file in `encoding`. */
export function invalidEncoding(
  file: string,
  encoding: 'utf-8' | 'gb18030',
  place: RowPlace,
  detail?: string,
): AppError {
  const name = encoding === 'utf-8' ? 'UTF-8' : 'GBK/GB18030';
  const other = encoding === 'utf-8' ? 'GB18030' : 'UTF-8';
  const where = at(place);
  return load(
    'csv.invalid-encoding',
    file,
    `文件「${file}」${where.zh}含有无效的 ${name} 字节序列，文件可能混用了编码或已损坏。请检查该行；如果整个文件是 ${other} 编码，请在加载选项中选择编码 ${other}。`,
    `The file "${file}" has an invalid ${name} byte sequence on ${where.en}; the file may mix encodings or be damaged. Check that row; if the whole file is ${other}, choose the ${other} encoding in the load options.`,
    { row: place.row, ...(detail ? { detail } : {}) },
  );
}

/** A record whose field count differs from the header's. */
export function raggedRow(
  file: string,
  place: RowPlace,
  found: number,
  expected: number,
  delimiter: string,
  hasHeader: boolean,
  detail: string,
): AppError {
  const where = at(place);
  const d = delimiter === '\t' ? 'Tab' : delimiter;
  const ref = hasHeader ? { zh: '表头', en: 'the header' } : { zh: '第一行', en: 'the first row' };
  return load(
    'csv.ragged-row',
    file,
    `文件「${file}」${where.zh}有 ${found} 个字段，而${ref.zh}有 ${expected} 个。请检查该行是否多了或少了分隔符“${d}”，或有未用引号括起来的分隔符；也可以在加载选项中指定正确的分隔符。`,
    `In "${file}", ${where.en} has ${found} fields, ${ref.en} has ${expected}. Check that row for a missing or extra "${d}" or an unquoted delimiter inside a value, or choose the right delimiter in the load options.`,
    { row: place.row, detail },
  );
}

/** A quoted field that never closes. */
export function unterminatedQuote(file: string, place: RowPlace, detail: string): AppError {
  const where = at(place);
  return load(
    'csv.unterminated-quote',
    file,
    `文件「${file}」${where.zh}有一个以双引号开头但没有闭合的字段。请检查该行的引号（字段内的双引号应写成两个 ""）。`,
    `In "${file}", ${where.en} has a field that opens a double quote and never closes it. Check the quotes on that row (a quote inside a value must be doubled: "").`,
    { row: place.row, detail },
  );
}

/** Any other CSV reader failure. */
export function csvReadFailed(file: string, place: RowPlace | null, detail: string): AppError {
  const where = place ? at(place) : { zh: '', en: '' };
  return load(
    'csv.read-failed',
    file,
    `无法读取文件「${file}」${where.zh}：${firstLine(detail)}。请检查文件格式，或在加载选项中指定分隔符、表头和编码。`,
    `Cannot read "${file}"${place ? ` at ${where.en}` : ''}: ${firstLine(detail)}. Check the file's format, or set the delimiter, header and encoding in the load options.`,
    { ...(place ? { row: place.row } : {}), detail },
  );
}

/** A Parquet file whose footer or data cannot be read. */
export function corruptParquet(file: string, detail: string): AppError {
  return load(
    'parquet.corrupt',
    file,
    `Parquet 文件「${file}」已损坏或不完整（${firstLine(detail)}）。文件可能没有下载或复制完整，请重新导出或重新复制后再加载。`,
    `The Parquet file "${file}" is damaged or incomplete (${firstLine(detail)}). It may not have been copied or downloaded completely; export or copy it again.`,
    { detail },
  );
}

/** A file named .parquet without the Parquet magic bytes. */
export function notParquet(file: string): AppError {
  return load(
    'parquet.not-parquet',
    file,
    `文件「${file}」的扩展名是 .parquet，但内容不是 Parquet 格式（开头没有 PAR1 标记）。请确认文件类型，或修改扩展名。`,
    `The file "${file}" is named .parquet but is not a Parquet file (it does not start with PAR1). Check the file type or rename it.`,
  );
}

/** A legacy binary Excel file. */
export function legacyXls(file: string): AppError {
  return load(
    'xlsx.legacy-xls',
    file,
    `文件「${file}」是旧版 Excel（.xls）格式，暂不支持。请在 Excel 中另存为 .xlsx 或“CSV UTF-8”后再加载。`,
    `The file "${file}" is a legacy Excel (.xls) workbook, which is not supported. Save it as .xlsx or "CSV UTF-8" from Excel and load that.`,
  );
}

/** A ZIP-based file that is not a readable workbook. */
export function invalidXlsx(file: string, detail: string): AppError {
  return load(
    'xlsx.invalid',
    file,
    `无法作为 Excel 工作簿读取「${file}」（${firstLine(detail)}）。如果它是压缩的 CSV，请先解压；如果是 Excel 文件，请在 Excel 中重新另存为 .xlsx。`,
    `Cannot read "${file}" as an Excel workbook (${firstLine(detail)}). If it is a zipped CSV, unzip it first; if it is an Excel file, save it again as .xlsx.`,
    { detail },
  );
}

/** The requested sheet does not exist. */
export function sheetNotFound(file: string, sheet: string, detail: string): AppError {
  return load(
    'xlsx.sheet-not-found',
    file,
    `Excel 文件「${file}」中没有名为「${sheet}」的工作表（${firstLine(detail)}）。请选择一个存在的工作表。`,
    `The Excel file "${file}" has no sheet named "${sheet}" (${firstLine(detail)}). Choose an existing sheet.`,
    { detail },
  );
}

/** A sheet without any cell. */
export function emptySheet(file: string, sheet: string): AppError {
  return load(
    'xlsx.empty-sheet',
    file,
    `Excel 文件「${file}」的工作表「${sheet}」是空的。请选择包含数据的工作表。`,
    `The sheet "${sheet}" of the Excel file "${file}" is empty. Choose a sheet that has data.`,
  );
}

/** Warning: the table loaded with no rows. */
export function noRows(file: string): AppError {
  return load(
    'load.no-rows',
    file,
    `文件「${file}」已加载，但没有任何数据行（只有表头或为空表）。请确认导出时是否选对了时间范围和条件。`,
    `The file "${file}" loaded but has no data rows (only a header, or an empty table). Check the date range and filters used for the export.`,
  );
}

/** Error: a large file loaded as no rows, so it was not read. */
export function rowsUnread(file: string, bytes: number): AppError {
  const mb = (bytes / 1e6).toFixed(1);
  return load(
    'load.rows-unread',
    file,
    `文件「${file}」有 ${mb} MB，含有数据行，但数据库引擎一行也没有读到（重读一次仍然如此）：文件未被读取，未加载任何内容。浏览器已装载大量数据时偶有此事。请刷新页面后重新加载；数据量很大时，请使用命令行 claimlens run。`,
    `The file "${file}" is ${mb} MB and has data rows, but the database engine read none of them (also when reading it again): the file was not read, and nothing was loaded. This happens now and then in a tab that already holds a lot of data. Reload the page and load it again; for very large data use the command line (claimlens run).`,
  );
}

/** The browser failed to read part of the file (DuckDB would have taken it for the end of the file). */
export function readFailed(file: string, detail: string): AppError {
  return load(
    'load.read-failed',
    file,
    `读取文件「${file}」时浏览器报告读取失败（${detail}），文件未被完整读取，可能是浏览器内存不足。为避免只加载一部分数据，未加载任何内容。请刷新页面后重新加载；数据量很大时，请使用命令行 claimlens run。`,
    `The browser failed to read "${file}" (${detail}), so it was not read in full, probably because the browser ran short of memory. Rather than load part of it, nothing was loaded. Reload the page and load it again; for very large data use the command line (claimlens run).`,
  );
}

/** Warning: repeated header names were renamed. */
export function duplicateColumns(file: string, renamed: readonly [string, string][]): AppError {
  const list = renamed.map(([from, to]) => `${from} → ${to}`).join('，');
  const listEn = renamed.map(([from, to]) => `${from} → ${to}`).join(', ');
  return load(
    'csv.duplicate-columns',
    file,
    `文件「${file}」的表头有重复的列名，已重命名：${list}。映射字段时请确认每一列的含义。`,
    `The header of "${file}" repeats column names; they were renamed: ${listEn}. Check what each column means when you map the fields.`,
    { column: renamed[0]?.[0] },
  );
}

/** Warning: empty header cells got positional names. */
export function unnamedColumns(file: string, positions: readonly number[]): AppError {
  const names = positions.map((p) => `column${p}`).join(', ');
  return load(
    'csv.unnamed-columns',
    file,
    `文件「${file}」的表头有空白列名，已按位置命名为 ${names}。`,
    `The header of "${file}" has blank column names; they were named by position: ${names}.`,
    { column: `column${positions[0] ?? 1}` },
  );
}

/** The browser could not read the file (changed, moved or deleted since it was chosen). */
export function unreadableFile(file: string, detail: string): AppError {
  return load(
    'file.unreadable',
    file,
    `无法读取文件「${file}」：选择文件后它可能被修改、移动或删除了。请重新选择该文件。`,
    `Cannot read "${file}": it may have been changed, moved or deleted after it was chosen. Choose the file again.`,
    { detail },
  );
}

/** The user cancelled the load. */
export function cancelled(file: string): AppError {
  return {
    kind: 'cancelled',
    code: 'load.cancelled',
    file,
    message: msg(`已取消加载文件「${file}」。`, `Loading "${file}" was cancelled.`),
  };
}

/** An unexpected engine failure while loading. */
export function loadFailed(file: string, detail: string): AppError {
  return load(
    'load.failed',
    file,
    `加载文件「${file}」时引擎出错：${firstLine(detail)}。请重试；如果问题持续，请刷新页面后再加载。`,
    `The engine failed while loading "${file}": ${firstLine(detail)}. Try again; if it keeps failing, reload the page and load the file again.`,
    { detail },
  );
}

function firstLine(text: string): string {
  return (text.split('\n')[0] ?? '').trim().slice(0, 300);
}
