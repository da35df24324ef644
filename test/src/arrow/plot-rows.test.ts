import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLOT_MAX_ROWS, plotRowsFromIpc, plotRowsFromTable } from '../../../src/arrow/plot-rows';
import { createNodeEngine, type NodeEngine } from '../../../node/engine/duckdb-node-engine';

// Real DuckDB-WASM results: the IPC bytes the browser worker sends, with DuckDB's own Arrow types.
let engine: NodeEngine;

beforeAll(async () => {
  engine = await createNodeEngine();
});
afterAll(() => engine.close());

describe('plotRowsFromIpc', () => {
  it('turns BIGINT, DECIMAL, DATE and TIMESTAMP into numbers and dates', async () => {
    const ipc = await engine.queryIpc(`
      SELECT 3::BIGINT AS n, 12.34::DECIMAL(18,2) AS fee, -0.5::DECIMAL(38,10) AS d38,
             DATE '2024-03-05' AS day, TIMESTAMP '2024-03-05 13:04:05.123456' AS at,
             TIMESTAMP_MS '2024-03-05 13:04:05.5' AS at_ms, TIMESTAMP_S '2024-03-05 13:04:05' AS at_s,
             TIMESTAMPTZ '2024-03-05 13:04:05+00' AS at_tz,
             7::UBIGINT AS u, 2::INTEGER AS i, 1.5::FLOAT AS f, 'x' AS s, true AS b`);
    const { rows, columns, totalRows, truncated } = plotRowsFromIpc(ipc);
    expect(totalRows).toBe(1);
    expect(truncated).toBe(false);
    const row = rows[0]!;
    expect(row.n).toBe(3);
    expect(row.fee).toBe(12.34);
    expect(row.d38).toBe(-0.5);
    expect(row.day).toEqual(new Date(Date.UTC(2024, 2, 5)));
    // Wall time read as UTC, which Plot's default utc scale shows back unchanged.
    expect((row.at as Date).toISOString()).toBe('2024-03-05T13:04:05.123Z');
    expect((row.at_ms as Date).toISOString()).toBe('2024-03-05T13:04:05.500Z');
    expect((row.at_s as Date).toISOString()).toBe('2024-03-05T13:04:05.000Z');
    expect(row.at_tz).toBeInstanceOf(Date);
    expect([row.u, row.i, row.f, row.s, row.b]).toEqual([7, 2, 1.5, 'x', true]);
    expect(columns).toEqual([
      { name: 'n', type: 'BIGINT' },
      { name: 'fee', type: 'DECIMAL(18,2)' },
      { name: 'd38', type: 'DECIMAL(38,10)' },
      { name: 'day', type: 'DATE' },
      { name: 'at', type: 'TIMESTAMP' },
      { name: 'at_ms', type: 'TIMESTAMP_MS' },
      { name: 'at_s', type: 'TIMESTAMP_S' },
      { name: 'at_tz', type: 'TIMESTAMP WITH TIME ZONE' },
      { name: 'u', type: 'UBIGINT' },
      { name: 'i', type: 'INTEGER' },
      { name: 'f', type: 'FLOAT' },
      { name: 's', type: 'VARCHAR' },
      { name: 'b', type: 'BOOLEAN' },
    ]);
  });

  it('keeps integers beyond 2^53 exact, as text', async () => {
    const ipc = await engine.queryIpc(`
      SELECT 9007199254740991::BIGINT AS safe, 9007199254740993::BIGINT AS big,
             -9223372036854775807::BIGINT AS low, 18446744073709551615::UBIGINT AS ubig,
             170141183460469231731687303715884105727::HUGEINT AS huge`);
    const row = plotRowsFromIpc(ipc).rows[0]!;
    expect(row.safe).toBe(9007199254740991);
    expect(row.big).toBe('9007199254740993');
    expect(row.low).toBe('-9223372036854775807');
    expect(row.ubig).toBe('18446744073709551615');
    expect(row.huge).toBe('170141183460469231731687303715884105727');
  });

  it('reads NULL as null and infinite dates as null (no invalid Date)', async () => {
    const ipc = await engine.queryIpc(`
      SELECT NULL::BIGINT AS n, NULL::DECIMAL(18,2) AS d, NULL::DATE AS day, NULL::TIMESTAMP AS at,
             'infinity'::DATE AS inf_day, '-infinity'::TIMESTAMP AS inf_at, NULL::VARCHAR AS s`);
    expect({ ...plotRowsFromIpc(ipc).rows[0] }).toEqual({
      n: null,
      d: null,
      day: null,
      at: null,
      inf_day: null,
      inf_at: null,
      s: null,
    });
  });

  it('shows other types as the result table does, enums as their labels', async () => {
    const ipc = await engine.queryIpc(`
      SELECT TIME '13:04:05' AS t, [1, 2] AS l, {'a': 1} AS st, INTERVAL 3 DAY AS iv,
             'y'::ENUM('x', 'y') AS e`);
    expect({ ...plotRowsFromIpc(ipc).rows[0] }).toEqual({
      t: '13:04:05',
      l: '[1, 2]',
      st: "{'a': 1}",
      iv: '3 days',
      e: 'y',
    });
  });

  it('caps the rows at maxRows and says so', async () => {
    const ipc = await engine.queryIpc('SELECT range AS i FROM range(10)');
    const capped = plotRowsFromIpc(ipc, { maxRows: 4 });
    expect(capped.rows.map((row) => row.i)).toEqual([0, 1, 2, 3]);
    expect(capped).toMatchObject({ totalRows: 10, truncated: true });
    expect(plotRowsFromIpc(ipc, { maxRows: 10 }).truncated).toBe(false);
  });

  it('caps at 50,000 rows by default, across record batches, in order', async () => {
    const ipc = await engine.queryIpc(
      `SELECT range AS i, TIMESTAMP '2024-01-01' + range * INTERVAL 1 SECOND AS at FROM range(${PLOT_MAX_ROWS + 5})`,
    );
    expect(tableFromIPC(ipc).batches.length).toBeGreaterThan(1);
    const { rows, totalRows, truncated } = plotRowsFromIpc(ipc);
    expect(PLOT_MAX_ROWS).toBe(50_000);
    expect([rows.length, totalRows, truncated]).toEqual([50_000, 50_005, true]);
    const last = rows[rows.length - 1]!;
    expect(last.i).toBe(49_999);
    expect((last.at as Date).getTime()).toBe(Date.UTC(2024, 0, 1) + 49_999_000);
  });

  it('builds rows without a prototype, so a column named like a method is plain data', async () => {
    const ipc = await engine.queryIpc(`SELECT 1 AS "constructor", 2 AS "__proto__"`);
    const row = plotRowsFromTable(tableFromIPC(ipc)).rows[0]!;
    expect(Object.getPrototypeOf(row)).toBeNull();
    expect(row.constructor).toBe(1);
    expect(row['__proto__']).toBe(2);
  });
});
