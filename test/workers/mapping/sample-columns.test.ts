import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine, type NodeEngine } from '../../../node/engine/duckdb-node-engine';
import { sampleColumns } from '../../../workers/mapping/sample-columns';

let engine: NodeEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
});
afterAll(async () => engine.close());

describe('sampleColumns', () => {
  it('returns the first rows of every column as text, keyed by column name', async () => {
    await engine.exec(`CREATE TABLE raw_s AS SELECT * FROM (VALUES
      ('S1', DATE '2024-03-01', CAST(12.5 AS DECIMAL(18,2)), 7),
      ('S2', NULL, CAST(-1 AS DECIMAL(18,2)), NULL),
      ('S3', DATE '2024-03-03', NULL, 9)
    ) t("结算 ID", "入院日期", "金额", "x""y")`);
    const columns = [
      { name: '结算 ID', type: 'VARCHAR' },
      { name: '入院日期', type: 'DATE' },
      { name: '金额', type: 'DECIMAL(18,2)' },
      { name: 'x"y', type: 'INTEGER' },
    ];
    const set = await sampleColumns(engine, 'raw_s', columns);
    expect(set.values).toEqual({
      '结算 ID': ['S1', 'S2', 'S3'],
      入院日期: ['2024-03-01', null, '2024-03-03'],
      金额: ['12.50', '-1.00', null],
      'x"y': ['7', null, '9'],
    });
    expect((await sampleColumns(engine, 'raw_s', columns, { limit: 2 })).values['结算 ID']).toEqual([
      'S1',
      'S2',
    ]);
  });

  it('returns empty lists for an empty table and nothing for no columns', async () => {
    await engine.exec('CREATE TABLE raw_empty (a VARCHAR)');
    expect(await sampleColumns(engine, 'raw_empty', [{ name: 'a', type: 'VARCHAR' }])).toEqual({
      values: { a: [] },
      uniqueness: { a: { values: 0, distinct: 0 } },
      rows: 0,
    });
    expect(await sampleColumns(engine, 'raw_empty', [])).toEqual({ values: {}, uniqueness: {}, rows: 0 });
  });

  it('counts distinct values per column over a prefix longer than the value sample', async () => {
    // 300 claims of 100 beneficiaries: the claim id is unique, the beneficiary id repeats.
    await engine.exec(`CREATE TABLE raw_claims AS
      SELECT 'C' || i AS "ClaimID", 'B' || (i % 100) AS "BeneID", NULL::VARCHAR AS empty FROM range(300) t(i)`);
    const columns = [
      { name: 'ClaimID', type: 'VARCHAR' },
      { name: 'BeneID', type: 'VARCHAR' },
      { name: 'empty', type: 'VARCHAR' },
    ];
    const set = await sampleColumns(engine, 'raw_claims', columns, { limit: 10 });
    expect(set.values.ClaimID).toHaveLength(10);
    expect(set.rows).toBe(300);
    expect(set.uniqueness).toEqual({
      ClaimID: { values: 300, distinct: 300 },
      BeneID: { values: 300, distinct: 100 },
      empty: { values: 0, distinct: 0 },
    });
    const prefix = await sampleColumns(engine, 'raw_claims', columns, { uniqueRows: 50 });
    expect(prefix.rows).toBe(50);
    expect(prefix.uniqueness.BeneID).toEqual({ values: 50, distinct: 50 });
  });
});
