import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine, type NodeEngine } from '../../../node/engine/duckdb-node-engine';
import { buildCanonical } from '../../../workers/mapping/build-canonical';
import { proposeMapping } from '../../../workers/mapping/propose-mapping';
import { sampleColumns } from '../../../workers/mapping/sample-columns';
import type { CanonicalTable, TableMapping } from '../../../core/mapping/mapping-types';
import { CANONICAL_MODEL } from '../../../core/mapping/canonical-model';
import type { SourceMapping } from '../../../workers/mapping/derived-mapping';
import { AppErrorException, type AppError } from '../../../core/shared/errors';

let engine: NodeEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
});
afterAll(async () => engine.close());

/** Loads CSV text the way the loader does: a registered file read into an all-VARCHAR raw table. */
async function loadCsv(table: string, csv: string): Promise<void> {
  const path = `/claims/${table}.csv`;
  await engine.registerBuffer(path, new TextEncoder().encode(csv));
  await engine.exec(
    `CREATE OR REPLACE TABLE "${table}" AS SELECT * FROM read_csv('${path}', header = true, all_varchar = true)`,
  );
}

const identity = (...fields: string[]) => Object.fromEntries(fields.map((f) => [f, f]));

const FEE_CSV = `feedetl_sn,setl_id,fee_ocur_time,hilist_code,cnt,pric,det_item_fee_sumamt
F1,S1,2024-03-01 08:30:00,XJ01CAA040A001010100483,2,12.50,25.00
F2,S1,2024/3/1 8:30,XJ01CAA040A001010100483,1,"1,234.50","1,234.50"
,S1,20240301,XJ01CAA040A001010100483,1,5,5
F4,S1,not a date,XJ01CAA040A001010100483,1,5,5
F5,S1,2024-03-02,XJ01CAA040A001010100483,x,5,5
F6,S1,2024-03-02,XJ01CAA040A001010100483,-1,5,-5
F7,S1,2024-03-02,XJ01CAA040A001010100483,2,5,11
F8,S1,,XJ01CAA040A001010100483,3,¥2,6
NULL,S1,2024年3月2日,XJ01CAA040A001010100483,2,2.5,5.01
F10, S1 ,2024-03-02T10:00:00,XJ01CAA040A001010100483,2,2.5,5.02
`;

const feeMapping: TableMapping = {
  source: 'raw_fee',
  target: 'fee',
  columns: identity(
    'feedetl_sn',
    'setl_id',
    'fee_ocur_time',
    'hilist_code',
    'cnt',
    'pric',
    'det_item_fee_sumamt',
  ),
};

describe('buildCanonical: fee lines', () => {
  beforeAll(async () => {
    await loadCsv('raw_fee', FEE_CSV);
  });

  it('materialises a typed table with every canonical field, _src, _row, _flagged and _filled, keeping every row', async () => {
    await buildCanonical(engine, 'fee', [feeMapping]);
    const columns = await engine.rows<{ column_name: string; column_type: string }>('DESCRIBE "fee"');
    expect(columns.map((c) => c.column_name)).toEqual([
      ...CANONICAL_MODEL.fee.map((f) => f.name),
      '_src',
      '_row',
      '_flagged',
      '_filled',
    ]);
    const types = new Map(columns.map((c) => [c.column_name, c.column_type]));
    expect(
      Object.fromEntries(
        ['fee_ocur_time', 'cnt', 'det_item_fee_sumamt', 'prd_days', 'bilg_dr_code', '_filled'].map((c) => [
          c,
          types.get(c),
        ]),
      ),
    ).toEqual({
      fee_ocur_time: 'TIMESTAMP',
      cnt: 'DECIMAL(18,4)',
      det_item_fee_sumamt: 'DECIMAL(18,2)',
      prd_days: 'INTEGER',
      bilg_dr_code: 'VARCHAR',
      _filled: 'USMALLINT',
    });
    const [unmapped] = await engine.rows<{ n: number }>(
      'SELECT count(*) FILTER (WHERE bilg_dr_code IS NOT NULL OR psn_no IS NOT NULL OR prd_days IS NOT NULL) AS n FROM fee',
    );
    expect(unmapped?.n).toBe(0);
    const rows = await engine.rows(
      `SELECT _row, feedetl_sn, setl_id, CAST(fee_ocur_time AS VARCHAR) AS t, CAST(cnt AS VARCHAR) AS cnt,
        CAST(pric AS VARCHAR) AS pric, CAST(det_item_fee_sumamt AS VARCHAR) AS amt, _src, _flagged
       FROM fee ORDER BY _row`,
    );
    expect(rows).toHaveLength(10);
    expect(rows[1]).toEqual({
      _row: 2,
      feedetl_sn: 'F2',
      setl_id: 'S1',
      t: '2024-03-01 08:30:00',
      cnt: '1.0000',
      pric: '1234.5000',
      amt: '1234.50',
      _src: 'raw_fee',
      _flagged: false,
    });
    expect(rows.map((r) => r._flagged)).toEqual([
      false,
      false,
      true,
      true,
      true,
      true,
      true,
      false,
      true,
      true,
    ]);
    expect(rows[7]).toMatchObject({ t: null, pric: '2.0000', _flagged: false });
    expect(rows[8]).toMatchObject({ feedetl_sn: null, t: '2024-03-02 00:00:00' });
    expect(rows[9]).toMatchObject({ setl_id: 'S1', t: '2024-03-02 10:00:00' });
  });

  it('reports every problem kind with counts and example rows', async () => {
    const report = await buildCanonical(engine, 'fee', [feeMapping]);
    expect(report.target).toBe('fee');
    expect(report.sources).toEqual(['raw_fee']);
    expect(report.rowsRead).toBe(10);
    expect(report.rowsWithProblems).toBe(7);
    const ex = (row: number, value: string | null) => ({ row, value, source: 'raw_fee' });
    expect(report.problems).toEqual([
      {
        kind: 'missing_key',
        field: 'feedetl_sn',
        column: 'feedetl_sn',
        count: 2,
        examples: [ex(3, null), ex(9, null)],
      },
      {
        kind: 'unparseable_date',
        field: 'fee_ocur_time',
        column: 'fee_ocur_time',
        count: 1,
        examples: [ex(4, 'not a date')],
      },
      { kind: 'non_numeric_amount', field: 'cnt', column: 'cnt', count: 1, examples: [ex(5, 'x')] },
      { kind: 'negative_amount', field: 'cnt', column: 'cnt', count: 1, examples: [ex(6, '-1')] },
      {
        kind: 'negative_amount',
        field: 'det_item_fee_sumamt',
        column: 'det_item_fee_sumamt',
        count: 1,
        examples: [ex(6, '-5')],
      },
      {
        kind: 'amount_mismatch',
        field: 'det_item_fee_sumamt',
        column: 'det_item_fee_sumamt',
        count: 2,
        examples: [ex(7, '2 × 5 ≠ 11'), ex(10, '2 × 2.5 ≠ 5.02')],
      },
    ]);
  });

  it('materialises one problem row per problem', async () => {
    await buildCanonical(engine, 'fee', [feeMapping]);
    const rows = await engine.rows(
      'SELECT _src, _row, field, column_name, kind, value FROM "_problems_fee" ORDER BY _row, kind, field',
    );
    expect(rows).toHaveLength(8);
    expect(rows[0]).toEqual({
      _src: 'raw_fee',
      _row: 3,
      field: 'feedetl_sn',
      column_name: 'feedetl_sn',
      kind: 'missing_key',
      value: null,
    });
    const flagged = await engine.rows<{ n: number }>(
      'SELECT count(*) AS n FROM fee f WHERE _flagged <> EXISTS (SELECT 1 FROM "_problems_fee" p WHERE p._src = f._src AND p._row = f._row)',
    );
    expect(flagged[0]?.n).toBe(0);
  });

  it('keeps five examples, the first rows, when a problem is frequent', async () => {
    const lines = Array.from({ length: 9 }, (_, i) => `${i % 2 ? '' : `F${i}`},2024-01-0${i + 1}`);
    await loadCsv('raw_fee_gaps', `feedetl_sn,fee_ocur_time\n${lines.join('\n')}\n`);
    const report = await buildCanonical(engine, 'fee', [
      { source: 'raw_fee_gaps', target: 'fee', columns: identity('feedetl_sn', 'fee_ocur_time') },
    ]);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]?.count).toBe(4);
    expect(report.problems[0]?.examples.map((e) => e.row)).toEqual([2, 4, 6, 8]);
    const many = Array.from({ length: 12 }, () => `,2024-01-01`);
    await loadCsv('raw_fee_many', `feedetl_sn,fee_ocur_time\n${many.join('\n')}\n`);
    const r2 = await buildCanonical(engine, 'fee', [
      { source: 'raw_fee_many', target: 'fee', columns: identity('feedetl_sn', 'fee_ocur_time') },
    ]);
    expect(r2.problems[0]?.count).toBe(12);
    expect(r2.problems[0]?.examples.map((e) => e.row)).toEqual([1, 2, 3, 4, 5]);
  });

  it('maps renamed source columns and reports the source column name', async () => {
    await loadCsv('raw_fee_zh', '明细ID,数量,单价,金额\nA,2,3,6\nB,2,3,7\n');
    const report = await buildCanonical(engine, 'fee', [
      {
        source: 'raw_fee_zh',
        target: 'fee',
        columns: { feedetl_sn: '明细ID', cnt: '数量', pric: '单价', det_item_fee_sumamt: '金额' },
      },
    ]);
    expect(report.problems).toEqual([
      {
        kind: 'amount_mismatch',
        field: 'det_item_fee_sumamt',
        column: '金额',
        count: 1,
        examples: [{ row: 2, value: '2 × 3 ≠ 7', source: 'raw_fee_zh' }],
      },
    ]);
  });
});

describe('buildCanonical: several sources', () => {
  it('unions monthly extracts with different headers, NULL for fields a source lacks', async () => {
    await loadCsv(
      'raw_setl_2024_01',
      '结算ID,医疗费总额,入院日期\nS1,100.00,2024-01-01\nS2,abc,2024-01-02\nS3,"1,000.50",2024/1/3\n',
    );
    await loadCsv(
      'raw_setl_2024_02',
      'setl_id,medfee_sumamt,begndate,psn_no\n,50,2024-02-01,P1\nS5,-20,2024-02-30,P2\n',
    );
    const report = await buildCanonical(engine, 'setl', [
      {
        source: 'raw_setl_2024_01',
        target: 'setl',
        columns: { setl_id: '结算ID', medfee_sumamt: '医疗费总额', begndate: '入院日期' },
      },
      {
        source: 'raw_setl_2024_02',
        target: 'setl',
        columns: identity('setl_id', 'medfee_sumamt', 'begndate', 'psn_no'),
      },
    ]);
    const rows = await engine.rows(
      `SELECT _src, _row, setl_id, psn_no, CAST(medfee_sumamt AS VARCHAR) AS amt, CAST(begndate AS VARCHAR) AS d, _flagged
       FROM setl ORDER BY _src, _row`,
    );
    expect(rows).toEqual([
      {
        _src: 'raw_setl_2024_01',
        _row: 1,
        setl_id: 'S1',
        psn_no: null,
        amt: '100.00',
        d: '2024-01-01 00:00:00',
        _flagged: false,
      },
      {
        _src: 'raw_setl_2024_01',
        _row: 2,
        setl_id: 'S2',
        psn_no: null,
        amt: null,
        d: '2024-01-02 00:00:00',
        _flagged: true,
      },
      {
        _src: 'raw_setl_2024_01',
        _row: 3,
        setl_id: 'S3',
        psn_no: null,
        amt: '1000.50',
        d: '2024-01-03 00:00:00',
        _flagged: false,
      },
      {
        _src: 'raw_setl_2024_02',
        _row: 1,
        setl_id: null,
        psn_no: 'P1',
        amt: '50.00',
        d: '2024-02-01 00:00:00',
        _flagged: true,
      },
      {
        _src: 'raw_setl_2024_02',
        _row: 2,
        setl_id: 'S5',
        psn_no: 'P2',
        amt: '-20.00',
        d: null,
        _flagged: true,
      },
    ]);
    expect(report.sources).toEqual(['raw_setl_2024_01', 'raw_setl_2024_02']);
    expect(report.rowsRead).toBe(5);
    expect(report.rowsWithProblems).toBe(3);
    expect(report.problems.map((p) => [p.kind, p.field, p.column, p.count, p.examples])).toEqual([
      ['missing_key', 'setl_id', 'setl_id', 1, [{ row: 1, value: null, source: 'raw_setl_2024_02' }]],
      [
        'unparseable_date',
        'begndate',
        'begndate',
        1,
        [{ row: 2, value: '2024-02-30', source: 'raw_setl_2024_02' }],
      ],
      [
        'non_numeric_amount',
        'medfee_sumamt',
        '医疗费总额',
        1,
        [{ row: 2, value: 'abc', source: 'raw_setl_2024_01' }],
      ],
      [
        'negative_amount',
        'medfee_sumamt',
        'medfee_sumamt',
        1,
        [{ row: 2, value: '-20', source: 'raw_setl_2024_02' }],
      ],
    ]);
  });

  it('groups examples of one column across sources by source, then row', async () => {
    await loadCsv('raw_m_b', 'setl_id\nX\n\n');
    await loadCsv('raw_m_a', 'setl_id\n\nY\n');
    const report = await buildCanonical(engine, 'setl', [
      { source: 'raw_m_b', target: 'setl', columns: identity('setl_id') },
      { source: 'raw_m_a', target: 'setl', columns: identity('setl_id') },
    ]);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]?.examples).toEqual([
      { row: 1, value: null, source: 'raw_m_a' },
      { row: 2, value: null, source: 'raw_m_b' },
    ]);
  });
});

describe('buildCanonical: persons, institutions and typed sources', () => {
  it('normalises gend and medins_lv and parses birth dates and bed counts', async () => {
    await loadCsv(
      'raw_psn',
      '个人编号,性别,出生日期\nP1,男,1980-05-01\nP2,F,1990/1/2\nP3,9,19751231\nP4,女,unknown\n',
    );
    const report = await buildCanonical(engine, 'psn', [
      { source: 'raw_psn', target: 'psn', columns: { psn_no: '个人编号', gend: '性别', brdy: '出生日期' } },
    ]);
    expect(
      await engine.rows('SELECT psn_no, gend, CAST(brdy AS VARCHAR) AS brdy FROM psn ORDER BY _row'),
    ).toEqual([
      { psn_no: 'P1', gend: '1', brdy: '1980-05-01' },
      { psn_no: 'P2', gend: '2', brdy: '1990-01-02' },
      { psn_no: 'P3', gend: '9', brdy: '1975-12-31' },
      { psn_no: 'P4', gend: '2', brdy: null },
    ]);
    expect(report.problems.map((p) => [p.kind, p.field, p.examples[0]])).toEqual([
      ['unparseable_date', 'brdy', { row: 4, value: 'unknown', source: 'raw_psn' }],
    ]);

    await loadCsv('raw_medins', 'code,lv,beds\nH1,三级甲等,"1,200"\nH2,一级,x\nH3,2,80\n');
    const r2 = await buildCanonical(engine, 'medins', [
      {
        source: 'raw_medins',
        target: 'medins',
        columns: { fixmedins_code: 'code', medins_lv: 'lv', open_beds: 'beds' },
      },
    ]);
    expect(await engine.rows('SELECT medins_lv, open_beds FROM medins ORDER BY _row')).toEqual([
      { medins_lv: '3', open_beds: 1200 },
      { medins_lv: '1', open_beds: null },
      { medins_lv: '2', open_beds: 80 },
    ]);
    expect(r2.problems.map((p) => [p.kind, p.field, p.count])).toEqual([
      ['non_numeric_amount', 'open_beds', 1],
    ]);
  });

  it('casts typed (Parquet-like) columns directly and parses integer dates', async () => {
    await engine.exec(`CREATE OR REPLACE TABLE raw_typed AS SELECT * FROM (VALUES
      (1001, DATE '2024-03-01', 20240302, CAST(12.5 AS DOUBLE), CAST(-3 AS DECIMAL(10,2))),
      (NULL, NULL, 20241399, NULL, CAST(4 AS DECIMAL(10,2)))
    ) t(setl_id, begndate, enddate, medfee_sumamt, hifp_pay)`);
    const report = await buildCanonical(engine, 'setl', [
      {
        source: 'raw_typed',
        target: 'setl',
        columns: identity('setl_id', 'begndate', 'enddate', 'medfee_sumamt', 'hifp_pay'),
      },
    ]);
    expect(
      await engine.rows(
        `SELECT setl_id, CAST(begndate AS VARCHAR) AS b, CAST(enddate AS VARCHAR) AS e, CAST(medfee_sumamt AS VARCHAR) AS m,
          CAST(hifp_pay AS VARCHAR) AS h FROM setl ORDER BY _row`,
      ),
    ).toEqual([
      { setl_id: '1001', b: '2024-03-01 00:00:00', e: '2024-03-02 00:00:00', m: '12.50', h: '-3.00' },
      { setl_id: null, b: null, e: null, m: null, h: '4.00' },
    ]);
    expect(report.problems.map((p) => [p.kind, p.field, p.examples[0]?.row, p.examples[0]?.value])).toEqual([
      ['missing_key', 'setl_id', 2, null],
      ['unparseable_date', 'enddate', 2, '20241399'],
      ['negative_amount', 'hifp_pay', 1, '-3.00'],
    ]);
  });
});

describe('buildCanonical: from a proposed mapping', () => {
  it('loads, samples, proposes and builds a Chinese-header settlement extract', async () => {
    await loadCsv(
      'raw_setl_zh',
      [
        '结算流水号,个人编号,医院编码,入院日期,出院日期,主诊断编码,医疗费总额(元),统筹基金支出,姓名',
        'S1,P1,H43010100001,2024/3/1,2024/3/5,J18.900,"1,234.50",800.00,张伟',
        'S2,P2,H43010100001,2024-03-02,2024-03-09,I10.x00x002,560.00,300.00,李芳',
        'S3,P3,H43010100002,2024年3月3日,未出院,E11.900,-20.00,0,王敏',
      ].join('\n'),
    );
    const columns = (
      await engine.rows<{ column_name: string; column_type: string }>('DESCRIBE raw_setl_zh')
    ).map((c) => ({ name: c.column_name, type: c.column_type }));
    const proposal = proposeMapping(
      'raw_setl_zh',
      columns,
      await sampleColumns(engine, 'raw_setl_zh', columns),
    );
    expect(proposal.mapping.target).toBe('setl');
    expect(proposal.mapping.columns).toEqual({
      setl_id: '结算流水号',
      // No visit id column: the settlement id is proposed as the visit id too, for confirmation.
      mdtrt_id: '结算流水号',
      psn_no: '个人编号',
      fixmedins_code: '医院编码',
      begndate: '入院日期',
      enddate: '出院日期',
      dise_codg: '主诊断编码',
      medfee_sumamt: '医疗费总额(元)',
      hifp_pay: '统筹基金支出',
    });
    const report = await buildCanonical(engine, 'setl', [proposal.mapping]);
    expect(report.rowsRead).toBe(3);
    expect(report.problems.map((p) => [p.kind, p.column, p.examples.map((e) => [e.row, e.value])])).toEqual([
      ['unparseable_date', '出院日期', [[3, '未出院']]],
      ['negative_amount', '医疗费总额(元)', [[3, '-20.00']]],
    ]);
    const [first] = await engine.rows(
      'SELECT CAST(medfee_sumamt AS VARCHAR) AS m, CAST(begndate AS VARCHAR) AS b FROM setl',
    );
    expect(first).toEqual({ m: '1234.50', b: '2024-03-01 00:00:00' });
  });
});

describe('buildCanonical: mapping errors', () => {
  beforeAll(async () => {
    await loadCsv('raw_err', 'a,b\n1,2\n');
    await loadCsv('raw_fee', FEE_CSV);
    await buildCanonical(engine, 'fee', [feeMapping]);
  });

  async function errorOf(target: string, mappings: SourceMapping[]): Promise<AppError> {
    try {
      await buildCanonical(engine, target as CanonicalTable, mappings);
    } catch (e) {
      expect(e).toBeInstanceOf(AppErrorException);
      return (e as AppErrorException).error;
    }
    throw new Error('expected a mapping error');
  }

  const m = (
    columns: Record<string, string>,
    source = 'raw_err',
    target: CanonicalTable = 'fee',
  ): TableMapping => ({
    source,
    target,
    columns,
  });

  it.each([
    ['unknown-target', 'claims', [m({ feedetl_sn: 'a' }, 'raw_err', 'claims' as CanonicalTable)], undefined],
    ['empty', 'fee', [], undefined],
    ['target-mismatch', 'fee', [m({ setl_id: 'a' }, 'raw_err', 'setl')], undefined],
    ['unknown-source', 'fee', [m({ feedetl_sn: 'a' }, 'raw_gone')], undefined],
    ['source-is-canonical', 'setl', [m({ setl_id: 'feedetl_sn' }, 'fee', 'setl')], undefined],
    ['duplicate-source', 'fee', [m({ feedetl_sn: 'a' }), m({ cnt: 'b' })], undefined],
    ['no-fields', 'fee', [m({})], undefined],
    ['unknown-field', 'fee', [m({ medfee_sumamt: 'a' })], 'a'],
    ['unknown-column', 'fee', [m({ feedetl_sn: 'c' })], 'c'],
    ['column-and-constant', 'fee', [{ ...m({ cnt: 'a' }), constants: { cnt: '1' } }], 'a'],
    ['unknown-field', 'fee', [{ ...m({ feedetl_sn: 'a' }), constants: { med_type: '21' } }], undefined],
    ['bad-constant', 'fee', [{ ...m({ feedetl_sn: 'a' }), constants: { fee_ocur_time: 'soon' } }], undefined],
    ['derived-target', 'fee', [{ ...m({ feedetl_sn: 'a' }), derived: true }], undefined],
    ['derived-key', 'psn', [{ ...m({ gend: 'a' }, 'raw_err', 'psn'), derived: true }], undefined],
    [
      'duplicate-source',
      'psn',
      [m({ psn_no: 'a' }, 'raw_err', 'psn'), { ...m({ psn_no: 'b' }, 'raw_err', 'psn'), derived: true }],
      undefined,
    ],
  ] as const)('refuses %s with a bilingual message', async (code, target, mappings, column) => {
    const error = await errorOf(target, [...mappings]);
    expect(error.kind).toBe('mapping');
    expect(error.code).toBe(`mapping.${code}`);
    expect(error.message.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(error.message.en).toMatch(/[a-z]/);
    expect(error.column).toBe(column);
  });

  it('names the field and the value of a constant that does not read as its type', async () => {
    const error = await errorOf('fee', [{ ...m({ feedetl_sn: 'a' }), constants: { fee_ocur_time: 'soon' } }]);
    expect(error.message.zh).toContain('fee.fee_ocur_time');
    expect(error.message.zh).toContain('“soon”');
    expect(error.message.en).toContain('"soon" for fee.fee_ocur_time');
  });

  it('lets one column feed several fields (no longer refused as column-reused)', async () => {
    const report = await buildCanonical(engine, 'setl', [
      m({ setl_id: 'a', mdtrt_id: 'a', psn_no: 'b' }, 'raw_err', 'setl'),
    ]);
    expect(report.problems).toEqual([]);
    const rows = await engine.rows('SELECT setl_id, mdtrt_id, psn_no FROM setl');
    expect(rows).toEqual([{ setl_id: '1', mdtrt_id: '1', psn_no: '2' }]);
  });

  it('leaves the existing canonical table alone when the mapping is refused', async () => {
    await errorOf('fee', [m({ feedetl_sn: 'nope' })]);
    const [row] = await engine.rows<{ n: number }>('SELECT count(*) AS n FROM fee');
    expect(row?.n).toBe(10);
  });

  it('drops the half-built pair when collecting problems fails', async () => {
    const failing = {
      ...engine,
      exec: async (sql: string) => {
        if (sql.startsWith('INSERT INTO "_problems_fee"')) throw new Error('interrupted');
        return engine.exec(sql);
      },
    };
    await expect(buildCanonical(failing, 'fee', [feeMapping])).rejects.toThrow('interrupted');
    const tables = await engine.rows<{ table_name: string }>(
      "SELECT table_name FROM duckdb_tables() WHERE table_name IN ('fee', '_problems_fee')",
    );
    expect(tables).toEqual([]);
    await buildCanonical(engine, 'fee', [feeMapping]);
  });

  it('stops before building when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await loadCsv('raw_fee_abort', 'feedetl_sn\nZ\n');
    await expect(
      buildCanonical(engine, 'fee', [m({ feedetl_sn: 'feedetl_sn' }, 'raw_fee_abort')], {
        signal: controller.signal,
      }),
    ).rejects.toThrow();
    const [row] = await engine.rows<{ n: number }>('SELECT count(*) AS n FROM fee');
    expect(row?.n).toBe(10);
  });
});
