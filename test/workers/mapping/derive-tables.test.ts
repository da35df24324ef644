/**
 * The build side of real extracts: every canonical column, constants, one column feeding several
 * fields, null spellings, fee keys taken from the settlement, and psn/medins/death built from a
 * settlement file. Hand-made extracts shaped unlike the demo generator: Chinese headers in their own
 * order, `NA` nulls, a settlement file carrying 性别/出生日期, fee lines without institution codes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine, type NodeEngine } from '../../../node/engine/duckdb-node-engine';
import { buildCanonical } from '../../../workers/mapping/build-canonical';
import type { SourceMapping } from '../../../workers/mapping/derived-mapping';
import { derivedMappingsFor } from '../../../workers/mapping/derived-mapping';
import type { TableMapping } from '../../../core/mapping/mapping-types';

let engine: NodeEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
});
afterAll(async () => engine.close());

async function loadCsv(table: string, csv: string): Promise<void> {
  const path = `/claims/${table}.csv`;
  await engine.registerBuffer(path, new TextEncoder().encode(csv));
  await engine.exec(
    `CREATE OR REPLACE TABLE "${table}" AS SELECT * FROM read_csv('${path}', header = true, all_varchar = true)`,
  );
}

/** A city bureau's settlement file: person columns ride along, one person's sex disagrees. */
const SETL_CSV = `结算流水号,就诊流水号,人员编号,性别,出生日期,定点机构编码,入院日期,出院日期,主治医师,医疗费总额
J-001,V-001,P9,男,1950-02-03,H01,2024-03-01 09:00,2024-03-01 11:00,D7,120.00
J-002,V-002,P9,女,1950/2/3,H01,2024-03-05,2024-03-12,D7,3400.50
J-003,V-003,Q2,NA,NA,H02,2024-03-02,,D8,55
J-004,V-004,Q2,2,1988-12-30,H02,2024-03-04,N/A,—,60
J-005,V-005,NA,1,2001-01-01,H03,2024-03-06,2024-03-06,D9,70
J-006,V-005,R5,1,2001-01-01,H03,2024-03-07,2024-03-07,D9,80
`;

const setlMapping: TableMapping = {
  source: 'raw_jiesuan',
  target: 'setl',
  columns: {
    setl_id: '结算流水号',
    mdtrt_id: '就诊流水号',
    psn_no: '人员编号',
    fixmedins_code: '定点机构编码',
    begndate: '入院日期',
    enddate: '出院日期',
    atddr_no: '主治医师',
    medfee_sumamt: '医疗费总额',
  },
  also: [{ target: 'psn', columns: { psn_no: '人员编号', gend: '性别', brdy: '出生日期' } }],
};

/** Fee lines with no institution, person or doctor column; amounts before the ids; one line by visit only. */
const FEE_CSV = `金额,项目编码,明细号,结算号,就诊号,收费时间
10.00,X01,L1,J-001,,
20.00,X02,L2,J-002,,
30.00,X03,L3,J-002,,2024-03-08 10:00
5.00,X04,L4,,V-004,
6.00,X05,L5,,V-005,
7.00,X06,L6,J-404,,
`;

const feeMapping: TableMapping = {
  source: 'raw_feiyong',
  target: 'fee',
  columns: {
    det_item_fee_sumamt: '金额',
    hilist_code: '项目编码',
    feedetl_sn: '明细号',
    setl_id: '结算号',
    mdtrt_id: '就诊号',
    fee_ocur_time: '收费时间',
  },
};

interface FeeRow extends Record<string, unknown> {
  feedetl_sn: string;
  setl_id: string | null;
  mdtrt_id: string | null;
  psn_no: string | null;
  fixmedins_code: string | null;
  bilg_dr_code: string | null;
  t: string | null;
}

describe('fee lines take empty keys from their settlement', () => {
  beforeAll(async () => {
    await loadCsv('raw_jiesuan', SETL_CSV);
    await loadCsv('raw_feiyong', FEE_CSV);
    await engine.exec('DROP TABLE IF EXISTS setl');
  });

  it('derives nothing while setl is not built, and has every fee column', async () => {
    const report = await buildCanonical(engine, 'fee', [feeMapping]);
    expect(report.filled ?? []).toEqual([]);
    const [row] = await engine.rows<{ n: number }>(
      'SELECT count(fixmedins_code) + count(psn_no) + count(bilg_dr_code) AS n FROM fee',
    );
    expect(row?.n).toBe(0);
  });

  it('fills institution, person, visit, doctor and single-day dates by setl_id or a unique mdtrt_id', async () => {
    await buildCanonical(engine, 'setl', [setlMapping]);
    const report = await buildCanonical(engine, 'fee', [feeMapping]);
    const rows = await engine.rows<FeeRow>(
      `SELECT feedetl_sn, setl_id, mdtrt_id, psn_no, fixmedins_code, bilg_dr_code,
        CAST(fee_ocur_time AS VARCHAR) AS t FROM fee ORDER BY _row`,
    );
    expect(rows).toEqual([
      // A same-day visit: its begndate is the line's time.
      {
        feedetl_sn: 'L1',
        setl_id: 'J-001',
        mdtrt_id: 'V-001',
        psn_no: 'P9',
        fixmedins_code: 'H01',
        bilg_dr_code: 'D7',
        t: '2024-03-01 09:00:00',
      },
      // A stay: keys derive, the time does not (never spread a stay over its admission day).
      {
        feedetl_sn: 'L2',
        setl_id: 'J-002',
        mdtrt_id: 'V-002',
        psn_no: 'P9',
        fixmedins_code: 'H01',
        bilg_dr_code: 'D7',
        t: null,
      },
      {
        feedetl_sn: 'L3',
        setl_id: 'J-002',
        mdtrt_id: 'V-002',
        psn_no: 'P9',
        fixmedins_code: 'H01',
        bilg_dr_code: 'D7',
        t: '2024-03-08 10:00:00',
      },
      // By visit number (one settlement for V-004); enddate N/A reads as empty, so a single day.
      {
        feedetl_sn: 'L4',
        setl_id: 'J-004',
        mdtrt_id: 'V-004',
        psn_no: 'Q2',
        fixmedins_code: 'H02',
        bilg_dr_code: null,
        t: '2024-03-04 00:00:00',
      },
      // V-005 has two settlements: no setl_id is chosen among them, so nothing else derives.
      {
        feedetl_sn: 'L5',
        setl_id: null,
        mdtrt_id: 'V-005',
        psn_no: null,
        fixmedins_code: null,
        bilg_dr_code: null,
        t: null,
      },
      // A settlement the setl file does not have.
      {
        feedetl_sn: 'L6',
        setl_id: 'J-404',
        mdtrt_id: null,
        psn_no: null,
        fixmedins_code: null,
        bilg_dr_code: null,
        t: null,
      },
    ]);
    expect(report.filled).toEqual([
      { field: 'setl_id', how: 'derived', from: 'setl.setl_id', rows: 1 },
      { field: 'mdtrt_id', how: 'derived', from: 'setl.mdtrt_id', rows: 3 },
      { field: 'psn_no', how: 'derived', from: 'setl.psn_no', rows: 4 },
      { field: 'fixmedins_code', how: 'derived', from: 'setl.fixmedins_code', rows: 4 },
      { field: 'fee_ocur_time', how: 'derived', from: 'setl.begndate', rows: 2 },
      { field: 'bilg_dr_code', how: 'derived', from: 'setl.atddr_no', rows: 3 },
    ]);
  });

  it('never overwrites a line’s own value', async () => {
    await loadCsv('raw_fee_own', `feedetl_sn,setl_id,fixmedins_code\nM1,J-001,H77\nM2,J-001,\n`);
    const report = await buildCanonical(engine, 'fee', [
      {
        source: 'raw_fee_own',
        target: 'fee',
        columns: { feedetl_sn: 'feedetl_sn', setl_id: 'setl_id', fixmedins_code: 'fixmedins_code' },
      },
    ]);
    const rows = await engine.rows<{ f: string }>('SELECT fixmedins_code AS f FROM fee ORDER BY _row');
    expect(rows.map((r) => r.f)).toEqual(['H77', 'H01']);
    expect(report.filled?.find((f) => f.field === 'fixmedins_code')?.rows).toBe(1);
  });
});

describe('psn built from a settlement file', () => {
  beforeAll(async () => {
    await loadCsv('raw_jiesuan', SETL_CSV);
  });

  it('keeps one row per person, the first value of each field, and reports the conflicting sex', async () => {
    const report = await buildCanonical(engine, 'psn', derivedMappingsFor(setlMapping, 'psn'));
    const rows = await engine.rows(
      `SELECT psn_no, gend, CAST(brdy AS VARCHAR) AS brdy, _src, _row, _flagged FROM psn ORDER BY psn_no`,
    );
    expect(rows).toEqual([
      { psn_no: 'P9', gend: '1', brdy: '1950-02-03', _src: 'raw_jiesuan', _row: 1, _flagged: true },
      // Q2's first row reads NA: the first non-empty values are kept, and they do not conflict.
      { psn_no: 'Q2', gend: '2', brdy: '1988-12-30', _src: 'raw_jiesuan', _row: 3, _flagged: false },
      { psn_no: 'R5', gend: '1', brdy: '2001-01-01', _src: 'raw_jiesuan', _row: 6, _flagged: false },
    ]);
    expect(report.rowsRead).toBe(3);
    expect(report.rowsWithProblems).toBe(1);
    expect(report.problems).toEqual([
      {
        kind: 'conflicting_value',
        field: 'gend',
        column: '性别',
        count: 1,
        examples: [{ row: 2, value: 'psn_no=P9: 女', source: 'raw_jiesuan' }],
      },
    ]);
  });

  it('leaves a person a direct psn file has to that file', async () => {
    await loadCsv('raw_renyuan', `编号,性别\nP9,2\nZ1,1\n`);
    const mappings: SourceMapping[] = [
      { source: 'raw_renyuan', target: 'psn', columns: { psn_no: '编号', gend: '性别' } },
      ...derivedMappingsFor(setlMapping, 'psn'),
    ];
    const report = await buildCanonical(engine, 'psn', mappings);
    const rows = await engine.rows<{ psn_no: string; gend: string; _src: string }>(
      'SELECT psn_no, gend, _src FROM psn ORDER BY psn_no',
    );
    expect(rows).toEqual([
      { psn_no: 'P9', gend: '2', _src: 'raw_renyuan' },
      { psn_no: 'Q2', gend: '2', _src: 'raw_jiesuan' },
      { psn_no: 'R5', gend: '1', _src: 'raw_jiesuan' },
      { psn_no: 'Z1', gend: '1', _src: 'raw_renyuan' },
    ]);
    // P9's own disagreement belongs to rows the direct file replaced: nothing to report.
    expect(report.problems).toEqual([]);
    expect(report.sources).toEqual(['raw_renyuan', 'raw_jiesuan']);
  });
});

describe('death and medins built from other files', () => {
  it('keeps rows with a death date, one per person, reading 无 as empty', async () => {
    await loadCsv(
      'raw_siwang',
      `姓名,身份证号,死亡日期\n甲,110101195001010011,2024-02-01\n乙,110101195001010022,无\n甲,110101195001010011,2024-02-01\n`,
    );
    const report = await buildCanonical(engine, 'death', [
      {
        source: 'raw_siwang',
        target: 'death',
        columns: { certno: '身份证号', death_date: '死亡日期' },
        derived: true,
      },
    ]);
    const rows = await engine.rows(`SELECT certno, CAST(death_date AS VARCHAR) AS d, psn_no FROM death`);
    expect(rows).toEqual([{ certno: '110101195001010011', d: '2024-02-01', psn_no: null }]);
    expect(report.problems).toEqual([]);
  });

  it('builds medins with a constant and counts it', async () => {
    await loadCsv('raw_yaodian', `药店,名称\nS1,一号店\nS1,一号店\nS2,二号店\n`);
    const report = await buildCanonical(engine, 'medins', [
      {
        source: 'raw_yaodian',
        target: 'medins',
        columns: { fixmedins_code: '药店', fixmedins_name: '名称' },
        constants: { fixmedins_type: '药店' },
        derived: true,
      },
    ]);
    const rows = await engine.rows(`SELECT fixmedins_code, fixmedins_type FROM medins ORDER BY 1`);
    expect(rows).toEqual([
      { fixmedins_code: 'S1', fixmedins_type: '药店' },
      { fixmedins_code: 'S2', fixmedins_type: '药店' },
    ]);
    expect(report.filled).toEqual([{ field: 'fixmedins_type', how: 'constant', from: 'constant', rows: 2 }]);
  });
});

describe('constants, shared columns and null spellings', () => {
  it('feeds one column into two fields and sets a typed constant on every row', async () => {
    await loadCsv(
      'raw_claims',
      `ClaimID,BeneID,AdmissionDt,InscClaimAmtReimbursed\nC1,B1,2009-04-12,26000\nC2,B2,NA,5000\n`,
    );
    const report = await buildCanonical(engine, 'setl', [
      {
        source: 'raw_claims',
        target: 'setl',
        columns: {
          setl_id: 'ClaimID',
          mdtrt_id: 'ClaimID',
          psn_no: 'BeneID',
          begndate: 'AdmissionDt',
          hifp_pay: 'InscClaimAmtReimbursed',
        },
        constants: { med_type: '21', medfee_sumamt: '0' },
      },
    ]);
    const rows = await engine.rows(
      `SELECT setl_id, mdtrt_id, med_type, CAST(begndate AS VARCHAR) AS b, CAST(medfee_sumamt AS VARCHAR) AS m FROM setl ORDER BY _row`,
    );
    expect(rows).toEqual([
      { setl_id: 'C1', mdtrt_id: 'C1', med_type: '21', b: '2009-04-12 00:00:00', m: '0.00' },
      { setl_id: 'C2', mdtrt_id: 'C2', med_type: '21', b: null, m: '0.00' },
    ]);
    // NA is empty, not an unparseable date.
    expect(report.problems).toEqual([]);
    expect(report.filled).toEqual([
      { field: 'med_type', how: 'constant', from: 'constant', rows: 2 },
      { field: 'medfee_sumamt', how: 'constant', from: 'constant', rows: 2 },
    ]);
  });

  it('reads only the mapping’s own null spellings when it lists them', async () => {
    await loadCsv('raw_nulls', `id,dept\nA,NA\nB,缺失\n`);
    await buildCanonical(engine, 'setl', [
      {
        source: 'raw_nulls',
        target: 'setl',
        columns: { setl_id: 'id', adm_dept_codg: 'dept' },
        nulls: ['缺失'],
      },
    ]);
    const rows = await engine.rows<{ d: string | null }>('SELECT adm_dept_codg AS d FROM setl ORDER BY _row');
    expect(rows.map((r) => r.d)).toEqual(['NA', null]);
  });
});
