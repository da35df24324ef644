import { msg, type Msg } from '../../workers/shared/msg';
import type { ParameterSpec } from './cell-types';
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
    const value = valueOf(spec, token.field);
    if (value === undefined) {
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
    out += `${sql.slice(last, token.start)}?`;
    last = token.end;
    values.push(value);
  }
  return { ok: true, value: { sql: out + sql.slice(last), values } };
}

function valueOf(spec: ParameterSpec, field: string | undefined): string | number | undefined {
  if (spec.kind === 'date-range') return field === 'start' || field === 'end' ? spec.value[field] : undefined;
  return field === undefined ? spec.value : undefined;
}
