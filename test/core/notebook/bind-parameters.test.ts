import { describe, expect, it } from 'vitest';
import type { ParameterSpec } from '../../../core/notebook/cell-types';
import { bindParameters } from '../../../core/notebook/bind-parameters';

const parameters = new Map<string, ParameterSpec>([
  ['period', { kind: 'date-range', value: { start: '2024-01-01', end: '2024-06-30' } }],
  ['limit', { kind: 'number', value: 3 }],
  ['code', { kind: 'text', value: "x'); DROP TABLE fee; --" }],
  ['level', { kind: 'choice', value: '3', choices: ['1', '2', '3'] }],
]);

describe('bindParameters', () => {
  it('replaces references with placeholders and lists values in order, repeats included', () => {
    const result = bindParameters(
      'SELECT * FROM setl WHERE begndate BETWEEN ${period.start} AND ${period.end} AND medins_lv = ${ level } AND cnt > ${limit} OR cnt < ${limit}',
      parameters,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        sql: 'SELECT * FROM setl WHERE begndate BETWEEN ? AND ? AND medins_lv = ? AND cnt > ? OR cnt < ?',
        values: ['2024-01-01', '2024-06-30', '3', 3, 3],
      },
    });
  });

  it('never puts a value into the SQL text', () => {
    const result = bindParameters('SELECT * FROM fee WHERE hilist_code = ${code}', parameters);
    expect(result.ok && result.value.sql).toBe('SELECT * FROM fee WHERE hilist_code = ?');
    expect(result.ok && result.value.values).toEqual(["x'); DROP TABLE fee; --"]);
  });

  it('leaves references inside strings and comments alone', () => {
    const sql = "SELECT '${limit}' AS s -- ${limit}\n/* ${limit} */";
    expect(bindParameters(sql, parameters)).toEqual({ ok: true, value: { sql, values: [] } });
  });

  it('refuses unknown parameters and a date range used whole', () => {
    const unknown = bindParameters('SELECT ${nope}', parameters);
    expect(unknown.ok).toBe(false);
    expect(!unknown.ok && unknown.message.en).toContain('${nope}');
    const whole = bindParameters('SELECT ${period}', parameters);
    expect(!whole.ok && whole.message.en).toContain('${period.start}');
    const dotted = bindParameters('SELECT ${limit.start}', parameters);
    expect(dotted.ok).toBe(false);
  });
});
