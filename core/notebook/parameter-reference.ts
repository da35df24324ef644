import { msg, type Msg } from '../shared/msg';
import type { ParameterSpec } from './cell-types';
import type { SqlToken } from './sql-scan';

/** A `${…}` reference in SQL. */
export type ParameterToken = Extract<SqlToken, { kind: 'parameter' }>;

/**
 * The parameter a `${…}` reference names, or why it cannot be used: no parameter has that name, or the
 * reference does not fit its kind (a date range is used as `${p.start}` / `${p.end}`, every other kind
 * as plain `${p}`).
 */
export function resolveParameter(
  sql: string,
  token: ParameterToken,
  parameters: ReadonlyMap<string, ParameterSpec>,
): { readonly ok: true; readonly spec: ParameterSpec } | { readonly ok: false; readonly message: Msg } {
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
  const fits =
    spec.kind === 'date-range' ? token.field === 'start' || token.field === 'end' : token.field === undefined;
  if (fits) return { ok: true, spec };
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
