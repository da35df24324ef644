/**
 * What a result-table cell shows: the exact text of `format-cell.ts`, with numeric columns (integers,
 * floats, DECIMAL, 64-bit and 128-bit integers) grouped by thousands and every digit kept
 * (`251310.51` → `251,310.51`). Text columns are shown as they are, so an 18-digit person number or a
 * code that looks like a number is never grouped. Copy and export use the raw values, not this text.
 */
import type { Vector } from 'apache-arrow';
import { formatDecimalText, type NumberLang } from '../../core/format/number-format';
import { columnFormatter, isNumericType, type CellFormatter } from './format-cell';

/** Groups the exact text of a numeric value; `nan`, `inf` and exponent forms are left as they are. */
export function groupNumericText(text: string, lang: NumberLang): string {
  return formatDecimalText(text, lang);
}

/** Builds the display formatter of one column (grouped digits for numeric columns, raw text otherwise). */
export function displayFormatter(vector: Vector, lang: NumberLang): CellFormatter {
  const raw = columnFormatter(vector);
  if (!isNumericType(vector.type)) return raw;
  return (row) => {
    const text = raw(row);
    return text === null ? null : groupNumericText(text, lang);
  };
}
