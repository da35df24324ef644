/**
 * Decimal commas (`1.234,50`, `99,00`, `12,5`: European and some Excel locales) must never be read as
 * thousands separators (which made them 1.23, 9900.00 and 125). The rule, never a silent guess:
 *
 * - A comma is a thousands separator only in valid grouping: `1,234`, `12,345,678.90`, `-¥1,000`
 *   ({@link THOUSANDS_PATTERN}). Any other comma makes the value unparseable.
 * - A value with a decimal comma's shape ({@link DECIMAL_COMMA_PATTERN}: a comma followed by 1–2 or
 *   4+ digits, a comma after dot-grouped thousands, `0,5`, or a leading group of 4+ digits) makes its
 *   whole source column decimal-comma-suspect. In such a column every number holding a comma, or dots
 *   in thousands grouping (`1.500` may be 1500), is ambiguous: it is left NULL and its row is flagged
 *   `decimal_comma` with the raw value, so the user re-exports the file with `.` as the decimal point.
 *   Values there with neither (`12.50`, `7`) still parse.
 *
 * Patterns are RE2 (DuckDB's `regexp_full_match`), applied to the text trimmed of spaces, with full-width
 * digits and punctuation made ASCII and a currency sign or unit at either end removed
 * ({@link numberTextSql}), so `１２，５` and `12,50元` are decimal commas too.
 */
import { quoteIdent } from '../engine/sql-quote';
import type { SqlEngine } from '../engine/sql-engine';
import { halfWidthSql } from './parse-sql';

/** Valid thousands grouping with an optional `.` decimal part. */
export const THOUSANDS_PATTERN = String.raw`[+-]?\d{1,3}(,\d{3})+(\.\d*)?`;

/** The shapes only a decimal comma explains. */
export const DECIMAL_COMMA_PATTERN = String.raw`[+-]?(\d{1,3}(\.\d{3})+,\d*|\d+,\d{1,2}|\d+,\d{4,}|\d{4,},\d+|0,\d+)`;

/**
 * What cannot be read without guessing in a decimal-comma column: a number with a comma anywhere, or
 * with dots in thousands grouping (`1.500`, `1.234.567`), which there means thousands.
 */
const AMBIGUOUS_PATTERN = String.raw`[+-]?(\d[\d.]*,[\d.,]*|\d{1,3}(\.\d{3})+)`;

/** A sign, then an optional currency sign, the number text (group 2), an optional currency unit. */
const CURRENCY_STRIP_PATTERN = String.raw`^([+-]?)\s*(?:[¥￥]|人民币|(?i:rmb|cny))?\s*(.*?)\s*(?:元|(?i:rmb|cny))?$`;

/**
 * The number text of raw text `x`: trimmed, full-width forms made ASCII, without a currency sign or
 * unit (`¥`, `￥`, `人民币`, `RMB`, `CNY` before the number, on either side of its sign: `-¥3`, `¥-3`;
 * `元`, `RMB`, `CNY` after it). A text with no such currency is only trimmed and made ASCII.
 */
export function numberTextSql(x: string): string {
  return `regexp_replace(${halfWidthSql(`trim(${x})`)}, '${CURRENCY_STRIP_PATTERN}', '\\1\\2')`;
}

/** TRUE when raw text `x` holds a comma, ASCII or full-width. */
export function hasCommaSql(x: string): string {
  return `(contains(${x}, ',') OR contains(${x}, '，'))`;
}

/** TRUE when raw text `x` has a decimal comma's shape. */
export function hasDecimalCommaShapeSql(x: string): string {
  return `regexp_full_match(${numberTextSql(x)}, '${DECIMAL_COMMA_PATTERN}')`;
}

/** TRUE when raw text `x`, in a decimal-comma column, cannot be read without guessing. */
export function isAmbiguousInDecimalCommaColumnSql(x: string): string {
  // Only cells holding a comma or a dot pay for the pattern (a CASE runs its branch on those rows only).
  return `CASE WHEN ${hasCommaSql(x)} OR contains(${x}, '.') OR contains(${x}, '．') THEN regexp_full_match(${numberTextSql(x)}, '${AMBIGUOUS_PATTERN}') ELSE false END`;
}

/**
 * Which of `columns` (text columns of raw table `source`, mapped to number fields) hold at least one
 * value with a decimal comma's shape. A cheap scan for commas first (0.1–0.4 s per million rows,
 * Node, DuckDB-WASM); the pattern then runs only on the comma cells of the columns that have any
 * (a CASE evaluates its branch only for the rows it selects).
 */
export async function findDecimalCommaColumns(
  engine: SqlEngine,
  source: string,
  columns: readonly string[],
): Promise<string[]> {
  const withCommas = await columnsWhere(engine, source, columns, hasCommaSql);
  return columnsWhere(
    engine,
    source,
    withCommas,
    (col) => `CASE WHEN ${hasCommaSql(col)} THEN ${hasDecimalCommaShapeSql(col)} END`,
  );
}

/** The columns for which `test` holds on at least one row, in one scan. */
async function columnsWhere(
  engine: SqlEngine,
  source: string,
  columns: readonly string[],
  test: (col: string) => string,
): Promise<string[]> {
  if (columns.length === 0) return [];
  const tests = columns.map((c, i) => `bool_or(${test(quoteIdent(c))}) AS c${i}`);
  const [row] = await engine.rows<Record<string, boolean | null>>(
    `SELECT ${tests.join(', ')} FROM ${quoteIdent(source)}`,
  );
  return columns.filter((_, i) => row?.[`c${i}`] === true);
}
