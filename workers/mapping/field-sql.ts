import { assertNever } from '../../core/shared/invariant';
import { quoteIdent } from '../engine/sql-quote';
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
  const sql = typedFieldSql(field, column, sourceType);
  if (!options.isDecimalCommaColumn || !isNumberType(field.type) || !isTextType(sourceType)) return sql;
  return {
    value: `CASE WHEN ${isAmbiguousInDecimalCommaColumnSql(sql.raw)} THEN NULL ELSE ${sql.value} END`,
    raw: sql.raw,
  };
}

function typedFieldSql(field: CanonicalField, column: string, sourceType: string): FieldSql {
  const col = quoteIdent(column);
  const raw = isTextType(sourceType) ? col : `CAST(${col} AS VARCHAR)`;
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
