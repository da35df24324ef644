import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine, type NodeEngine } from '../../../node/engine/duckdb-node-engine';
import { SAMPLE_BYTES } from '../../../workers/loaders/load-csv';
import type { ParquetApi } from '../../../workers/loaders/parquet-api';
import { nodeParquet } from '../../../workers/loaders/parquet-node';
import { attackBytes } from './attack-files';
import { failed, gbk, load, loaded, tableExists, utf8 } from './load-helpers';

const shiftJis = (s: string) => new Uint8Array(iconv.encode(s, 'shift_jis'));

/** An all-ASCII head longer than the sniffed sample, so what follows is seen only while loading. */
const asciiHead = (): string => {
  const line = '1,001103000010000,abc\n';
  return 'id,code,name\n' + line.repeat(Math.ceil(SAMPLE_BYTES / line.length) + 10);
};

describe('loading files in the wrong or mixed encodings (test/attacks/loaders)', () => {
  let engine: NodeEngine;
  let parquet: ParquetApi;
  beforeAll(async () => {
    engine = await createNodeEngine();
    parquet = await nodeParquet();
  });
  afterAll(async () => engine.close());

  it('refuses a Shift-JIS file that GBK decodes without an error, naming the lines and a sample', async () => {
    const { result, table } = await load(engine, parquet, attackBytes('shift-jis-psn.csv'), 'sj.csv');
    const error = failed(result);
    expect(error).toMatchObject({ kind: 'load', code: 'file.implausible-encoding', file: 'sj.csv' });
    expect(error.message.zh).toContain('第 1、2、3 行');
    expect(error.message.zh).toContain('Shift-JIS');
    expect(error.message.en).toContain('lines 1, 2, 3');
    expect(error.message.en).toContain('save it as UTF-8 and load that');
    // The example shows what the bytes turn into, so the user sees why.
    expect(error.message.en).toMatch(/such as "[^"]+"/);
    expect(await tableExists(engine, table)).toBe(false);
  });

  it('refuses a Big5 file the same way', async () => {
    const { result } = await load(engine, parquet, attackBytes('big5-setl.csv'), 'b5.csv');
    expect(failed(result).code).toBe('file.implausible-encoding');
  });

  it('loads a Shift-JIS file as GB18030 when the user chose that encoding', async () => {
    const { result } = await load(engine, parquet, attackBytes('shift-jis-psn.csv'), 'sj.csv', {
      encoding: 'gb18030',
    });
    expect(loaded(result).rowCount).toBe(4);
  });

  it('refuses a file of GBK lines then UTF-8 lines, naming the lines of each', async () => {
    const { result, table } = await load(engine, parquet, attackBytes('mixed-gbk-utf8.csv'), 'mix.csv');
    const error = failed(result);
    expect(error).toMatchObject({ kind: 'load', code: 'file.mixed-encoding', file: 'mix.csv' });
    expect(error.message.zh).toContain('第 4、5 行是 UTF-8，第 1、2、3 行是 GBK/GB18030');
    expect(error.message.en).toContain('lines 4, 5 are UTF-8, lines 1, 2, 3 are GBK/GB18030');
    expect(await tableExists(engine, table)).toBe(false);
  });

  it('refuses a mixed file even when an encoding is chosen (no encoding reads it whole)', async () => {
    const { result } = await load(engine, parquet, attackBytes('mixed-gbk-utf8.csv'), 'mix.csv', {
      encoding: 'gb18030',
    });
    expect(failed(result).code).toBe('file.mixed-encoding');
  });

  it('refuses UTF-8 lines that come after the sniffed sample of a GBK file', async () => {
    const line = '1,001103000010000,内科门诊\n';
    const count = Math.ceil(SAMPLE_BYTES / gbk(line).length) + 10;
    const bytes = new Uint8Array([
      ...gbk('id,code,科室\n' + line.repeat(count)),
      ...utf8('2,0011,儿科门诊\n'),
    ]);
    const error = failed((await load(engine, parquet, bytes, 'late-utf8.csv')).result);
    expect(error.code).toBe('file.mixed-encoding');
    expect(error.message.en).toContain(`line ${count + 2} is UTF-8, lines 1, 2, 3 are GBK/GB18030`);
  });

  it('refuses Shift-JIS text that comes only after an all-ASCII first megabyte', async () => {
    const late = '2,001103000010001,山田太郎東京都新宿区西新宿\n'.repeat(3);
    const bytes = new Uint8Array([...utf8(asciiHead()), ...shiftJis(late)]);
    const error = failed((await load(engine, parquet, bytes, 'late-sj.csv')).result);
    expect(error.code).toBe('file.implausible-encoding');
  });

  it('still loads GBK text with a few rare characters (names such as 王堃, 邝垚)', async () => {
    const text = [
      '人员编号,姓名,科室,诊断',
      'P001,王堃,内科门诊,高血压',
      'P002,邝垚,外科病房,阑尾炎',
      'P003,张三,儿科门诊,支气管炎',
      'P004,李四,妇产科,孕期检查',
    ].join('\n');
    const file = loaded((await load(engine, parquet, gbk(text), 'names.csv')).result);
    expect(file).toMatchObject({ encoding: 'gb18030', rowCount: 4 });
  });
});
