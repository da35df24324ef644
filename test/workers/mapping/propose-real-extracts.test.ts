import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine, type NodeEngine } from '../../../node/engine/duckdb-node-engine';
import { CONFIRM_BELOW, type MappingProposal } from '../../../core/mapping/mapping-types';
import { proposeMapping } from '../../../workers/mapping/propose-mapping';
import { sampleColumns } from '../../../workers/mapping/sample-columns';
import { extract, feeValues, psnValues, setlValues } from './fixtures';

/** Every source column the proposal reads, for any field of any table it builds. */
function columnsRead(p: MappingProposal): string[] {
  return [
    ...Object.values(p.mapping.columns),
    ...(p.mapping.also ?? []).flatMap((a) => Object.values(a.columns)),
  ];
}

/** The field a column feeds in the proposal's own table (several when one column feeds several). */
function fieldsOf(p: MappingProposal, column: string): string[] {
  return Object.entries(p.mapping.columns)
    .filter(([, c]) => c === column)
    .map(([f]) => f);
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

describe('proposeMapping on a city bureau export (Chinese headers, person columns in the settlement)', () => {
  const headers = [
    '结算流水号',
    '个人编号',
    '姓名',
    '性别',
    '出生日期',
    '医疗机构编码',
    '医疗机构名称',
    '医院等级',
    '入院日期',
    '出院日期',
    '结算日期',
    '主要诊断编码',
    '医疗费总额',
    '统筹支付',
    '个人账户支付',
    '现金支付',
  ];
  const p = proposeMapping(
    'raw_setl',
    headers.map((name) => ({ name, type: 'VARCHAR' })),
    extract(headers, [
      setlValues.setl_id,
      setlValues.psn_no,
      psnValues.psn_name,
      psnValues.gend,
      // Birth dates spelled as the bureau does: slashes and 年月日, which look like any other date.
      (i) => (i % 2 ? `19${50 + i}/${1 + (i % 9)}/1${i % 10}` : `19${50 + i}年${1 + (i % 9)}月1${i % 10}日`),
      setlValues.fixmedins_code,
      setlValues.fixmedins_name,
      setlValues.medins_lv,
      setlValues.begndate,
      setlValues.enddate,
      setlValues.setl_time,
      setlValues.dise_codg,
      (i) => (1000 + i * 1234.5).toLocaleString('en-US', { minimumFractionDigits: 2 }),
      setlValues.hifp_pay,
      setlValues.acct_pay,
      setlValues.psn_cash_pay,
    ]).samples,
  );

  it('is a settlement file, every header read by its meaning', () => {
    expect(p.mapping.target).toBe('setl');
    expect(p.mapping.columns).toEqual({
      setl_id: '结算流水号',
      mdtrt_id: '结算流水号',
      psn_no: '个人编号',
      fixmedins_code: '医疗机构编码',
      fixmedins_name: '医疗机构名称',
      medins_lv: '医院等级',
      begndate: '入院日期',
      enddate: '出院日期',
      setl_time: '结算日期',
      dise_codg: '主要诊断编码',
      medfee_sumamt: '医疗费总额',
      hifp_pay: '统筹支付',
      acct_pay: '个人账户支付',
      psn_cash_pay: '现金支付',
    });
    for (const [field, m] of Object.entries(p.matches).filter(([, m]) => m.reason !== 'constant')) {
      if (field === 'mdtrt_id') continue;
      expect(m).toMatchObject({ reason: 'header', score: 1 });
    }
    // No visit id column: one settlement per visit, so the settlement id is the visit id too, to confirm.
    expect(p.matches.mdtrt_id).toMatchObject({ column: '结算流水号', reason: 'header-fuzzy' });
    expect(p.matches.mdtrt_id?.score).toBeLessThan(CONFIRM_BELOW);
  });

  it('never takes the birth date for a settlement date: it builds psn.brdy', () => {
    expect(fieldsOf(p, '出生日期')).toEqual([]);
    const psn = p.mapping.also?.find((a) => a.target === 'psn');
    expect(psn?.columns).toEqual({ psn_no: '个人编号', gend: '性别', brdy: '出生日期', psn_name: '姓名' });
    const medins = p.mapping.also?.find((a) => a.target === 'medins');
    expect(medins?.columns).toEqual({
      fixmedins_code: '医疗机构编码',
      fixmedins_name: '医疗机构名称',
      medins_lv: '医院等级',
    });
    expect(p.also?.map((a) => a.mapping)).toEqual(p.mapping.also);
  });

  it('proposes inpatient stays (med_type 21) for admission and discharge dates, to confirm', () => {
    expect(p.mapping.constants).toEqual({ med_type: '21' });
    expect(p.matches.med_type).toMatchObject({ column: '', reason: 'constant' });
    expect(p.matches.med_type?.score).toBeLessThan(CONFIRM_BELOW);
    expect(p.matches.med_type?.evidence?.zh).toContain('入院日期');
    expect(p.toConfirm).toEqual(['setl.mdtrt_id', 'setl.med_type']);
    expect(p.evidence?.zh).toBe(
      '有 结算流水号、入院日期、出院日期、医疗费总额、统筹支付、个人账户支付 → 结算（就诊）（住院）',
    );
    expect(p.evidence?.en).toContain('(inpatient stays)');
  });
});

describe('proposeMapping on a death list', () => {
  it('takes a person id with a death date as the death registry, never as birth dates', () => {
    const e = extract(
      ['个人编号', '姓名', '身份证号', '死亡日期'],
      [psnValues.psn_no, psnValues.psn_name, psnValues.certno, (i) => `2024-0${1 + (i % 9)}-2${i % 9}`],
    );
    const p = proposeMapping('raw_death', e.columns, e.samples);
    expect(p.mapping.target).toBe('death');
    expect(p.mapping.columns).toEqual({ psn_no: '个人编号', certno: '身份证号', death_date: '死亡日期' });
    expect(p.mapping.also).toEqual([
      { target: 'psn', columns: { psn_no: '个人编号', certno: '身份证号', psn_name: '姓名' } },
    ]);
    expect(columnsRead(p).filter((c) => c === '死亡日期')).toHaveLength(1);
    expect(p.evidence?.en).toBe('has 个人编号, 身份证号, 死亡日期 → Death registry');
  });

  it('takes a bare id + death date pair as death, whatever the header spelling', () => {
    const e = extract(['Member ID', 'Date of Death'], [psnValues.psn_no, (i) => `03/0${1 + (i % 9)}/2024`]);
    const p = proposeMapping('raw_d', e.columns, e.samples);
    expect(p.mapping).toMatchObject({
      target: 'death',
      columns: { psn_no: 'Member ID', death_date: 'Date of Death' },
    });
    expect(p.mapping.also).toBeUndefined();
  });
});

let engine: NodeEngine;
beforeAll(async () => {
  engine = await createNodeEngine();
});
afterAll(async () => engine.close());

describe('proposeMapping on an English claims layout (CMS-style names, real engine)', () => {
  const diag = ['4019', '2724', 'V5869', '25000', '41401'];
  async function claims(): Promise<MappingProposal> {
    // 400 claims of 90 beneficiaries, ordered by claim: the beneficiary id repeats across the file.
    await engine.exec(`CREATE OR REPLACE TABLE raw_claims AS SELECT
      'CLM' || (100000 + i) AS "ClaimID",
      'BENE' || (11000 + (i * 7) % 90) AS "BeneID",
      'PRV' || (51000 + i % 12) AS "Provider",
      'PHY' || (300000 + i % 40) AS "AttendingPhysician",
      CASE WHEN i % 3 = 0 THEN 'PHY' || (400000 + i % 9) ELSE 'NA' END AS "OperatingPhysician",
      strftime(DATE '2009-01-01' + (i % 300)::INT, '%Y-%m-%d') AS "ClaimStartDt",
      strftime(DATE '2009-01-06' + (i % 300)::INT, '%Y-%m-%d') AS "ClaimEndDt",
      strftime(DATE '2009-01-01' + (i % 300)::INT, '%Y-%m-%d') AS "AdmissionDt",
      strftime(DATE '2009-01-06' + (i % 300)::INT, '%Y-%m-%d') AS "DischargeDt",
      (1000 + (i * 37) % 9000)::VARCHAR AS "InscClaimAmtReimbursed",
      '1068' AS "DeductibleAmtPaid",
      (100 + i % 700)::VARCHAR AS "DiagnosisGroupCode",
      ${`list_value(${diag.map((d) => `'${d}'`).join(', ')})[1 + i % 5]`} AS "ClmAdmitDiagnosisCode",
      ${`list_value(${diag.map((d) => `'${d}'`).join(', ')})[1 + (i + 1) % 5]`} AS "ClmDiagnosisCode_1",
      ${`list_value(${diag.map((d) => `'${d}'`).join(', ')})[1 + (i + 2) % 5]`} AS "ClmDiagnosisCode_2",
      CASE WHEN i % 4 = 0 THEN '4019' ELSE 'NA' END AS "ClmDiagnosisCode_10",
      CASE WHEN i % 5 = 0 THEN '9904' ELSE 'NA' END AS "ClmProcedureCode_1",
      strftime(DATE '1930-01-01' + ((i * 7) % 90 * 97)::INT, '%Y-%m-%d') AS "DOB",
      CASE WHEN (i * 7) % 90 = 3 THEN '2009-12-01' ELSE 'NA' END AS "DOD",
      (1 + (i * 7) % 90 % 2)::VARCHAR AS "Gender",
      (1 + (i * 7) % 90 % 3)::VARCHAR AS "Race",
      '0' AS "RenalDiseaseIndicator",
      (1 + (i * 7) % 90 % 50)::VARCHAR AS "State",
      (100 + (i * 7) % 90 * 10)::VARCHAR AS "County",
      (1 + i % 2)::VARCHAR AS "ChronicCond_Diabetes",
      ((i * 7) % 90 * 1000)::VARCHAR AS "IPAnnualReimbursementAmt"
      FROM range(400) t(i)`);
    const columns = (
      await engine.rows<{ name: string; type: string }>(
        `SELECT column_name AS name, data_type AS type FROM information_schema.columns
         WHERE table_name = 'raw_claims' ORDER BY ordinal_position`,
      )
    ).map((c) => ({ name: c.name, type: c.type }));
    return proposeMapping('raw_claims', columns, await sampleColumns(engine, 'raw_claims', columns));
  }

  it('maps claim, beneficiary, provider, physician, stay dates, amounts and the principal diagnosis', async () => {
    const p = await claims();
    expect(p.mapping.target).toBe('setl');
    expect(p.mapping.columns).toEqual({
      setl_id: 'ClaimID',
      mdtrt_id: 'ClaimID',
      psn_no: 'BeneID',
      fixmedins_code: 'Provider',
      begndate: 'AdmissionDt',
      enddate: 'DischargeDt',
      dise_codg: 'ClmDiagnosisCode_1',
      drg_code: 'DiagnosisGroupCode',
      fund_pay_sumamt: 'InscClaimAmtReimbursed',
      psn_cash_pay: 'DeductibleAmtPaid',
      atddr_no: 'AttendingPhysician',
    });
    expect(p.mapping.constants).toEqual({ med_type: '21' });
    expect(p.mapping.also).toEqual([
      { target: 'psn', columns: { psn_no: 'BeneID', gend: 'Gender', brdy: 'DOB' } },
      { target: 'death', columns: { psn_no: 'BeneID', death_date: 'DOD' } },
    ]);
    // One claim is one visit: the same column feeds mdtrt_id, shown for confirmation.
    expect(p.toConfirm).toEqual(['setl.mdtrt_id', 'setl.med_type']);
    expect(p.matches.mdtrt_id?.evidence?.en).toContain('one claim (ClaimID) is one visit');
  });

  it('leaves known non-canonical columns unmapped and says so', async () => {
    const p = await claims();
    const read = columnsRead(p);
    for (const c of [
      'Race',
      'State',
      'County',
      'ChronicCond_Diabetes',
      'IPAnnualReimbursementAmt',
      'ClmDiagnosisCode_2',
      'ClmDiagnosisCode_10',
      'ClmProcedureCode_1',
      'OperatingPhysician',
      'RenalDiseaseIndicator',
      'ClaimStartDt',
      'ClaimEndDt',
    ]) {
      expect(read, c).not.toContain(c);
    }
    expect(p.evidence?.en).toContain('Race');
    expect(p.evidence?.en).toContain('recognised, but the model has no field for them');
  });

  it('reads the beneficiary as a repeating id, the claim as a unique key', async () => {
    await claims();
    const columns = [
      { name: 'c1', type: 'VARCHAR' },
      { name: 'c2', type: 'VARCHAR' },
      { name: 'c3', type: 'VARCHAR' },
    ];
    // The same values under headers that name nothing: only uniqueness tells the key from the person.
    await engine.exec(`CREATE OR REPLACE TABLE raw_anon AS
      SELECT "BeneID" AS c1, "ClaimID" AS c2, "InscClaimAmtReimbursed" || '.50' AS c3 FROM raw_claims`);
    const p = proposeMapping('raw_anon', columns, await sampleColumns(engine, 'raw_anon', columns));
    expect(p.mapping.target).toBe('setl');
    expect(p.mapping.columns).toMatchObject({ setl_id: 'c2', psn_no: 'c1' });
    expect(p.matches.psn_no?.evidence?.en).toContain('repeat');
  });

  it('keeps a header-named key whose values repeat, for confirmation', async () => {
    await engine.exec(`CREATE OR REPLACE TABLE raw_rep AS
      SELECT 'S' || (i % 40) AS "结算ID", (100 + i)::VARCHAR || '.00' AS "医疗费总额" FROM range(200) t(i)`);
    const columns = [
      { name: '结算ID', type: 'VARCHAR' },
      { name: '医疗费总额', type: 'VARCHAR' },
    ];
    const p = proposeMapping('raw_rep', columns, await sampleColumns(engine, 'raw_rep', columns));
    expect(p.mapping.columns.setl_id).toBe('结算ID');
    expect(p.matches.setl_id?.score).toBe(0.5);
    expect(p.matches.setl_id?.evidence?.en).toContain('only 20 % of its values are distinct');
    expect(p.toConfirm).toContain('setl.setl_id');
  });
});

describe('proposeMapping on fee, pharmacy and hospital exports', () => {
  it('maps a fee file without institution or visit columns', () => {
    const e = extract(
      [
        '明细序号',
        '结算流水号',
        '费用日期',
        '项目编码',
        '项目名称',
        '数量',
        '单价',
        '金额',
        '开单医生',
        '开单科室',
      ],
      [
        feeValues.feedetl_sn,
        feeValues.setl_id,
        feeValues.fee_ocur_time,
        feeValues.hilist_code,
        feeValues.hilist_name,
        feeValues.cnt,
        feeValues.pric,
        feeValues.det_item_fee_sumamt,
        (i) => `D${pad(i % 7, 3)}`,
        () => '内科',
      ],
    );
    const p = proposeMapping('raw_fee', e.columns, e.samples);
    expect(p.mapping.target).toBe('fee');
    expect(p.mapping.columns).toEqual({
      feedetl_sn: '明细序号',
      setl_id: '结算流水号',
      fee_ocur_time: '费用日期',
      hilist_code: '项目编码',
      hilist_name: '项目名称',
      cnt: '数量',
      pric: '单价',
      det_item_fee_sumamt: '金额',
      bilg_dept_code: '开单科室',
      bilg_dr_code: '开单医生',
    });
    // The settlement id repeats in a fee file: fine, it is not the key there.
    expect(p.toConfirm).toEqual([]);
    expect(p.mapping.constants).toBeUndefined();
  });

  it('maps a pharmacy retail export: purchase number, pharmacy, drug code, trace code', () => {
    const e = extract(
      [
        '购药流水号',
        '药店编码',
        '药店名称',
        '个人编号',
        '药品编码',
        '药品名称',
        '追溯码',
        '数量',
        '单价',
        '金额',
        '个人账户支付',
        '购药日期',
      ],
      [
        (i) => `GY${pad(5000 + (i >> 1), 8)}`,
        (i) => `P430101${pad(i % 3, 5)}`,
        () => '老百姓大药房',
        psnValues.psn_no,
        feeValues.hilist_code,
        feeValues.hilist_name,
        (i) => `8${pad(1234567 + i * 13, 19)}`,
        feeValues.cnt,
        feeValues.pric,
        feeValues.det_item_fee_sumamt,
        feeValues.det_item_fee_sumamt,
        feeValues.fee_ocur_time,
      ],
    );
    const p = proposeMapping('raw_pharmacy', e.columns, e.samples);
    expect(p.mapping.target).toBe('fee');
    expect(p.mapping.columns).toEqual({
      setl_id: '购药流水号',
      psn_no: '个人编号',
      fixmedins_code: '药店编码',
      fee_ocur_time: '购药日期',
      hilist_code: '药品编码',
      hilist_name: '药品名称',
      cnt: '数量',
      pric: '单价',
      det_item_fee_sumamt: '金额',
      trace_code: '追溯码',
    });
    // The personal-account payment is a settlement amount: named, so never shape-mapped to a fee field.
    expect(columnsRead(p)).not.toContain('个人账户支付');
    expect(p.mapping.also).toEqual([
      { target: 'medins', columns: { fixmedins_code: '药店编码', fixmedins_name: '药店名称' } },
    ]);
  });

  it('tells the catalogue code (医保编码) from the hospital code (院内项目编码) in a HIS export', () => {
    const e = extract(
      [
        '住院号',
        '费用序号',
        '院内项目编码',
        '院内项目名称',
        '医保编码',
        '医保项目名称',
        '科室名称',
        '数量',
        '单价',
        '金额',
      ],
      [
        (i) => `ZY${pad(i >> 2, 6)}`,
        (i) => String(100000 + i),
        (i) => `YN${pad(i % 9, 5)}`,
        feeValues.hilist_name,
        feeValues.hilist_code,
        feeValues.hilist_name,
        () => '心内科',
        feeValues.cnt,
        feeValues.pric,
        feeValues.det_item_fee_sumamt,
      ],
    );
    const p = proposeMapping('raw_his', e.columns, e.samples);
    expect(p.mapping.target).toBe('fee');
    expect(p.mapping.columns).toMatchObject({
      mdtrt_id: '住院号',
      feedetl_sn: '费用序号',
      hilist_code: '医保编码',
      medins_list_code: '院内项目编码',
      medins_list_name: '院内项目名称',
      hilist_name: '医保项目名称',
      bilg_dept_code: '科室名称',
    });
    // A department name for a department code field is a weak match: the user confirms it.
    expect(p.matches.bilg_dept_code?.score).toBeLessThan(CONFIRM_BELOW);
    expect(p.toConfirm).toContain('fee.bilg_dept_code');
  });

  it('maps national field codes in another order with extra columns, leaving the extras alone', () => {
    const fields = [
      'psn_no',
      'medfee_sumamt',
      'setl_id',
      'enddate',
      'begndate',
      'med_type',
      'fixmedins_code',
    ] as const;
    const headers = ['年龄', ...fields, 'remark', 'xyz_flag'];
    const e = extract(headers, [
      (i) => String(30 + i),
      ...fields.map((f) => setlValues[f]),
      () => '无',
      (i) => String(i % 2),
    ]);
    const p = proposeMapping('raw_nat', e.columns, e.samples);
    expect(p.mapping.target).toBe('setl');
    expect(p.mapping.columns).toEqual({
      ...Object.fromEntries(fields.map((f) => [f, f])),
      mdtrt_id: 'setl_id', // no mdtrt_id column: the settlement id doubles as the visit id (to confirm)
    });
    expect(p.mapping.constants).toBeUndefined();
    expect(p.evidence?.zh).toContain('年龄、remark');
  });
});
