import { tableFromIPC, TimeUnit, type Table } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  columnFormatter,
  decimalToString,
  formatInterval,
  formatTimestamp,
  isNumericType,
  scaledToString,
} from '../../../src/arrow/format-cell';
import { typeLabel } from '../../../src/arrow/type-label';
import { createNodeEngine, type NodeEngine } from '../../../node/engine/duckdb-node-engine';

// The same path as the browser: the Arrow IPC bytes DuckDB-WASM itself writes → `tableFromIPC` here.
let engine: NodeEngine;

async function query(sql: string): Promise<Table> {
  return tableFromIPC(await engine.queryIpc(sql));
}

beforeAll(async () => {
  engine = await createNodeEngine();
});
afterAll(() => engine.close());

/** Formats every row of column 0 with our formatter. */
function formatColumn(table: Table): (string | null)[] {
  const vector = table.getChildAt(0)!;
  const f = columnFormatter(vector);
  return Array.from({ length: table.numRows }, (_, i) => f(i));
}

describe('columnFormatter prints what DuckDB prints', () => {
  // Each expression is formatted by us and cast ::VARCHAR by DuckDB; the two must agree exactly.
  const cases: Record<string, string> = {
    int64: `9007199254740993::BIGINT`,
    int64Negative: `-9223372036854775807::BIGINT`,
    ubigint: `18446744073709551615::UBIGINT`,
    hugeint: `-170141183460469231731687303715884105727::HUGEINT`,
    decimal18: `-12.34::DECIMAL(18,2)`,
    decimalSmallNegative: `-0.05::DECIMAL(18,2)`,
    decimalZero: `0::DECIMAL(18,2)`,
    decimalBig: `9999999999999999.99::DECIMAL(18,2)`,
    decimal38: `-12345678901234567890.1234567890::DECIMAL(38,10)`,
    decimal4: `-1.5::DECIMAL(4,1)`,
    double: `3.25::DOUBLE`,
    doubleTiny: `1e-7::DOUBLE`,
    doubleInf: `'-inf'::DOUBLE`,
    float: `0.1::FLOAT`,
    date: `DATE '2024-03-05'`,
    dateOld: `DATE '1960-01-02'`,
    dateBc: `DATE '0045-03-15 (BC)'`,
    dateInfinity: `'infinity'::DATE`,
    timestamp: `TIMESTAMP '2024-03-05 13:04:05.123456'`,
    timestampWhole: `TIMESTAMP '2024-03-05 00:00:00'`,
    timestampBeforeEpoch: `TIMESTAMP '1969-12-31 23:59:59.5'`,
    timestampSeconds: `TIMESTAMP_S '2024-01-01 00:00:01'`,
    timestampMillis: `TIMESTAMP_MS '2024-01-01 00:00:01.5'`,
    timestampNanos: `TIMESTAMP_NS '2024-01-01 00:00:01.123456789'`,
    time: `TIME '13:04:05.25'`,
    interval: `INTERVAL '1 year 2 months 3 days 04:05:06.5'`,
    intervalNegative: `INTERVAL '-2 hours'`,
    intervalZero: `INTERVAL '0 seconds'`,
    intervalLong: `INTERVAL '36 hours'`,
    boolean: `true`,
    text: `'医保 ClaimLens'`,
    blob: `'a\\x01b\\x5C'::BLOB`,
    list: `[1, NULL, 3]`,
    listOfText: `['a', NULL, 'b c']`,
    listOfDecimal: `[1.5::DECIMAL(4,2), -2::DECIMAL(4,2)]`,
    listOfTimestamp: `[TIMESTAMP '2024-01-01 08:00:00.25']`,
    listOfInterval: `[INTERVAL '1 day', INTERVAL '2 hours']`,
    listOfQuotedText: `['', ' a', 'NULL', 'x:y', 'it''s', '(1)', 'a=b', 'plain']`,
    listOfLists: `[[1, 2], [3], NULL]`,
    listOfStructs: `[{'a': 'x:y', 'b': NULL}]`,
    structWithOddKeys: `{'a b': 1, 'c:d': 'x:y'}`,
    struct: `{'a': 1, 'b': 'x', 'c': -3.10::DECIMAL(5,2)}`,
    map: `map([1, 2], ['x', 'y'])`,
    enum: `'b'::ENUM('a', 'b')`,
  };

  for (const [name, expr] of Object.entries(cases)) {
    it(name, async () => {
      const table = await query(`SELECT ${expr} AS v, (${expr})::VARCHAR AS s`);
      const expected = table.getChildAt(1)!.get(0) as string;
      expect(formatColumn(table)).toEqual([expected]);
    });
  }

  it('returns null for SQL NULL in every type', async () => {
    for (const type of ['BIGINT', 'DECIMAL(18,2)', 'DATE', 'TIMESTAMP', 'INTERVAL', 'VARCHAR', 'INTEGER[]']) {
      const table = await query(`SELECT * FROM (VALUES (NULL::${type}), (NULL::${type})) t(v)`);
      expect(formatColumn(table), type).toEqual([null, null]);
    }
  });

  it('reads the right row across record batches', async () => {
    const table = await query(
      `SELECT (i * 100 + 1)::DECIMAL(18,2) / 100 AS v, TIMESTAMP '2024-01-01' + i * INTERVAL 1 SECOND AS ts,
              INTERVAL (i) DAY AS iv
       FROM range(300000) r(i)`,
    );
    expect(table.batches.length).toBeGreaterThan(1);
    const v = columnFormatter(table.getChildAt(0)!);
    const ts = columnFormatter(table.getChildAt(1)!);
    const iv = columnFormatter(table.getChildAt(2)!);
    expect(v(0)).toBe('0.01');
    expect(v(299_999)).toBe('299999.01');
    expect(ts(123_456)).toBe('2024-01-02 10:17:36');
    expect(iv(299_999)).toBe('299999 days');
  });

  it('names column types the way DuckDB does', async () => {
    const table = await query(
      `SELECT 1::BIGINT a, 1::INTEGER b, 1::UTINYINT c, 1.5::DECIMAL(18,2) d, 1.5::DOUBLE e, 1.5::FLOAT f,
              'x' g, true h, DATE '2024-01-01' i, TIMESTAMP '2024-01-01' j, TIMESTAMP_NS '2024-01-01' k,
              TIME '01:00' l, INTERVAL 1 DAY m, 'x'::BLOB n, [1] o, {'a': 1} p, map([1], ['x']) q,
              'a'::ENUM('a') r, 1::HUGEINT s`,
    );
    expect(table.schema.fields.map((f) => typeLabel(f.type))).toEqual([
      'BIGINT',
      'INTEGER',
      'UTINYINT',
      'DECIMAL(18,2)',
      'DOUBLE',
      'FLOAT',
      'VARCHAR',
      'BOOLEAN',
      'DATE',
      'TIMESTAMP',
      'TIMESTAMP_NS',
      'TIME',
      'INTERVAL',
      'BLOB',
      'INTEGER[]',
      'STRUCT(a INTEGER)',
      'MAP(INTEGER, VARCHAR)',
      'VARCHAR',
      'DECIMAL(38,0)',
    ]);
  });

  it('right-aligns numbers only', async () => {
    const table = await query(
      `SELECT 1::BIGINT a, 1.5::DECIMAL(4,1) b, 1.5::DOUBLE c, 'x' d, DATE '2024-01-01' e`,
    );
    expect(table.schema.fields.map((f) => isNumericType(f.type))).toEqual([true, true, true, false, false]);
  });
});

describe('pure helpers', () => {
  it('scales integers to fixed decimals', () => {
    expect(scaledToString(-1234n, 2)).toBe('-12.34');
    expect(scaledToString(-5n, 2)).toBe('-0.05');
    expect(scaledToString(7n, 0)).toBe('7');
    expect(scaledToString(7n, -2)).toBe('700');
  });

  it('reads two’s-complement decimal words', () => {
    expect(decimalToString(new Uint32Array([0xffff_fb2e, 0xffff_ffff, 0xffff_ffff, 0xffff_ffff]), 2)).toBe(
      '-12.34',
    );
    expect(decimalToString(new Uint32Array([1234, 0, 0, 0]), 2)).toBe('12.34');
  });

  it('formats timestamps and intervals exactly', () => {
    expect(formatTimestamp(1_709_643_845_123_456n, TimeUnit.MICROSECOND)).toBe('2024-03-05 13:04:05.123456');
    expect(formatTimestamp(-1n, TimeUnit.MICROSECOND)).toBe('1969-12-31 23:59:59.999999');
    expect(formatInterval(-1, 2, 0n)).toBe('-1 month 2 days');
    expect(formatInterval(0, 0, 0n)).toBe('00:00:00');
  });
});
