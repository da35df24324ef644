import type { AppError } from '../../core/shared/errors';
import { msg } from '../../core/shared/msg';
import { parseRecords } from '../loaders/parse-records';
import { sniffDelimiter } from '../loaders/sniff-delimiter';
import { kbError } from './kb-import-errors';
import { rowShapeError } from './kb-row-shape';
import { isNhsaHeader } from './nhsa-columns';
import { readNhsaInput, type NhsaInputRecords } from './nhsa-import-records';

/** A file recognised as NHSA's knowledge-point layout, read into records. */
export interface NhsaFileInput {
  readonly input: NhsaInputRecords;
  /** Items read (records; header excluded), including the ones that are errors. */
  readonly rowsRead: number;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** The items of a JSON knowledge file: an array, or the `records` array of `{ "records": [ … ] }`. */
function jsonItems(json: unknown): unknown[] | undefined {
  if (Array.isArray(json)) return json;
  if (isObject(json) && Array.isArray(json.records)) return json.records;
  return undefined;
}

/**
 * A JSON file in NHSA's layout (an array of knowledge points as NHSA's published JSON has them, or
 * `{ "records": [ … ] }`), recognised by its records' keys; undefined for any other JSON (the `kb_*`
 * reader then reads it, or explains why not).
 */
export function nhsaJsonInput(text: string, file: string): NhsaFileInput | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const items = jsonItems(json);
  if (!items) return undefined;
  const keys = [...new Set(items.filter(isObject).flatMap((o) => Object.keys(o)))];
  if (!isNhsaHeader(keys)) return undefined;
  const errors: AppError[] = [];
  const objects: { row: number; values: Record<string, unknown> }[] = [];
  items.forEach((value, i) => {
    if (isObject(value)) objects.push({ row: i + 1, values: value });
    else
      errors.push(
        kbError(
          'kb.json-row',
          { file, row: i + 1 },
          msg(
            `第 ${i + 1} 项不是对象：每个知识点应为 {"kp_id": …, "rule_class": …, …}。`,
            `Item ${i + 1} is not an object: each knowledge point is {"kp_id": …, "rule_class": …, …}.`,
          ),
        ),
      );
  });
  const read = readNhsaInput(objects, file);
  return { input: { records: read.records, errors: [...errors, ...read.errors] }, rowsRead: items.length };
}

/**
 * Rows of a table in NHSA's layout (CSV or an Excel sheet): `header` then `data`, rows numbered from 1
 * after the header. A row with more or fewer fields than the header is reported, not guessed.
 */
export function nhsaTableInput(
  header: readonly string[],
  data: readonly (readonly string[])[],
  file: string,
): NhsaFileInput {
  const errors: AppError[] = [];
  const items: { row: number; values: Record<string, unknown> }[] = [];
  data.forEach((fields, i) => {
    const row = i + 1;
    const shape = rowShapeError(fields, header, file, row);
    if (shape) {
      errors.push(shape);
      return;
    }
    items.push({ row, values: Object.fromEntries(header.map((h, j) => [h, fields[j]])) });
  });
  const read = readNhsaInput(items, file);
  return { input: { records: read.records, errors: [...errors, ...read.errors] }, rowsRead: data.length };
}

/** A delimited file whose header is NHSA's layout; undefined for any other header. */
export function nhsaCsvInput(text: string, file: string): NhsaFileInput | undefined {
  const delimiter = sniffDelimiter(text, true, /\.tsv$/i.test(file) ? '\t' : ',');
  const newline = text.indexOf('\n');
  const [header] = parseRecords(newline < 0 ? text : text.slice(0, newline + 1), delimiter).records;
  if (!header || !isNhsaHeader(header)) return undefined;
  const { records, endsInQuote } = parseRecords(text, delimiter);
  const [, ...data] = records;
  const read = nhsaTableInput(header, endsInQuote ? data.slice(0, -1) : data, file);
  if (!endsInQuote) return read;
  const quote = kbError(
    'kb.quote',
    { file, row: data.length },
    msg(
      `第 ${data.length} 行的引号没有闭合：该行及之后的内容未能读取。`,
      `Row ${data.length} opens a quote that never closes: it and what follows could not be read.`,
    ),
  );
  return { input: { ...read.input, errors: [...read.input.errors, quote] }, rowsRead: data.length };
}
