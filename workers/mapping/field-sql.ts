import { assertNever } from '../../core/shared/invariant';
import { quoteIdent, quoteLiteral } from '../engine/sql-quote';
import { isAmbiguousInDecimalCommaColumnSql } from './decimal-comma';
import type { CanonicalField, FieldType } from '../../core/mapping/mapping-types';
import {
  normalizeGendSql,
  normalizeMedinsLvSql,
  parseDateSql,
  parseDecimalSql,
  parseIntSql,
  parseTextSql,
  parseTimestampSql,
} from './parse-sql';

/** The SQL type a canonical field has in the canonical table. */
export function fieldSqlType(type: FieldType): string {
  switch (type) {
    case 'text':
      return 'VARCHAR';
    case 'date':
      return 'DATE';
    case 'timestamp':
      return 'TIMESTAMP';
    case 'amount':
      return 'DECIMAL(18,2)';
    case 'decimal':
      return 'DECIMAL(18,4)';
    case 'int':
      return 'INTEGER';
    default:
      return assertNever(type, 'field type');
  }
}

const isTemporal = (t: string) => /^(DATE|TIMESTAMP)/i.test(t);
const isNumeric = (t: string) =>
  /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|FLOAT|DOUBLE|DECIMAL)/i.test(
    t,
  );

/** How one mapped source column becomes one canonical field. */
export interface FieldSql {
  /** The canonical value, typed; NULL when blank or unparseable. */
  readonly value: string;
  /** The source value as text, for blank checks and problem examples. */
  readonly raw: string;
}

/** Options for {@link fieldSql}. */
export interface FieldSqlOptions {
  /**
   * The column holds decimal commas (decimal-comma.ts): its values with a comma or dot-grouped
   * thousands are ambiguous and read as NULL (the `decimal_comma` check flags them).
   */
  readonly isDecimalCommaColumn?: boolean;
  /**
   * Spellings read as empty in a text column (core/mapping/null-spellings.ts), compared after trimming,
   * Latin letters in any case. Absent: only blanks and the database null tokens (parse-sql.ts).
   */
  readonly nulls?: readonly string[];
}

/** Whether a field of this type is a number parsed from text. */
export function isNumberType(type: FieldType): boolean {
  return type === 'amount' || type === 'decimal' || type === 'int';
}

/** Whether a source column of DuckDB type `sourceType` is text (so its numbers are parsed). */
export function isTextType(sourceType: string): boolean {
  return /^(VARCHAR|TEXT|STRING|CHAR|BPCHAR)/i.test(sourceType);
}

/**
 * SQL for reading `column` (of DuckDB type `sourceType`) as `field`. Text sources are parsed
 * (parse-sql.ts); typed sources (Parquet) are cast directly when the type already fits, and parsed from
 * their text otherwise (e.g. a date stored as the integer 20240301).
 */
export function fieldSql(
  field: CanonicalField,
  column: string,
  sourceType: string,
  options: FieldSqlOptions = {},
): FieldSql {
  const sql = typedFieldSql(field, quoteIdent(column), sourceType, options.nulls);
  if (!options.isDecimalCommaColumn || !isNumberType(field.type) || !isTextType(sourceType)) return sql;
  return {
    value: `CASE WHEN ${isAmbiguousInDecimalCommaColumnSql(sql.raw)} THEN NULL ELSE ${sql.value} END`,
    raw: sql.raw,
  };
}

/**
 * SQL for a constant `text` as `field` on every row (a mapping's `constants`): read as the field's type
 * exactly as a text column holding that value would be.
 */
export function constantFieldSql(field: CanonicalField, text: string): FieldSql {
  return typedFieldSql(field, quoteLiteral(text), 'VARCHAR', undefined);
}

/** Every upper/lower-case spelling of the Latin letters of `text` (NA → NA, Na, nA, na). */
function caseVariants(text: string): string[] {
  let variants = [''];
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    const forms = lower === upper ? [ch] : [lower, upper];
    variants = variants.flatMap((v) => forms.map((f) => v + f));
    if (variants.length > 64) return [text, text.toLowerCase(), text.toUpperCase()];
  }
  return variants;
}

/**
 * `raw` with the null spellings read as NULL: `list_contains` over a constant list of every case
 * variant, so no per-row lower(). Measured on 1 M ISO dates (Node, DuckDB-WASM): `trim(x) IN (…)` with
 * the ~60 literals of the default list cost 10x the date parse itself (DuckDB turns a long IN list into
 * a join); `list_contains` costs about as much as the trim.
 */
function withNullSpellings(raw: string, nulls: readonly string[] | undefined): string {
  const spellings = [
    ...new Set(
      (nulls ?? [])
        .map((n) => n.trim())
        .filter((n) => n.length > 0)
        .flatMap(caseVariants),
    ),
  ];
  if (spellings.length === 0) return raw;
  const test = `list_contains([${spellings.map(quoteLiteral).join(', ')}], trim(${raw}))`;
  // A value that starts with a digit (every clean date and most numbers) cannot trim to a spelling that
  // does not: two string comparisons skip the trim and the list for it.
  if (spellings.some((s) => /^[0-9]/.test(s))) return `CASE WHEN ${test} THEN NULL ELSE ${raw} END`;
  return `CASE WHEN ${raw} >= '0' AND ${raw} < ':' THEN ${raw} WHEN ${test} THEN NULL ELSE ${raw} END`;
}

function typedFieldSql(
  field: CanonicalField,
  col: string,
  sourceType: string,
  nulls: readonly string[] | undefined,
): FieldSql {
  const raw = isTextType(sourceType) ? withNullSpellings(col, nulls) : `CAST(${col} AS VARCHAR)`;
  const sqlType = fieldSqlType(field.type);
  switch (field.type) {
    case 'text':
      if (field.name === 'gend') return { value: normalizeGendSql(raw), raw };
      if (field.name === 'medins_lv') return { value: normalizeMedinsLvSql(raw), raw };
      return { value: parseTextSql(raw), raw };
    case 'date':
      return { value: isTemporal(sourceType) ? `CAST(${col} AS DATE)` : parseDateSql(raw), raw };
    case 'timestamp':
      return { value: isTemporal(sourceType) ? `CAST(${col} AS TIMESTAMP)` : parseTimestampSql(raw), raw };
    case 'amount':
    case 'decimal':
      return {
        value: isNumeric(sourceType)
          ? `TRY_CAST(${col} AS ${sqlType})`
          : parseDecimalSql(raw, field.type === 'amount' ? 2 : 4),
        raw,
      };
    case 'int':
      return { value: isNumeric(sourceType) ? `TRY_CAST(${col} AS INTEGER)` : parseIntSql(raw), raw };
    default:
      return assertNever(field.type, 'field type');
  }
}
