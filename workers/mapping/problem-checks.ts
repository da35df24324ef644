import { isAmbiguousInDecimalCommaColumnSql } from './decimal-comma';
import type { CanonicalField, CanonicalTable, ProblemKind } from '../../core/mapping/mapping-types';
import { isBlankSql } from './parse-sql';

/** The order problem kinds are reported in. */
export const PROBLEM_KINDS = [
  'missing_key',
  'unparseable_date',
  'decimal_comma',
  'non_numeric_amount',
  'negative_amount',
  'amount_mismatch',
  'conflicting_value',
] as const satisfies readonly ProblemKind[];

/** A canonical field mapped from a source column. */
export interface MappedField {
  readonly field: CanonicalField;
  readonly column: string;
  /** The column is a text column holding decimal commas (decimal-comma.ts). */
  readonly isDecimalCommaColumn?: boolean;
}

/** One row-level check over a staged source row (see {@link valueRef} and {@link rawRef}). */
export interface ProblemCheck {
  readonly kind: ProblemKind;
  readonly field: string;
  readonly column: string;
  /** TRUE when the row has the problem; may be NULL (read as FALSE). */
  readonly condition: string;
  /** The text shown as the example value. */
  readonly value: string;
}

/** The staged column holding a field's parsed value. */
export function valueRef(field: string): string {
  return `"f_${field}"`;
}

/** The staged column holding a field's raw text. */
export function rawRef(field: string): string {
  return `"r_${field}"`;
}

/** fee: cnt × pric should equal det_item_fee_sumamt to the cent. DECIMAL(38) so big lines cannot overflow. */
function amountMismatch(byName: ReadonlyMap<string, MappedField>): ProblemCheck[] {
  const amount = byName.get('det_item_fee_sumamt');
  if (!byName.has('cnt') || !byName.has('pric') || !amount) return [];
  const [cnt, pric, sum] = ['cnt', 'pric', 'det_item_fee_sumamt'].map(valueRef);
  return [
    {
      kind: 'amount_mismatch',
      field: amount.field.name,
      column: amount.column,
      condition: `abs(CAST(${cnt} AS DECIMAL(38,4)) * ${pric} - ${sum}) > 0.01`,
      value: `concat(trim(${rawRef('cnt')}), ' × ', trim(${rawRef('pric')}), ' ≠ ', trim(${rawRef('det_item_fee_sumamt')}))`,
    },
  ];
}

/**
 * The checks for one source's mapped fields: missing keys, dates and numbers that did not parse,
 * numbers that cannot be read without guessing in a column holding decimal commas (`decimal_comma`,
 * not also counted as non-numeric), negative amounts, quantities and prices (refunds are legitimately negative in some extracts: they are
 * flagged so the report shows them, never dropped), and fee lines whose amount is not cnt × pric.
 */
export function problemChecks(target: CanonicalTable, mapped: readonly MappedField[]): ProblemCheck[] {
  const checks: ProblemCheck[] = [];
  for (const { field, column, isDecimalCommaColumn } of mapped) {
    const base = { field: field.name, column, value: rawRef(field.name) };
    // CASE evaluates the blank test only for the rows that did not parse; `a AND b` would run it on all.
    const unparsed = `CASE WHEN ${valueRef(field.name)} IS NULL THEN NOT ${isBlankSql(rawRef(field.name))} ELSE false END`;
    if (field.isKey)
      checks.push({ ...base, kind: 'missing_key', condition: `${valueRef(field.name)} IS NULL` });
    if (field.type === 'date' || field.type === 'timestamp') {
      checks.push({ ...base, kind: 'unparseable_date', condition: unparsed });
    }
    if (field.type === 'amount' || field.type === 'decimal' || field.type === 'int') {
      if (isDecimalCommaColumn) {
        const ambiguous = isAmbiguousInDecimalCommaColumnSql(rawRef(field.name));
        checks.push({ ...base, kind: 'decimal_comma', condition: ambiguous });
        const otherwise = `CASE WHEN ${ambiguous} THEN false ELSE ${unparsed} END`;
        checks.push({ ...base, kind: 'non_numeric_amount', condition: otherwise });
      } else {
        checks.push({ ...base, kind: 'non_numeric_amount', condition: unparsed });
      }
    }
    if (field.type === 'amount' || field.type === 'decimal') {
      checks.push({ ...base, kind: 'negative_amount', condition: `${valueRef(field.name)} < 0` });
    }
  }
  if (target === 'fee') checks.push(...amountMismatch(new Map(mapped.map((m) => [m.field.name, m]))));
  return checks;
}
