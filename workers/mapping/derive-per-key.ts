import { quoteIdent, quoteLiteral } from '../engine/sql-quote';
import type { CanonicalField } from '../../core/mapping/mapping-types';
import { rawRef, valueRef, type MappedField } from './problem-checks';

/** Derived rows of one source, typed like the canonical table, for {@link perKeySelect}. */
export interface DerivedRows {
  /** `SELECT <fields…>, _src, _row, _flagged FROM …` over the source. */
  readonly select: string;
  /** Fields a kept row must have (the key; a death row's date). */
  readonly required: readonly string[];
}

/** Row order across the derived sources of one table: source by load order, then row. */
const SEQ_STRIDE = 10_000_000_000;

/**
 * The rows a file's `also` mapping adds to a derived table, one per key: for each field the first
 * non-empty value by source (load order) and row, so no value is chosen among disagreeing ones without
 * the disagreement being reported (see {@link conflictStructs}); `_src`/`_row` name the key's first
 * row; `_flagged` is set when any of its rows had a problem or its rows disagree. Rows lacking a
 * required field are not rows of the table (a settlement without a person number describes no person).
 * Keys a direct source (`direct`, a SELECT of the canonical columns) already has are left to it.
 */
export function perKeySelect(
  fields: readonly CanonicalField[],
  key: string,
  rows: readonly DerivedRows[],
  direct: string | undefined,
): string {
  const union = rows
    .map(
      (r, i) =>
        `SELECT *, CAST(${i} AS BIGINT) * ${SEQ_STRIDE} + _row AS _seq FROM (${r.select})
         WHERE ${r.required.map((f) => `${quoteIdent(f)} IS NOT NULL`).join(' AND ')}`,
    )
    .join('\nUNION ALL\n');
  const k = quoteIdent(key);
  const values = fields.map((f) => {
    const col = quoteIdent(f.name);
    return f.name === key ? k : `arg_min(${col}, _seq) FILTER (WHERE ${col} IS NOT NULL) AS ${col}`;
  });
  const disagree = fields
    .filter((f) => f.name !== key)
    .map((f) => `count(DISTINCT ${quoteIdent(f.name)}) > 1`);
  const notDirect = direct ? `WHERE ${k} NOT IN (SELECT ${k} FROM (${direct}) WHERE ${k} IS NOT NULL)` : '';
  return `SELECT ${values.join(', ')}, arg_min(_src, _seq) AS _src, arg_min(_row, _seq) AS _row,
      (bool_or(_flagged) OR ${disagree.length ? disagree.join(' OR ') : 'false'}) AS _flagged
    FROM (${union}) ${notDirect} GROUP BY ${k}`;
}

/**
 * One `conflicting_value` problem struct per mapped field of a derived source row (aliased `s`, joined
 * to its key's kept row `t`): the row's value is not empty and differs from the value kept. The example
 * value names the key (`psn_no=P001: 2`).
 */
export function conflictStructs(mapped: readonly MappedField[], key: string): string[] {
  return mapped
    .filter((m) => m.field.name !== key)
    .map(({ field, column }) => {
      const value = `s.${valueRef(field.name)}`;
      const shown = `concat(${quoteLiteral(`${key}=`)}, s.${valueRef(key)}, ': ', trim(CAST(s.${rawRef(field.name)} AS VARCHAR)))`;
      return `CASE WHEN ${value} IS NOT NULL AND ${value} IS DISTINCT FROM t.${quoteIdent(field.name)}
        THEN {'field': ${quoteLiteral(field.name)}, 'column_name': ${quoteLiteral(column)},
          'kind': 'conflicting_value', 'value': ${shown}} END`;
    });
}
