import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { importKnowledgeFile } from '../../../workers/knowledge/kb-import';
import { CODES } from './nhsa-fixtures';

const utf8 = (s: string) => new TextEncoder().encode(s);
const gbk = (s: string) => new Uint8Array(iconv.encode(s, 'gbk'));
const where = (e: { row?: number; column?: string; code: string }) => [e.row, e.column, e.code];

describe('importKnowledgeFile', () => {
  it('refuses a file whose columns fit no table, listing the expected columns', () => {
    const { report, rows } = importKnowledgeFile(utf8('code,kind,limit\nX,sex,1\n'), 'bad.csv');
    expect(rows).toEqual({});
    expect(report).toMatchObject({ file: 'bad.csv', accepted: 0 });
    expect(report.table).toBeUndefined();
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]).toMatchObject({ kind: 'load', code: 'kb.columns', file: 'bad.csv' });
    expect(report.errors[0]?.message.zh).toContain('缺少 param');
    expect(report.errors[0]?.message.zh).toContain('多出 limit');
    expect(report.errors[0]?.message.en).toContain('kb_frequency (code, period, max_cnt, source)');
  });

  it('picks the table by Chinese headers and keeps good rows while listing bad ones row by row', () => {
    const csv = [
      '编码,限定类型,参数,来源',
      `${CODES.drug},sex,1,医保目录 2025`,
      'XL02BBA326,sex,1,短编码',
      `${CODES.patent},gender,2,未知类型`,
      `${CODES.service},sex,3,`,
      `${CODES.service},age_min,十八,`,
      `${CODES.drug2},medins_lv,4,`,
      `${CODES.drug2},med_type,"inpatient,clinic",`,
      `${CODES.herbal},herbal_single,,`,
      'c0000000000000000000,sex,2,小写耗材编码',
    ].join('\n');
    const { report, rows } = importKnowledgeFile(utf8(csv), 'kb.csv');
    expect(report).toMatchObject({
      table: 'kb_restriction',
      format: 'csv',
      encoding: 'utf-8',
      rowsRead: 9,
      accepted: 2,
      rejected: 7,
      filledSources: 1,
    });
    expect(report.errors.map(where)).toEqual([
      [2, 'code', 'kb.code'],
      [3, 'kind', 'kb.kind'],
      [4, 'param', 'kb.param'],
      [5, 'param', 'kb.param'],
      [6, 'param', 'kb.param'],
      [7, 'param', 'kb.param'],
      [9, 'code', 'kb.code'],
    ]);
    for (const e of report.errors) expect(e.file).toBe('kb.csv');
    expect(report.errors[1]?.message.zh).toContain('未知的限定类型“gender”');
    expect(report.errors[2]?.message.en).toContain('must be 1 (male) or 2 (female)');
    expect(rows.kb_restriction).toEqual([
      { code: CODES.drug, kind: 'sex', param: '1', source: '医保目录 2025' },
      { code: CODES.herbal, kind: 'herbal_single', param: '', source: 'kb.csv 行 8' },
    ]);
  });

  it('checks numbers, windows and periods of the other tables', () => {
    const caps = importKnowledgeFile(
      utf8(
        `code,medins_lv,max_pric,source\n${CODES.service},3,12.5,省价格\n${CODES.service},2,十二元,省价格\n${CODES.service},5,1200,省价格\n`,
      ),
      'caps.csv',
    );
    expect(caps.report.table).toBe('kb_price_cap');
    expect(caps.rows.kb_price_cap).toEqual([
      { code: CODES.service, medins_lv: '3', max_pric: 12.5, source: '省价格' },
    ]);
    expect(caps.report.errors.map(where)).toEqual([
      [2, 'max_pric', 'kb.number'],
      [3, 'medins_lv', 'kb.medins_lv'],
    ]);
    const freq = importKnowledgeFile(
      utf8(`max_cnt,period,code,source\n1,14d,${CODES.service},a\nx,fortnight,${CODES.service},b\n`),
      'freq.csv',
    );
    expect(freq.report.table).toBe('kb_frequency');
    expect(freq.report.errors.map(where)).toEqual([
      [2, 'period', 'kb.period'],
      [2, 'max_cnt', 'kb.number'],
    ]);
    const pairs = importKnowledgeFile(
      utf8(
        `code_a,code_b,window,source\n${CODES.service},${CODES.service2},visit,a\n${CODES.service},${CODES.service},week,b\n`,
      ),
      'pairs.csv',
    );
    expect(pairs.report.errors.map(where)).toEqual([
      [2, 'window', 'kb.window'],
      [2, 'code_b', 'kb.pair-same'],
    ]);
  });

  it('reads a GBK file with Chinese headers', () => {
    const { report, rows } = importKnowledgeFile(
      gbk(`编码,限定类型,参数,来源\n${CODES.drug},sex,2,省医保局 2024 年知识库\n`),
      'gbk.csv',
    );
    expect(report).toMatchObject({ encoding: 'gb18030', accepted: 1, errors: [] });
    expect(rows.kb_restriction?.[0]?.source).toBe('省医保局 2024 年知识库');
  });

  it('reports ragged rows and undecodable bytes on their rows', () => {
    const bytes = new Uint8Array([
      ...utf8(`编码,限定类型,参数,来源\n${CODES.drug},sex\n${CODES.drug},sex,1,`),
      0xff,
      ...utf8('x\n'),
    ]);
    const { report } = importKnowledgeFile(bytes, 'mixed.csv');
    expect(report.errors.map(where)).toEqual([
      [1, undefined, 'kb.fields'],
      [2, 'source', 'kb.decode'],
    ]);
    expect(report.accepted).toBe(0);
  });

  it('reads JSON arrays and {table, rows}, numbering rows from 1', () => {
    const array = importKnowledgeFile(
      utf8(
        JSON.stringify([
          { code: CODES.service, period: 'week', max_cnt: 1, source: 's' },
          { code: CODES.service, period: 'day', max_cnt: 'many' },
        ]),
      ),
      'f.json',
    );
    expect(array.report).toMatchObject({ format: 'json', table: 'kb_frequency', accepted: 1 });
    expect(array.report.errors.map(where)).toEqual([[2, 'max_cnt', 'kb.number']]);
    const named = importKnowledgeFile(
      utf8(
        JSON.stringify({
          table: 'kb_restriction',
          rows: [{ code: CODES.drug, kind: 'child', param: 12, source: 't' }, 'oops'],
        }),
      ),
      'r.json',
    );
    expect(named.rows.kb_restriction).toEqual([
      { code: CODES.drug, kind: 'child', param: '12', source: 't' },
    ]);
    expect(named.report.errors.map(where)).toEqual([[2, undefined, 'kb.json-row']]);
    const wrongTable = importKnowledgeFile(utf8(JSON.stringify({ table: 'kb_nothing', rows: [] })), 'w.json');
    expect(wrongTable.report.errors.map((e) => e.code)).toEqual(['kb.table']);
    const mismatch = importKnowledgeFile(
      utf8(
        JSON.stringify({
          table: 'kb_price_cap',
          rows: [{ code: CODES.drug, kind: 'sex', param: '1', source: 's' }],
        }),
      ),
      'm.json',
    );
    expect(mismatch.report.errors[0]).toMatchObject({ code: 'kb.columns' });
    expect(mismatch.report.errors[0]?.message.en).toContain('missing medins_lv, max_pric');
    expect(importKnowledgeFile(utf8('[{"code": '), 'broken.json').report.errors[0]?.code).toBe('kb.json');
  });

  it('refuses spreadsheets, binary and empty files with a way forward', () => {
    expect(importKnowledgeFile(utf8('x'), 'kb.xlsx').report.errors[0]?.message.zh).toContain('另存为 CSV');
    expect(
      importKnowledgeFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 1]), 'kb.csv').report.errors[0]?.code,
    ).toBe('kb.encoding');
    expect(importKnowledgeFile(utf8('code,kind,param,source\n'), 'empty.csv').report.errors[0]?.code).toBe(
      'kb.empty',
    );
  });
});
