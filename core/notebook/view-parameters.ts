import type { Msg } from '../shared/msg';
import { resolveParameter } from './parameter-reference';
import type { ParameterSpec } from './cell-types';
import { scanSql } from './sql-scan';

/** The engine table holding parameter values, one row per `key` (`period.start`, `threshold`). */
export const PARAMETER_TABLE = '_cl_parameters';

/** One parameter value as stored in the parameter table: text (dates, text, choices) or a number. */
export interface ParameterValue {
  /** `name`, or `name.start` / `name.end` for a date range. */
  readonly key: string;
  readonly text: string | null;
  readonly number: number | null;
}

/** SQL whose parameter references read the parameter table, plus the values that table must hold. */
export interface ViewSql {
  readonly sql: string;
  readonly values: readonly ParameterValue[];
}

/** Either the view SQL, or why it could not be compiled (shown next to the cell). */
export type ViewSqlResult =
  { readonly ok: true; readonly value: ViewSql } | { readonly ok: false; readonly message: Msg };

/**
 * Rewrites each `${name}` reference as a scalar subquery on the parameter table, so a SQL cell can
 * become a view (a view cannot hold `?` placeholders) that sees new values when a parameter changes,
 * on every connection. User values never become SQL text: they reach the table through a prepared
 * INSERT; the only text written here is the parameter's key, a validated identifier.
 */
export function compileViewSql(sql: string, parameters: ReadonlyMap<string, ParameterSpec>): ViewSqlResult {
  const values = new Map<string, ParameterValue>();
  let out = '';
  let last = 0;
  for (const token of scanSql(sql)) {
    if (token.kind !== 'parameter') continue;
    const resolved = resolveParameter(sql, token, parameters);
    if (!resolved.ok) return resolved;
    const value = parameterValue(token.name, resolved.spec, token.field);
    values.set(value.key, value);
    const column = value.number === null ? 'text' : 'number';
    out += `${sql.slice(last, token.start)}(SELECT ${column} FROM ${PARAMETER_TABLE} WHERE key = '${value.key}')`;
    last = token.end;
  }
  return { ok: true, value: { sql: out + sql.slice(last), values: [...values.values()] } };
}

/** The stored value a resolved reference stands for (`field` fits the kind: `resolveParameter` checked it). */
function parameterValue(name: string, spec: ParameterSpec, field: string | undefined): ParameterValue {
  switch (spec.kind) {
    case 'date-range': {
      const bound = field === 'end' ? 'end' : 'start';
      return { key: `${name}.${bound}`, text: spec.value[bound], number: null };
    }
    case 'number':
      return { key: name, text: null, number: spec.value };
    case 'text':
    case 'choice':
      return { key: name, text: spec.value, number: null };
  }
}
