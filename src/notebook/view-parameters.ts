import { msg, type Msg } from '../../workers/shared/msg';
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
    const spec = parameters.get(token.name);
    const reference = sql.slice(token.start, token.end);
    if (!spec) {
      return {
        ok: false,
        message: msg(
          `未知参数 ${reference}：请添加同名参数单元。`,
          `Unknown parameter ${reference}: add a parameter cell with that name.`,
        ),
      };
    }
    const value = parameterValue(token.name, spec, token.field);
    if (!value) {
      const hint =
        spec.kind === 'date-range' ? `\${${token.name}.start} / \${${token.name}.end}` : `\${${token.name}}`;
      return {
        ok: false,
        message: msg(
          `参数引用 ${reference} 无效，请写作 ${hint}。`,
          `Parameter reference ${reference} is invalid; write ${hint}.`,
        ),
      };
    }
    values.set(value.key, value);
    const column = value.number === null ? 'text' : 'number';
    out += `${sql.slice(last, token.start)}(SELECT ${column} FROM ${PARAMETER_TABLE} WHERE key = '${value.key}')`;
    last = token.end;
  }
  return { ok: true, value: { sql: out + sql.slice(last), values: [...values.values()] } };
}

function parameterValue(
  name: string,
  spec: ParameterSpec,
  field: string | undefined,
): ParameterValue | undefined {
  switch (spec.kind) {
    case 'date-range':
      return field === 'start' || field === 'end'
        ? { key: `${name}.${field}`, text: spec.value[field], number: null }
        : undefined;
    case 'number':
      return field === undefined ? { key: name, text: null, number: spec.value } : undefined;
    case 'text':
    case 'choice':
      return field === undefined ? { key: name, text: spec.value, number: null } : undefined;
  }
}
