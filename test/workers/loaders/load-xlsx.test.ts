import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine, type NodeEngine } from '../../../node/engine/duckdb-node-engine';
import type { ParquetApi } from '../../../workers/loaders/parquet-api';
import { nodeParquet } from '../../../workers/loaders/parquet-node';
import { failed, load, loaded, sha256 } from './load-helpers';
import { makeXlsx } from './make-xlsx';

const workbook = makeXlsx([
  {
    name: '结算',
    rows: [
      ['结算ID', '医保目录编码', '金额', '结算日期', '结算时间', '金额'],
      [
        'S001',
        '001103000010000',
        12.5,
        { date: new Date(Date.UTC(2024, 2, 1)) },
        { date: new Date(Date.UTC(2024, 2, 1, 8, 30)) },
        1,
      ],
      ['S002', '002201000020000', 0.1, { date: new Date(Date.UTC(2024, 2, 2)) }, null, 2],
    ],
  },
  {
    name: '费用',
    rows: [
      ['fee_id', 'amt'],
      ['F1', 3],
    ],
  },
  { name: '空', rows: [] },
]);

describe('loading Excel workbooks', () => {
  let engine: NodeEngine;
  let parquet: ParquetApi;
  beforeAll(async () => {
    engine = await createNodeEngine();
    parquet = await nodeParquet();
  });
  afterAll(async () => engine.close());

  it('loads the first sheet as text: codes keep zeros, numbers as stored, dates as ISO', async () => {
    const { result, table } = await load(engine, parquet, workbook, '结算.xlsx');
    const file = loaded(result);
    expect(file).toMatchObject({ table, format: 'xlsx', hasHeader: true, rowCount: 2 });
    expect(file.encoding).toBeUndefined();
    expect(file.sha256).toBe(sha256(workbook));
    expect(file.columns.map((c) => `${c.name} ${c.type}`)).toEqual([
      '结算ID VARCHAR',
      '医保目录编码 VARCHAR',
      '金额 VARCHAR',
      '结算日期 VARCHAR',
      '结算时间 VARCHAR',
      '金额_2 VARCHAR',
    ]);
    expect(file.warnings.map((w) => w.code)).toEqual(['csv.duplicate-columns']);
    expect(await engine.rows(`SELECT * FROM ${table} ORDER BY 结算ID`)).toEqual([
      {
        结算ID: 'S001',
        医保目录编码: '001103000010000',
        金额: '12.5',
        结算日期: '2024-03-01',
        结算时间: '2024-03-01T08:30:00',
        金额_2: '1',
      },
      {
        结算ID: 'S002',
        医保目录编码: '002201000020000',
        金额: '0.1',
        结算日期: '2024-03-02',
        结算时间: null,
        金额_2: '2',
      },
    ]);
  });

  it('loads a named sheet', async () => {
    const { result, table } = await load(engine, parquet, workbook, 'book.xlsx', { sheet: '费用' });
    expect(loaded(result).rowCount).toBe(1);
    expect(await engine.rows(`SELECT * FROM ${table}`)).toEqual([{ fee_id: 'F1', amt: '3' }]);
  });

  it('names a missing sheet and an empty sheet', async () => {
    const missing = failed((await load(engine, parquet, workbook, 'book.xlsx', { sheet: '明细' })).result);
    expect(missing).toMatchObject({ code: 'xlsx.sheet-not-found', file: 'book.xlsx' });
    expect(missing.message.zh).toContain('「明细」');
    const empty = failed((await load(engine, parquet, workbook, 'book.xlsx', { sheet: '空' })).result);
    expect(empty).toMatchObject({ code: 'xlsx.empty-sheet', file: 'book.xlsx' });
  });

  it('refuses a ZIP that is not a workbook, and a legacy .xls', async () => {
    const zip = workbook.slice(0, 200);
    expect(failed((await load(engine, parquet, zip, 'claims.csv')).result)).toMatchObject({
      code: 'xlsx.invalid',
      file: 'claims.csv',
    });
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    expect(failed((await load(engine, parquet, ole, 'old.xls')).result)).toMatchObject({
      code: 'xlsx.legacy-xls',
      file: 'old.xls',
    });
  });
});
