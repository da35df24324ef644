import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine, type NodeEngine } from '../../../node/engine/duckdb-node-engine';
import { importKnowledgeFile } from '../../../workers/knowledge/kb-import';
import { importKnowledgeAny } from '../../../workers/knowledge/kb-import-xlsx';
import { KnowledgeBase } from '../../../workers/knowledge/knowledge-base';
import { makeXlsx } from '../loaders/make-xlsx';
import { CODES, nhsaRecord } from './nhsa-fixtures';

const utf8 = (s: string) => new TextEncoder().encode(s);
const gbk = (s: string) => new Uint8Array(iconv.encode(s, 'gbk'));
const where = (e: { row?: number; column?: string; code: string }) => [e.row, e.column, e.code];

/** Three knowledge points as NHSA's published JSON has them: read, superseded by the next, and unreadable. */
const RECORDS = [
  nhsaRecord('药品区分性别使用', '用于念珠菌性外阴阴道病。', {
    kp_id: 'KP-00000000000000a1',
    med_codes: [CODES.drug, CODES.drug2],
  }),
  nhsaRecord('药品限医疗机构级别', '限三级医疗机构。', {
    kp_id: 'KP-00000000000000b1',
    med_codes: [CODES.patent],
    source: { attachment_file: '第五批.xlsx', row: 3 },
    batch: 5,
    batch_tag: 'batch_05',
  }),
  nhsaRecord('药品限医疗机构级别', '限二级及以上医疗机构。', {
    kp_id: 'KP-00000000000000b2',
    med_codes: [CODES.patent],
    supersedes: 'KP-00000000000000b1',
    batch: null,
    batch_tag: 'updates_2026-01',
    published_at: '2026-01-15',
    source: { attachment_file: '更新.xlsx', row: 9 },
  }),
  nhsaRecord('药品限适应症', '限某种词典里没有的罕见病。', { kp_id: 'KP-00000000000000c1' }),
];

describe('importing a file in NHSA knowledge-point layout', () => {
  it('reads an array of records like NHSA published JSON with the nhsa parsers, citing each record', () => {
    const { report, rows } = importKnowledgeFile(utf8(JSON.stringify(RECORDS)), '全国两库.json');
    expect(report).toMatchObject({
      layout: 'nhsa',
      format: 'json',
      rowsRead: 4,
      accepted: 3,
      rejected: 1,
      tables: { kb_restriction: 3, kb_exclusive_pair: 0, kb_frequency: 0 },
      nhsa: { parsed: 2, partial: 0, unparsed: 1, superseded: 1 },
    });
    expect(rows.kb_restriction).toEqual(
      [
        {
          code: CODES.drug2,
          kind: 'sex',
          param: '2',
          source: 'NHSA 第1批 第一批-1.药品区分性别使用.xlsx 行 12 (KP-00000000000000a1)',
        },
        {
          code: CODES.drug,
          kind: 'sex',
          param: '2',
          source: 'NHSA 第1批 第一批-1.药品区分性别使用.xlsx 行 12 (KP-00000000000000a1)',
        },
        // The 2026-01 record supersedes batch 5's: level 2, not 3.
        {
          code: CODES.patent,
          kind: 'medins_lv',
          param: '2',
          source: 'NHSA 2026-01更新 更新.xlsx 行 9 (KP-00000000000000b2)',
        },
      ].sort((a, b) => (a.code + a.kind < b.code + b.kind ? -1 : 1)),
    );
    // The unreadable record is listed with its row, id, class and why; it is not dropped silently.
    expect(report.errors.map(where)).toEqual([[4, 'constraint', 'kb.nhsa-unparsed']]);
    expect(report.errors[0]?.message.zh).toContain('KP-00000000000000c1');
    expect(report.errors[0]?.message.zh).toContain('药品限适应症');
    expect(report.errors[0]?.message.en).toContain('could not be parsed and was not imported');
  });

  it('reads {"records": [...]} too, and lists partial records as warnings with their rows kept', () => {
    const partial = nhsaRecord('药品限医疗机构级别', '限二级及以上医疗机构癌症患者。', {
      kp_id: 'KP-00000000000000d1',
      med_codes: [CODES.drug],
    });
    const { report, rows } = importKnowledgeFile(utf8(JSON.stringify({ records: [partial, 7] })), 'kp.json');
    expect(report).toMatchObject({ layout: 'nhsa', accepted: 1, rejected: 1, nhsa: { partial: 1 } });
    expect(rows.kb_restriction?.map((r) => [r.code, r.kind, r.param])).toEqual([
      [CODES.drug, 'medins_lv', '2'],
    ]);
    expect(report.errors.map(where)).toEqual([
      [1, 'constraint', 'kb.nhsa-partial'],
      [2, undefined, 'kb.json-row'],
    ]);
    expect(report.errors[0]?.message.en).toContain('was imported without one fact');
  });

  it('reads a GBK CSV with Chinese headers in another order, several codes in one cell, no batch columns', () => {
    const csv = [
      '限定条件,医保编码,规则分类,知识点编号,项目名称',
      `限男性,"${CODES.service}、${CODES.service2}",医疗服务项目区分性别使用,省-001,前列腺检查`,
      `,${CODES.service} ${CODES.service2},医疗服务项目重复收费,省-002,A×B`,
      `限女性,,药品区分性别使用,省-003,没有编码`,
      `限女性,${CODES.drug},,省-004,没有规则分类`,
    ].join('\r\n');
    const { report, rows } = importKnowledgeFile(gbk(csv), '省知识点.csv');
    expect(report).toMatchObject({
      layout: 'nhsa',
      format: 'csv',
      encoding: 'gb18030',
      rowsRead: 4,
      accepted: 3,
      rejected: 2,
      tables: { kb_restriction: 2, kb_exclusive_pair: 1 },
    });
    expect(rows.kb_restriction).toEqual([
      { code: CODES.service2, kind: 'sex', param: '1', source: '省知识点.csv 行 1 (省-001)' },
      { code: CODES.service, kind: 'sex', param: '1', source: '省知识点.csv 行 1 (省-001)' },
    ]);
    expect(rows.kb_exclusive_pair).toEqual([
      {
        code_a: CODES.service,
        code_b: CODES.service2,
        window: 'visit',
        source: '省知识点.csv 行 2 (省-002)',
      },
    ]);
    expect(report.errors.map(where)).toEqual([
      [3, 'med_codes', 'kb.nhsa-record'],
      [4, 'rule_class', 'kb.nhsa-record'],
    ]);
    expect(report.errors[0]?.message.zh).toContain('省-003');
  });

  it('reads the first sheet of an Excel workbook in NHSA layout, and a kb_* table from Excel too', async () => {
    const nhsa = makeXlsx([
      {
        name: '知识点',
        rows: [
          ['kp_id', 'rule_class', 'med_code', 'constraint'],
          ['KP-1', '药品限适应症', CODES.drug, '限2型糖尿病患者。'],
          ['KP-2', '药品限适应症', CODES.drug2, '限心情不好。'],
        ],
      },
    ]);
    const read = await importKnowledgeAny(nhsa, '两库.xlsx');
    expect(read.report).toMatchObject({ layout: 'nhsa', format: 'xlsx', accepted: 1, rejected: 1 });
    expect(read.rows.kb_restriction).toEqual([
      { code: CODES.drug, kind: 'indication', param: 'E11', source: '两库.xlsx 行 1 (KP-1)' },
    ]);
    expect(read.report.errors.map(where)).toEqual([[2, 'constraint', 'kb.nhsa-unparsed']]);

    const kb = makeXlsx([
      {
        name: 'caps',
        rows: [
          ['编码', '医疗机构级别', '最高限价', '来源'],
          [CODES.service, '3', '12.5', '省物价'],
        ],
      },
    ]);
    const caps = await importKnowledgeAny(kb, 'caps.xlsx');
    expect(caps.report).toMatchObject({ table: 'kb_price_cap', format: 'xlsx', accepted: 1 });
    const broken = await importKnowledgeAny(utf8('not a zip'), 'broken.xlsx');
    expect(broken.report.errors.map(where)).toEqual([[undefined, undefined, 'kb.xlsx']]);
  });

  it('leaves kb_* files as they were: a restriction CSV is not taken for NHSA layout', () => {
    const { report } = importKnowledgeFile(utf8(`code,kind,param,source\n${CODES.drug},sex,1,x\n`), 'r.csv');
    expect(report.layout).toBeUndefined();
    expect(report).toMatchObject({ table: 'kb_restriction', accepted: 1 });
  });
});

describe('KnowledgeBase.importFile with an NHSA-layout file', () => {
  let engine: NodeEngine;
  beforeAll(async () => {
    engine = await createNodeEngine();
  });
  afterAll(() => engine.close());

  it('adds one user layer over the shipped one, filling every table the records give rows for', async () => {
    const kb = new KnowledgeBase(engine);
    await kb.loadNhsa({
      kb_restriction: [
        { code: CODES.patent, kind: 'medins_lv', param: '3', source: 'NHSA 第5批 x.xlsx 行 3 (KP-b1)' },
      ],
    });
    const pairs = [
      ...RECORDS,
      nhsaRecord('医疗服务项目重复收费', null, {
        kp_id: 'KP-00000000000000e1',
        med_codes: [CODES.service, CODES.service2],
      }),
    ];
    const report = await kb.importFile('全国两库.json', utf8(JSON.stringify(pairs)));
    expect(report).toMatchObject({ layout: 'nhsa', accepted: 4 });
    const summary = await kb.summary();
    expect(
      summary.layers.map((l) => [
        l.id,
        l.rows.kb_restriction,
        l.inForce.kb_restriction,
        l.rows.kb_exclusive_pair,
      ]),
    ).toEqual([
      ['nhsa-full', 1, 0, 0],
      ['import:全国两库.json', 3, 3, 1],
    ]);
    expect(
      await engine.rows(
        `SELECT param FROM kb_restriction WHERE code = '${CODES.patent}' AND kind = 'medins_lv'`,
      ),
    ).toEqual([{ param: '2' }]);
  });
});
