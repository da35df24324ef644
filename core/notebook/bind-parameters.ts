import type { Msg } from '../shared/msg';
import type { ParameterSpec } from './cell-types';
import { resolveParameter } from './parameter-reference';
import { scanSql } from './sql-scan';

/** A SQL text ready for a DuckDB prepared statement: `?` placeholders and their values in order. */
export interface BoundSql {
  readonly sql: string;
  readonly values: readonly (string | number)[];
}

/** Either the bound SQL, or why it could not be bound (the UI shows this next to the cell). */
export type BindResult =
  { readonly ok: true; readonly value: BoundSql } | { readonly ok: false; readonly message: Msg };

/**
 * Replaces each `${name}` (outside strings and comments) with a `?` placeholder and collects the
 * parameter's value in the same order, so user values never become SQL text. A date range is used as
 * `${name.start}` / `${name.end}` (its dates as `YYYY-MM-DD` strings: write `CAST(${p.start} AS DATE)`
 * where the type matters); every other kind as plain `${name}`.
 */
export function bindParameters(sql: string, parameters: ReadonlyMap<string, ParameterSpec>): BindResult {
  const values: (string | number)[] = [];
  let out = '';
  let last = 0;
  for (const token of scanSql(sql)) {
    if (token.kind !== 'parameter') continue;
    const resolved = resolveParameter(sql, token, parameters);
    if (!resolved.ok) return resolved;
    out += `${sql.slice(last, token.start)}?`;
    last = token.end;
    values.push(valueOf(resolved.spec, token.field));
  }
  return { ok: true, value: { sql: out + sql.slice(last), values } };
}

/** The value a resolved reference stands for (`field` fits the kind: `resolveParameter` checked it). */
function valueOf(spec: ParameterSpec, field: string | undefined): string | number {
  return spec.kind === 'date-range' ? spec.value[field === 'end' ? 'end' : 'start'] : spec.value;
}
