import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine, type NodeEngine } from '../../../node/engine/duckdb-node-engine';
import type { FileReadFailure } from '../../../workers/engine/file-read-failures';
import type { ByteSink } from '../../../workers/loaders/byte-sink';
import { createMemorySink } from '../../../workers/loaders/byte-sink';
import type { ParquetApi } from '../../../workers/loaders/parquet-api';
import { nodeParquet } from '../../../workers/loaders/parquet-node';
import { failed, gbk, load, loaded, tableExists, utf8 } from './load-helpers';
import { feeParquet } from './parquet-fixtures';

describe('loadFile: bad input and cancellation', () => {
  let engine: NodeEngine;
  let parquet: ParquetApi;
  beforeAll(async () => {
    engine = await createNodeEngine();
    parquet = await nodeParquet();
  });
  afterAll(async () => engine.close());

  it('refuses an empty file', async () => {
    const error = failed((await load(engine, parquet, new Uint8Array(0), '空文件.csv')).result);
    expect(error).toMatchObject({ kind: 'load', code: 'file.empty', file: '空文件.csv' });
    expect(error.message.zh).toContain('「空文件.csv」是空的');
    expect(error.message.en).toContain('"空文件.csv" is empty');
    const blank = failed((await load(engine, parquet, utf8('\n\r\n  \n'), 'blank.csv')).result);
    expect(blank).toMatchObject({ code: 'file.empty', file: 'blank.csv' });
  });

  it('loads a large file of a header and blank lines as no rows, with a warning (nothing was dropped)', async () => {
    const bytes = utf8(`a,b\n${'\n'.repeat(300 * 1024)}`);
    const file = loaded((await load(engine, parquet, bytes, 'big-but-empty.csv')).result);
    expect(file.rowCount).toBe(0);
    expect(file.warnings.map((w) => w.code)).toContain('load.no-rows');
  });

  /** The engine as DuckDB-WASM sometimes behaves in a tab holding GBs: the table created, the file never read. */
  function skippingReads(times: number): NodeEngine {
    let skipped = 0;
    return {
      ...engine,
      async exec(sql, options) {
        if (sql.includes('read_csv(') && skipped < times) {
          skipped += 1;
          return engine.exec(`${sql} LIMIT 0`, options);
        }
        return engine.exec(sql, options);
      },
    };
  }

  it('reads a file again when the engine created its table without reading it', async () => {
    const bytes = utf8('结算ID,金额\nS1,1\nS2,2\nS3,3\n');
    const file = loaded((await load(skippingReads(1), parquet, bytes, '结算.csv')).result);
    expect(file.rowCount).toBe(3);
  });

  it('refuses a file with data rows that the engine twice read as none, leaving no table behind', async () => {
    const bytes = utf8('结算ID,金额\nS1,1\nS2,2\n');
    const { result, table } = await load(skippingReads(2), parquet, bytes, '结算.csv');
    const error = failed(result);
    expect(error).toMatchObject({ kind: 'load', code: 'load.rows-unread', file: '结算.csv' });
    expect(error.message.zh).toContain('一行也没有读到');
    expect(error.message.en).toContain('read none of them');
    expect(await tableExists(engine, table)).toBe(false);
  });

  /**
   * The engine as the browser's would be when its file reader fails while DuckDB reads the file: the
   * failure is reported during the read (DuckDB itself sees a premature end of file and succeeds).
   */
  function failingReads(failure: FileReadFailure): NodeEngine {
    const failures: FileReadFailure[] = [];
    return {
      ...engine,
      fileReadFailures: () => failures,
      async exec(sql, options) {
        if (sql.includes('read_csv(')) failures.push(failure);
        return engine.exec(sql, options);
      },
    };
  }

  it('refuses a file whose read failed half-way (a short table is never kept), naming the cause', async () => {
    const reader = failingReads({
      detail: 'NotReadableError: gone',
      bytes: 65536,
      attempt: 3,
      recovered: false,
    });
    const { result, table } = await load(reader, parquet, utf8('a,b\n1,2\n3,4\n'), '费用明细.csv');
    const error = failed(result);
    expect(error).toMatchObject({ kind: 'load', code: 'load.read-failed', file: '费用明细.csv' });
    expect(error.message.zh).toContain('未被完整读取');
    expect(error.message.en).toContain('NotReadableError: gone');
    expect(error.message.en).toContain('nothing was loaded');
    expect(await tableExists(engine, table)).toBe(false);
  });

  it('keeps a file whose failed read succeeded when tried again', async () => {
    const reader = failingReads({
      detail: 'NotReadableError: busy',
      bytes: 65536,
      attempt: 1,
      recovered: true,
    });
    const { result } = await load(reader, parquet, utf8('a,b\n1,2\n3,4\n'), 'retried.csv');
    expect(loaded(result).rowCount).toBe(2);
  });

  it('refuses a binary file named .csv, naming the line', async () => {
    const bytes = new Uint8Array([...utf8('a,b\n1,2\n'), 0x00, 0x01, 0x02, 0x0a]);
    const error = failed((await load(engine, parquet, bytes, 'dump.csv')).result);
    expect(error).toMatchObject({ code: 'file.binary', file: 'dump.csv' });
    expect(error.message.en).toContain('line 3');
  });

  it('refuses UTF-16 text with advice', async () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x2c, 0x00, 0x62, 0x00]);
    const error = failed((await load(engine, parquet, bytes, 'u16.csv')).result);
    expect(error).toMatchObject({ code: 'file.utf16', file: 'u16.csv' });
    expect(error.message.zh).toContain('CSV UTF-8');
  });

  it('explains a ragged row: which data row, how many fields, how many in the header', async () => {
    const text = '结算ID,金额,科室\nS001,1,内科\nS002,"2,5",外科\nS003,3\nS004,4,儿科\n';
    const { result, table } = await load(engine, parquet, utf8(text), '结算.csv');
    const error = failed(result);
    expect(error).toMatchObject({ kind: 'load', code: 'csv.ragged-row', file: '结算.csv', row: 3 });
    expect(error.message.zh).toContain('第 3 行数据（文件第 4 行）有 2 个字段，而表头有 3 个');
    expect(error.message.en).toContain('data row 3 (line 4 of the file) has 2 fields, the header has 3');
    expect(error.detail).toContain('CSV Error on Line: 4');
    expect(await tableExists(engine, table)).toBe(false);
  });

  it('explains a ragged row in a transcoded GBK file too', async () => {
    const error = failed(
      (await load(engine, parquet, gbk('科室,金额\n内科,1\n外科,2,3\n'), 'gbk.csv')).result,
    );
    expect(error).toMatchObject({ code: 'csv.ragged-row', file: 'gbk.csv', row: 2 });
    expect(error.message.en).toContain('has 3 fields, the header has 2');
  });

  it('names the row of an invalid byte sequence in a GBK file', async () => {
    const bytes = new Uint8Array([...gbk('科室,金额\n内科,1\n外科,2\n'), 0x81, 0x20, ...gbk(',3\n儿科,4\n')]);
    const error = failed((await load(engine, parquet, bytes, 'bad-gbk.csv')).result);
    expect(error).toMatchObject({ code: 'csv.invalid-encoding', file: 'bad-gbk.csv', row: 3 });
    expect(error.message.en).toContain(
      'invalid GBK/GB18030 byte sequence on data row 3 (line 4 of the file)',
    );
  });

  it('names the row of an invalid byte sequence in a UTF-8 file', async () => {
    const good = '科室,金额,医院名称,备注\n内科,1,第一人民医院,无\n外科,2,第二人民医院,无\n';
    const bytes = new Uint8Array([...utf8(good), ...utf8('儿科,3,'), 0xff, ...utf8(',无\n')]);
    const error = failed((await load(engine, parquet, bytes, 'bad-utf8.csv')).result);
    expect(error).toMatchObject({ code: 'csv.invalid-encoding', file: 'bad-utf8.csv', row: 3 });
    expect(error.message.zh).toContain('第 3 行数据（文件第 4 行）含有无效的 UTF-8 字节序列');
  });

  it('names the row of an unterminated quote', async () => {
    const error = failed((await load(engine, parquet, utf8('a,b\n1,2\n3,"4\n5,6\n'), 'q.csv')).result);
    expect(error).toMatchObject({ code: 'csv.unterminated-quote', file: 'q.csv', row: 2 });
  });

  it('drops nothing silently: every row of a valid file arrives', async () => {
    const lines = Array.from(
      { length: 5000 },
      (_, i) => `${String(i).padStart(6, '0')},${i % 3 === 0 ? '' : 'x'}`,
    );
    const file = loaded(
      (await load(engine, parquet, utf8(`code,flag\n${lines.join('\n')}\n`), 'all.csv')).result,
    );
    expect(file.rowCount).toBe(5000);
  });

  it('returns cancelled for an already-aborted signal', async () => {
    const controller = new AbortController();
    controller.abort();
    const { result, table } = await load(engine, parquet, utf8('a\n1\n'), 'c.csv', {
      signal: controller.signal,
    });
    expect(failed(result)).toMatchObject({ kind: 'cancelled', code: 'load.cancelled', file: 'c.csv' });
    expect(await tableExists(engine, table)).toBe(false);
  });

  it('cancels during transcoding, aborting the sink and leaving no table', async () => {
    const controller = new AbortController();
    const calls: string[] = [];
    const createSink = async (): Promise<ByteSink> => {
      const inner = createMemorySink();
      return {
        write: (chunk) => inner.write(chunk),
        close: async () => (calls.push('close'), inner.close()),
        abort: async () => (calls.push('abort'), inner.abort()),
      };
    };
    const big = gbk(`科室,金额\n${'内科,1\n'.repeat(2_000_000)}`);
    const { result, table } = await load(engine, parquet, big, 'big.csv', {
      signal: controller.signal,
      createSink,
      onProgress: (p) => {
        if (p.phase === 'transcode') controller.abort();
      },
    });
    expect(failed(result)).toMatchObject({ kind: 'cancelled', file: 'big.csv' });
    expect(calls).toEqual(['abort']);
    expect(await tableExists(engine, table)).toBe(false);
  });

  it('cancels between Parquet row groups, dropping the partial table', async () => {
    const controller = new AbortController();
    const { result, table } = await load(engine, parquet, feeParquet(3000, 1000), 'p.parquet', {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.phase === 'insert') controller.abort();
      },
    });
    expect(failed(result)).toMatchObject({ kind: 'cancelled', file: 'p.parquet' });
    expect(await tableExists(engine, table)).toBe(false);
  });
});
