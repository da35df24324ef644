import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine, type NodeEngine } from '../../../node/engine/duckdb-node-engine';
import type { ParquetApi } from '../../../workers/loaders/parquet-api';
import { nodeParquet } from '../../../workers/loaders/parquet-node';
import { failed, load, loaded, sha256, tableExists } from './load-helpers';
import { feeParquet } from './parquet-fixtures';

describe('loading Parquet files', () => {
  let engine: NodeEngine;
  let parquet: ParquetApi;
  beforeAll(async () => {
    engine = await createNodeEngine();
    parquet = await nodeParquet();
  });
  afterAll(async () => engine.close());

  it('loads row group by row group, keeping the Parquet types and reporting rows', async () => {
    const bytes = feeParquet(2500, 1000);
    const { result, table, progress } = await load(engine, parquet, bytes, 'fee.parquet');
    const file = loaded(result);
    expect(file).toMatchObject({ table, format: 'parquet', rowCount: 2500, warnings: [] });
    expect(file.encoding).toBeUndefined();
    expect(file.sha256).toBe(sha256(bytes));
    expect(file.columns).toEqual([
      { name: 'fee_id', type: 'VARCHAR' },
      { name: 'hilist_code', type: 'VARCHAR' },
      { name: 'cnt', type: 'INTEGER' },
      { name: 'psn_id', type: 'BIGINT' },
      { name: 'amt', type: 'DOUBLE' },
      { name: 'fee_time', type: 'TIMESTAMP_MS' },
    ]);
    const inserts = progress.filter((p) => p.phase === 'insert');
    expect(inserts.map((p) => p.done)).toEqual([1000, 2000, 2500]);
    expect(inserts.every((p) => p.unit === 'rows' && p.total === 2500)).toBe(true);
    const [row] = await engine.rows(
      `SELECT fee_id, hilist_code, psn_id, amt, CAST(fee_time AS VARCHAR) AS t FROM ${table} WHERE fee_id = 'F002500'`,
    );
    expect(row).toEqual({
      fee_id: 'F002500',
      hilist_code: '001103000002500',
      psn_id: 2_500_000,
      amt: 625,
      t: '2024-01-02 17:40:00',
    });
  });

  it('finds Parquet by its magic bytes whatever the name', async () => {
    expect(loaded((await load(engine, parquet, feeParquet(3), 'export.dat')).result).format).toBe('parquet');
  });

  it('loads a 0-row file with its columns and a warning', async () => {
    const file = loaded((await load(engine, parquet, feeParquet(0), 'empty.parquet')).result);
    expect(file.rowCount).toBe(0);
    expect(file.columns.map((c) => `${c.name} ${c.type}`)).toEqual([
      'fee_id VARCHAR',
      'hilist_code VARCHAR',
      'cnt INTEGER',
      'psn_id BIGINT',
      'amt DOUBLE',
      'fee_time TIMESTAMP_MS',
    ]);
    expect(file.warnings.map((w) => w.code)).toEqual(['load.no-rows']);
  });

  it('reports a truncated file as corrupt and leaves no table', async () => {
    const bytes = feeParquet(100);
    const { result, table } = await load(engine, parquet, bytes.slice(0, bytes.length - 100), '截断.parquet');
    const error = failed(result);
    expect(error).toMatchObject({ kind: 'load', code: 'parquet.corrupt', file: '截断.parquet' });
    expect(error.message.zh).toContain('「截断.parquet」');
    expect(error.message.en).toContain('"截断.parquet"');
    expect(await tableExists(engine, table)).toBe(false);
  });

  it('reports a damaged data page as corrupt instead of hanging, and keeps working', async () => {
    const bytes = feeParquet(100);
    bytes.fill(0, 4, 60);
    const { result, table } = await load(engine, parquet, bytes, 'damaged.parquet');
    expect(failed(result)).toMatchObject({ code: 'parquet.corrupt', file: 'damaged.parquet' });
    expect(await tableExists(engine, table)).toBe(false);
    expect(loaded((await load(engine, parquet, feeParquet(10), 'fine.parquet')).result).rowCount).toBe(10);
  });

  it('refuses a .parquet file that is not Parquet', async () => {
    const { result } = await load(engine, parquet, new TextEncoder().encode('a,b\n1,2\n'), 'fake.parquet');
    expect(failed(result)).toMatchObject({ code: 'parquet.not-parquet', file: 'fake.parquet' });
  });
});
