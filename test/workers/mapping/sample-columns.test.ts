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
    expect(await sampleColumns(engine, 'raw_s', columns)).toEqual({
      '结算 ID': ['S1', 'S2', 'S3'],
      入院日期: ['2024-03-01', null, '2024-03-03'],
      金额: ['12.50', '-1.00', null],
      'x"y': ['7', null, '9'],
    });
    expect((await sampleColumns(engine, 'raw_s', columns, 2))['结算 ID']).toEqual(['S1', 'S2']);
  });

  it('returns empty lists for an empty table and nothing for no columns', async () => {
    await engine.exec('CREATE TABLE raw_empty (a VARCHAR)');
    expect(await sampleColumns(engine, 'raw_empty', [{ name: 'a', type: 'VARCHAR' }])).toEqual({ a: [] });
    expect(await sampleColumns(engine, 'raw_empty', [])).toEqual({});
  });
});
