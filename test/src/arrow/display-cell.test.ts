import { tableFromIPC, type Table } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayFormatter, groupNumericText } from '../../../src/arrow/display-cell';
import { createNodeEngine, type NodeEngine } from '../../../node/engine/duckdb-node-engine';

// Real Arrow IPC from DuckDB, as the browser receives it.
let engine: NodeEngine;

beforeAll(async () => {
  engine = await createNodeEngine();
});
afterAll(() => engine.close());

async function shown(sql: string): Promise<Record<string, (string | null)[]>> {
  const table: Table = tableFromIPC(await engine.queryIpc(sql));
  const out: Record<string, (string | null)[]> = {};
  table.schema.fields.forEach((field, i) => {
    const f = displayFormatter(table.getChildAt(i)!, 'zh');
    out[field.name] = Array.from({ length: table.numRows }, (_, row) => f(row));
  });
  return out;
}

describe('result-table display text', () => {
  it('groups numeric columns and keeps every digit', async () => {
    const cells = await shown(`SELECT 251310.51::DOUBLE AS d, 80417.40::DECIMAL(18,2) AS m,
      -12345678901234567890.1234567890::DECIMAL(38,10) AS big, 9007199254740993::BIGINT AS i64,
      -170141183460469231731687303715884105727::HUGEINT AS huge, 999::INTEGER AS small,
      0.125::DOUBLE AS frac, 1e-7::DOUBLE AS tiny, 'nan'::DOUBLE AS nan, NULL::DOUBLE AS nothing`);
    expect(cells).toEqual({
      d: ['251,310.51'],
      m: ['80,417.40'],
      big: ['-12,345,678,901,234,567,890.1234567890'],
      i64: ['9,007,199,254,740,993'],
      huge: ['-170,141,183,460,469,231,731,687,303,715,884,105,727'],
      small: ['999'],
      frac: ['0.125'],
      tiny: ['1e-07'],
      nan: ['nan'],
      nothing: [null],
    });
  });

  it('never groups text that looks like a number', async () => {
    const cells = await shown(`SELECT '110101199001011234' AS psn_no, '0012345' AS code,
      DATE '2024-03-05' AS day`);
    expect(cells).toEqual({ psn_no: ['110101199001011234'], code: ['0012345'], day: ['2024-03-05'] });
  });

  it('leaves non-decimal text alone', () => {
    expect(groupNumericText('inf', 'en')).toBe('inf');
    expect(groupNumericText('1.5e+20', 'en')).toBe('1.5e+20');
    expect(groupNumericText('-1234', 'en')).toBe('-1,234');
  });
});
