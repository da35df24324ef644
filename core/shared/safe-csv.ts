/**
 * CSV fields that spreadsheets open as data, never as formulas (CSV injection; OWASP "CSV Injection").
 * Excel, WPS and LibreOffice evaluate a cell whose text begins with `=`, `+`, `-`, `@`, tab or carriage
 * return, so a doctor code `@SUM(1+1)` or a rule text `=HYPERLINK(…)` would become a live formula.
 * Such text is written quoted with one `'` in front (`"'=HYPERLINK(…)"`): the spreadsheet shows it as
 * text, apostrophe included. Text that already begins with apostrophes before one of those characters
 * gets one more, so the mapping stays reversible: {@link originalCsvText} removes exactly one.
 * Numbers the engine writes for a numeric column (`-1.5`) stay plain, so amounts stay numbers.
 * Host-neutral: no Node, no DOM.
 */

/** The first characters that make a spreadsheet read a cell as a formula (OWASP's list). */
export const FORMULA_TRIGGERS = ['=', '+', '-', '@', '\t', '\r'] as const;

/** Text that {@link safeCsvField} prefixes with `'`: any apostrophes, then a formula trigger. */
const NEEDS_PREFIX = /^'*[=+\-@\t\r]/;

/** Text written with a prefix: one or more apostrophes, then a formula trigger. */
const HAS_PREFIX = /^'+[=+\-@\t\r]/;

/** Characters that force a CSV field into quotes (RFC 4180 §2.6). */
const NEEDS_QUOTES = /[",\r\n]/;

/** A plain decimal number as DuckDB writes one (`-1.5`, `3`, `-2e-05`): never a formula. */
const PLAIN_NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** DuckDB column types whose values are numbers (an amount column must stay a number in Excel). */
const NUMERIC_TYPE =
  /^(?:TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|REAL|DOUBLE|DECIMAL(?:\(\d+,\s*\d+\))?)$/i;

/** How a column's values are written: `number` exempts plain numbers from the apostrophe. */
export type CsvValueKind = 'text' | 'number';

/** The value kind of a DuckDB column type (`DOUBLE` → number, `VARCHAR` → text). */
export function csvKindOf(duckdbType: string): CsvValueKind {
  return NUMERIC_TYPE.test(duckdbType.trim()) ? 'number' : 'text';
}

/**
 * One CSV field, safe to open in a spreadsheet: NULL as an empty field, an empty string as `""` (so
 * the two stay apart), text that could start a formula as `"'…"`, anything else per RFC 4180 (quoted
 * when it holds a comma, quote or line break; inner quotes doubled). In a `number` column a plain
 * number is written as is; anything else there (`-inf`) is treated as text.
 */
export function safeCsvField(value: string | null | undefined, kind: CsvValueKind = 'text'): string {
  if (value === null || value === undefined) return '';
  if (value === '') return '""';
  if (kind === 'number' && PLAIN_NUMBER.test(value)) return value;
  if (NEEDS_PREFIX.test(value)) return `"'${value.replaceAll('"', '""')}"`;
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * The original text of a field {@link safeCsvField} wrote, once a CSV reader has unquoted it: exactly
 * one leading `'` is removed when apostrophes are followed by a formula trigger; other text is as is.
 */
export function originalCsvText(field: string): string {
  return HAS_PREFIX.test(field) ? field.slice(1) : field;
}
