import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine, type NodeEngine } from '../../../node/engine/duckdb-node-engine';
import type { ByteSink } from '../../../workers/loaders/byte-sink';
import { createMemorySink } from '../../../workers/loaders/byte-sink';
import { SAMPLE_BYTES } from '../../../workers/loaders/load-csv';
import type { ParquetApi } from '../../../workers/loaders/parquet-api';
import { nodeParquet } from '../../../workers/loaders/parquet-node';
import { gbk, load, loaded, sha256, utf8 } from './load-helpers';

const SETTLEMENTS = [
  '结算ID,医保目录编码,金额,结算日期,科室',
  'S001,001103000010000,12.50,2024-03-01,内科',
  'S002,002201000020000,8.00,2024-03-02,"外科,二病区"',
  'S003,000000000000001,,2024-03-03,儿科',
].join('\r\n');

describe('loading delimited text files', () => {
  let engine: NodeEngine;
  let parquet: ParquetApi;
  beforeAll(async () => {
    engine = await createNodeEngine();
    parquet = await nodeParquet();
  });
  afterAll(async () => engine.close());

  it('loads a GBK CSV with Chinese headers, every column VARCHAR, leading zeros kept', async () => {
    const bytes = gbk(SETTLEMENTS);
    const { result, table, progress } = await load(engine, parquet, bytes, '结算明细.csv');
    const file = loaded(result);
    expect(file).toMatchObject({
      table,
      format: 'csv',
      encoding: 'gb18030',
      delimiter: ',',
      hasHeader: true,
    });
    expect(file.rowCount).toBe(3);
    expect(file.columns).toEqual(
      ['结算ID', '医保目录编码', '金额', '结算日期', '科室'].map((name) => ({ name, type: 'VARCHAR' })),
    );
    expect(file.sha256).toBe(sha256(bytes));
    expect(file.warnings).toEqual([]);
    const rows = await engine.rows(`SELECT * FROM ${table} ORDER BY 结算ID`);
    expect(rows).toEqual([
      {
        结算ID: 'S001',
        医保目录编码: '001103000010000',
        金额: '12.50',
        结算日期: '2024-03-01',
        科室: '内科',
      },
      {
        结算ID: 'S002',
        医保目录编码: '002201000020000',
        金额: '8.00',
        结算日期: '2024-03-02',
        科室: '外科,二病区',
      },
      { 结算ID: 'S003', 医保目录编码: '000000000000001', 金额: null, 结算日期: '2024-03-03', 科室: '儿科' },
    ]);
    expect(progress.some((p) => p.phase === 'transcode' && p.done === bytes.length)).toBe(true);
    expect(progress.some((p) => p.phase === 'hash' && p.done === bytes.length)).toBe(true);
  });

  it('loads UTF-8 and UTF-8 with BOM in place', async () => {
    const plain = loaded((await load(engine, parquet, utf8(SETTLEMENTS), 'a.csv')).result);
    expect(plain).toMatchObject({ encoding: 'utf-8', rowCount: 3 });
    const bom = loaded((await load(engine, parquet, utf8(`\uFEFF${SETTLEMENTS}`), 'b.csv')).result);
    expect(bom).toMatchObject({ encoding: 'utf-8-bom', rowCount: 3 });
    expect(bom.columns[0]?.name).toBe('结算ID');
  });

  it('loads a TSV and a pipe-delimited TXT', async () => {
    const tsv = loaded(
      (await load(engine, parquet, utf8('编码\t名称\n001\t挂号费\n002\t诊查费\n'), 'items.tsv')).result,
    );
    expect(tsv).toMatchObject({ delimiter: '\t', rowCount: 2, hasHeader: true });
    const txt = await load(engine, parquet, utf8('编码|名称\n001|挂号费\n'), 'items.txt');
    expect(loaded(txt.result).delimiter).toBe('|');
    expect(await engine.rows(`SELECT 编码 FROM ${txt.table}`)).toEqual([{ 编码: '001' }]);
  });

  it('keeps quoted line breaks and doubled quotes', async () => {
    const { result, table } = await load(
      engine,
      parquet,
      utf8('id,note\n1,"line one\nline ""two"""\n'),
      'n.csv',
    );
    expect(loaded(result).rowCount).toBe(1);
    expect(await engine.rows(`SELECT note FROM ${table}`)).toEqual([{ note: 'line one\nline "two"' }]);
  });

  it('reads a headerless file with positional names, and honours forced options', async () => {
    const auto = loaded((await load(engine, parquet, utf8('S001,12.5\nS002,8\n'), 'x.csv')).result);
    expect(auto).toMatchObject({ hasHeader: false, rowCount: 2 });
    expect(auto.columns.map((c) => c.name)).toEqual(['column1', 'column2']);
    const forced = loaded(
      (await load(engine, parquet, utf8('a;b\n1;2\n'), 'y.csv', { delimiter: ';', hasHeader: false })).result,
    );
    expect(forced).toMatchObject({ delimiter: ';', hasHeader: false, rowCount: 2 });
  });

  it('renames duplicate column names and warns', async () => {
    const { result, table } = await load(engine, parquet, utf8('金额,科室,金额\n1,内科,2\n'), 'dup.csv');
    const file = loaded(result);
    expect(file.columns.map((c) => c.name)).toEqual(['金额', '科室', '金额_2']);
    expect(file.warnings).toHaveLength(1);
    expect(file.warnings[0]).toMatchObject({
      code: 'csv.duplicate-columns',
      file: 'dup.csv',
      column: '金额',
    });
    expect(file.warnings[0]?.message.zh).toContain('金额 → 金额_2');
    expect(await engine.rows(`SELECT 金额, 金额_2 FROM ${table}`)).toEqual([{ 金额: '1', 金额_2: '2' }]);
  });

  it('loads a header-only file with 0 rows and a warning', async () => {
    const file = loaded((await load(engine, parquet, utf8('结算ID,金额\n'), 'head.csv')).result);
    expect(file.rowCount).toBe(0);
    expect(file.columns.map((c) => c.name)).toEqual(['结算ID', '金额']);
    expect(file.warnings.map((w) => w.code)).toEqual(['load.no-rows']);
    expect(file.warnings[0]?.file).toBe('head.csv');
  });

  it('switches to GB18030 when GBK bytes appear only after an all-ASCII first megabyte', async () => {
    const head = 'id,code,name\n';
    const line = '1,001103000010000,abc\n';
    const ascii = head + line.repeat(Math.ceil(SAMPLE_BYTES / line.length) + 10);
    const bytes = new Uint8Array([...utf8(ascii), ...gbk('2,001103000010001,门诊挂号\n')]);
    const { result, table } = await load(engine, parquet, bytes, 'late.csv');
    const file = loaded(result);
    expect(file.encoding).toBe('gb18030');
    expect(await engine.rows(`SELECT name FROM ${table} WHERE id = '2'`)).toEqual([{ name: '门诊挂号' }]);
  });

  it('transcodes into the given sink and discards it after the load', async () => {
    const calls: string[] = [];
    const createSink = async (name: string): Promise<ByteSink> => {
      calls.push(`create ${name}`);
      const inner = createMemorySink();
      return {
        write: (chunk) => inner.write(chunk),
        close: async () => (calls.push('close'), inner.close()),
        abort: async () => (calls.push('abort'), inner.abort()),
        discard: async () => void calls.push('discard'),
      };
    };
    const { result, table } = await load(engine, parquet, gbk(SETTLEMENTS), 'g.csv', { createSink });
    expect(loaded(result).rowCount).toBe(3);
    expect(calls).toEqual([`create ${table}.utf8.csv`, 'close', 'discard']);
  });
});
