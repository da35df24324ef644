import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliEngine } from '../../cli/cli-engine';
import { writeTableCsv } from '../../cli/table-csv';
import { createWasmEngine } from '../../cli/wasm-engine';
import { tempDir } from './cli-fixtures';

let engine: CliEngine;
let dir: string;

beforeAll(async () => {
  engine = await createWasmEngine();
  dir = await tempDir('table-csv');
});

afterAll(async () => {
  await engine.close();
  await rm(dir, { recursive: true, force: true });
});

describe('writeTableCsv', () => {
  it('writes formula-like text with a leading apostrophe and numbers of numeric columns as numbers', async () => {
    await engine.exec(
      `CREATE TABLE t ("=dr_code" VARCHAR, amount DOUBLE, fee DECIMAL(10,2), n INTEGER, note VARCHAR)`,
    );
    await engine.exec(`INSERT INTO t VALUES
      ('@SUM(1+1)', -1.5, -12.30, -3, '=HYPERLINK("http://x.example","点我")'),
      ('-1+1', 2, 0.5, 0, '-1.5'),
      ('D001', NULL, NULL, NULL, ''),
      ('+86', 1e20, 1.00, 7, '医生,张三')`);
    const file = path.join(dir, 't.csv');
    await writeTableCsv(engine, 't', file);
    const expected =
      '\uFEFF' +
      [
        `"'=dr_code",amount,fee,n,note`,
        `"'@SUM(1+1)",-1.5,-12.30,-3,"'=HYPERLINK(""http://x.example"",""点我"")"`,
        `"'-1+1",2.0,0.50,0,"'-1.5"`,
        `D001,,,,""`,
        `"'+86",1e+20,1.00,7,"医生,张三"`,
      ].join('\r\n') +
      '\r\n';
    expect((await readFile(file)).equals(Buffer.from(expected, 'utf8'))).toBe(true);
  });
});
