import { describe, expect, it } from 'vitest';
import { proposeMapping } from '../../../workers/mapping/propose-mapping';
import { CANONICAL_TABLES } from '../../../core/mapping/mapping-types';
import { extract, feeValues, medinsValues, psnValues, setlValues, unlabeled, type Extract } from './fixtures';

function propose(e: Extract, source = 'raw_x') {
  return proposeMapping(source, e.columns, e.samples);
}

/** An extract whose headers are given per platform field (generators from `values`). */
function withHeaders<V extends Record<string, (i: number) => string>>(
  values: V,
  headers: Partial<Record<keyof V, string>>,
  extra: Record<string, (i: number) => string> = {},
): Extract {
  const entries = Object.entries(headers) as [keyof V & string, string][];
  return extract(
    [...entries.map(([, h]) => h), ...Object.keys(extra)],
    [...entries.map(([f]) => values[f] as (i: number) => string), ...Object.values(extra)],
  );
}

const identity = <V extends Record<string, unknown>>(values: V) =>
  Object.fromEntries(Object.keys(values).map((k) => [k, k])) as Record<keyof V, string>;

describe('proposeMapping: platform code headers', () => {
  it.each([
    ['setl', setlValues],
    ['fee', feeValues],
    ['psn', psnValues],
    ['medins', medinsValues],
  ] as const)('maps a %s extract with platform field names one to one', (target, values) => {
    const p = propose(withHeaders(values, identity(values)));
    expect(p.mapping.target).toBe(target);
    expect(p.mapping.columns).toEqual(identity(values));
    for (const m of Object.values(p.matches)) expect(m).toMatchObject({ reason: 'header', score: 1 });
  });

  it('accepts upper case, spaces, table aliases and bracketed units', () => {
    const p = propose(
      withHeaders(setlValues, {
        setl_id: 'S.SETL_ID',
        psn_no: 'Psn No',
        medfee_sumamt: 'MEDFEE_SUMAMT（元）',
        begndate: '入院日期(begndate)',
      }),
    );
    expect(p.mapping.columns).toEqual({
      setl_id: 'S.SETL_ID',
      mdtrt_id: 'S.SETL_ID', // no visit id column: the settlement id doubles as it (to confirm)
      psn_no: 'Psn No',
      begndate: '入院日期(begndate)',
      medfee_sumamt: 'MEDFEE_SUMAMT（元）',
    });
  });
});

describe('proposeMapping: Chinese headers', () => {
  it('maps a settlement extract as HIS exports it', () => {
    const e = withHeaders(
      setlValues,
      {
        setl_id: '结算流水号',
        mdtrt_id: '住院号',
        psn_no: '个人编号',
        fixmedins_code: '医院编码',
        fixmedins_name: '医院名称',
        medins_lv: '医院等级',
        insutype: '险种类型',
        med_type: '医疗类别代码',
        begndate: '入院日期',
        enddate: '出院日期',
        setl_time: '结算日期',
        dise_codg: '主诊断编码',
        medfee_sumamt: '医疗费总额(元)',
        hifp_pay: '统筹基金支付',
        acct_pay: '个人帐户支出',
        psn_cash_pay: '现金支付',
        insu_admdvs: '参保地',
      },
      { 姓名: psnValues.psn_name, 性别: psnValues.gend, 年龄: (i) => String(20 + i) },
    );
    const p = propose(e);
    expect(p.mapping.target).toBe('setl');
    expect(p.mapping.columns).toEqual({
      setl_id: '结算流水号',
      mdtrt_id: '住院号',
      psn_no: '个人编号',
      fixmedins_code: '医院编码',
      fixmedins_name: '医院名称',
      medins_lv: '医院等级',
      insutype: '险种类型',
      med_type: '医疗类别代码',
      begndate: '入院日期',
      enddate: '出院日期',
      setl_time: '结算日期',
      dise_codg: '主诊断编码',
      medfee_sumamt: '医疗费总额(元)',
      hifp_pay: '统筹基金支付',
      acct_pay: '个人帐户支出',
      psn_cash_pay: '现金支付',
      insu_admdvs: '参保地',
    });
    expect(p.matches.med_type).toMatchObject({ reason: 'header-fuzzy' });
    expect(p.matches.med_type?.score).toBeGreaterThan(0.8);
    expect(p.matches.setl_id).toMatchObject({ column: '结算流水号', score: 1, reason: 'header' });
    expect(p.matches.setl_id?.evidence?.zh).toContain('结算流水号');
    expect(p.targets[0]?.target).toBe('setl');
    expect(p.targets.map((t) => t.target).sort()).toEqual([...CANONICAL_TABLES].sort());
  });

  it('maps a fee detail extract, telling the catalogue code from the hospital code', () => {
    const e = extract(
      [
        '明细流水号',
        '结算ID',
        '收费日期',
        '医保目录编码',
        '医保目录名称',
        '院内项目编码',
        '数量',
        '单价',
        '金额',
        '开单科室',
        '开单医生',
      ],
      [
        feeValues.feedetl_sn,
        feeValues.setl_id,
        feeValues.fee_ocur_time,
        feeValues.hilist_code,
        feeValues.hilist_name,
        (i) => `YN${i}`,
        feeValues.cnt,
        feeValues.pric,
        feeValues.det_item_fee_sumamt,
        () => '内科',
        () => 'D001',
      ],
    );
    const p = propose(e);
    expect(p.mapping.target).toBe('fee');
    expect(p.mapping.columns).toEqual({
      feedetl_sn: '明细流水号',
      setl_id: '结算ID',
      fee_ocur_time: '收费日期',
      hilist_code: '医保目录编码',
      hilist_name: '医保目录名称',
      medins_list_code: '院内项目编码',
      cnt: '数量',
      pric: '单价',
      det_item_fee_sumamt: '金额',
      bilg_dept_code: '开单科室',
      bilg_dr_code: '开单医生',
    });
  });

  it('maps person and institution extracts', () => {
    const psn = propose(
      withHeaders(psnValues, {
        psn_no: '参保人编号',
        psn_name: '姓名',
        gend: '性别',
        brdy: '出生日期',
        certno: '身份证号码',
        insutype: '险种',
        insu_admdvs: '参保地区划',
      }),
    );
    expect(psn.mapping.target).toBe('psn');
    expect(psn.mapping.columns).toEqual({
      psn_no: '参保人编号',
      gend: '性别',
      brdy: '出生日期',
      certno: '身份证号码',
      psn_name: '姓名',
      insutype: '险种',
      insu_admdvs: '参保地区划',
    });
    const medins = propose(
      withHeaders(medinsValues, {
        fixmedins_code: '医疗机构编码',
        fixmedins_name: '医疗机构名称',
        fixmedins_type: '机构类型',
        medins_lv: '医院等级',
        admdvs: '所属区划',
        open_beds: '核定床位数',
      }),
    );
    expect(medins.mapping.target).toBe('medins');
    expect(medins.mapping.columns).toEqual(identityOf(medinsValues, medins.mapping.columns));
    expect(Object.keys(medins.mapping.columns)).toHaveLength(6);
  });
});

/** The mapping expected when every field of `values` was mapped (column names taken from `actual`). */
function identityOf(values: Record<string, unknown>, actual: Readonly<Record<string, string>>) {
  return Object.fromEntries(Object.keys(values).map((k) => [k, actual[k]]));
}

describe('proposeMapping: English headers', () => {
  it('maps a fee extract with English headers', () => {
    const e = extract(
      [
        'Detail ID',
        'Settlement ID',
        'Charge Time',
        'Item Code',
        'Item Name',
        'Quantity',
        'Unit Price',
        'Amount',
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
      ],
    );
    const p = propose(e);
    expect(p.mapping.target).toBe('fee');
    expect(p.mapping.columns).toEqual({
      feedetl_sn: 'Detail ID',
      setl_id: 'Settlement ID',
      fee_ocur_time: 'Charge Time',
      hilist_code: 'Item Code',
      hilist_name: 'Item Name',
      cnt: 'Quantity',
      pric: 'Unit Price',
      det_item_fee_sumamt: 'Amount',
    });
  });

  it('maps a person extract with English headers', () => {
    const p = propose(
      withHeaders(psnValues, {
        psn_no: 'Member ID',
        gend: 'Gender',
        brdy: 'Date of Birth',
        certno: 'ID Number',
      }),
    );
    expect(p.mapping.target).toBe('psn');
    expect(p.mapping.columns).toEqual({
      psn_no: 'Member ID',
      gend: 'Gender',
      brdy: 'Date of Birth',
      certno: 'ID Number',
    });
  });
});

describe('proposeMapping: unlabeled columns (value shapes)', () => {
  it('recognises a settlement extract from its values', () => {
    const e = unlabeled(withHeaders(setlValues, identity(setlValues)));
    const p = propose(e);
    expect(p.mapping.target).toBe('setl');
    const byField = p.mapping.columns;
    // column order follows setlValues
    expect(byField).toMatchObject({
      setl_id: 'column0',
      fixmedins_code: 'column3',
      fixmedins_name: 'column4',
      medins_lv: 'column5',
      insutype: 'column6',
      med_type: 'column7',
      begndate: 'column8',
      enddate: 'column9',
      setl_time: 'column10',
      dise_codg: 'column11',
      medfee_sumamt: 'column12',
      insu_admdvs: 'column16',
    });
    for (const m of Object.values(p.matches)) expect(m.reason).toBe('value-shape');
  });

  it('recognises a fee extract: catalogue codes, names and quantity × price = amount', () => {
    const p = propose(unlabeled(withHeaders(feeValues, identity(feeValues))));
    expect(p.mapping.target).toBe('fee');
    expect(p.mapping.columns).toEqual({
      feedetl_sn: 'column0',
      fee_ocur_time: 'column2',
      hilist_code: 'column3',
      hilist_name: 'column4',
      cnt: 'column5',
      pric: 'column6',
      det_item_fee_sumamt: 'column7',
    });
  });

  it('recognises person and institution extracts', () => {
    const psn = propose(unlabeled(withHeaders(psnValues, identity(psnValues))));
    expect(psn.mapping.target).toBe('psn');
    expect(psn.mapping.columns).toEqual({
      psn_no: 'column0',
      psn_name: 'column1',
      gend: 'column2',
      brdy: 'column3',
      certno: 'column4',
      insutype: 'column5',
      insu_admdvs: 'column6',
    });
    const medins = propose(unlabeled(withHeaders(medinsValues, identity(medinsValues))));
    expect(medins.mapping.target).toBe('medins');
    expect(medins.mapping.columns).toEqual({
      fixmedins_code: 'column0',
      fixmedins_name: 'column1',
      fixmedins_type: 'column2',
      medins_lv: 'column3',
      admdvs: 'column4',
      open_beds: 'column5',
    });
  });

  it('fills fields the headers left open from values, next to header matches', () => {
    const e = extract(
      ['流水号', '项目', '备注1', '备注2'],
      [feeValues.feedetl_sn, feeValues.hilist_name, feeValues.hilist_code, feeValues.fee_ocur_time],
    );
    const p = propose(e);
    expect(p.mapping.target).toBe('fee');
    expect(p.matches.hilist_code).toMatchObject({ column: '备注1', score: 0.8, reason: 'value-shape' });
    expect(p.matches.hilist_code?.evidence?.en).toBe(
      'the header names nothing; 100 % of sampled values are national catalogue codes',
    );
    expect(p.matches.fee_ocur_time).toMatchObject({ column: '备注2', reason: 'value-shape' });
    expect(p.matches.feedetl_sn).toMatchObject({ column: '流水号', reason: 'header' });
  });
});

describe('proposeMapping: one to one', () => {
  it('never maps a column twice or a field twice', () => {
    const e = extract(
      ['金额', '总金额', '费用总额', '明细金额', '数量', '单价'],
      [
        feeValues.det_item_fee_sumamt,
        feeValues.det_item_fee_sumamt,
        feeValues.det_item_fee_sumamt,
        feeValues.det_item_fee_sumamt,
        feeValues.cnt,
        feeValues.pric,
      ],
    );
    const p = propose(e);
    const used = Object.values(p.mapping.columns);
    expect(new Set(used).size).toBe(used.length);
    expect(p.mapping.target).toBe('fee');
    // Among exact synonyms the dictionary's earlier, more specific wording wins (as AdmissionDt beats
    // ClaimStartDt for begndate): 明细金额 comes before 金额 in det_item_fee_sumamt's list.
    expect(p.mapping.columns.det_item_fee_sumamt).toBe('明细金额');
  });

  it('scores every table, best first, within 0..1', () => {
    const p = propose(withHeaders(feeValues, identity(feeValues)));
    expect(p.targets).toHaveLength(CANONICAL_TABLES.length);
    for (let i = 1; i < p.targets.length; i++) {
      expect(p.targets[i - 1]!.score).toBeGreaterThanOrEqual(p.targets[i]!.score);
    }
    expect(p.targets[0]).toEqual({ target: 'fee', score: 1 });
    expect(p.targets.every((t) => t.score >= 0 && t.score <= 1)).toBe(true);
  });

  it('returns an empty mapping for a file with nothing recognisable', () => {
    const p = propose(extract(['foo', 'bar'], [() => 'x', () => null]), 'raw_junk');
    expect(p.mapping).toEqual({ source: 'raw_junk', target: 'setl', columns: {} });
    expect(p.targets.every((t) => t.score === 0)).toBe(true);
  });
});

describe('proposeMapping: overlapping value shapes', () => {
  it('finds quantity × price = amount even when quantities look like level codes', () => {
    const e = unlabeled(
      extract(
        ['feedetl_sn', 'hilist_code', 'cnt', 'pric', 'amt'],
        [
          feeValues.feedetl_sn,
          feeValues.hilist_code,
          (i) => String(1 + (i % 3)),
          feeValues.pric,
          (i) => ((1 + (i % 3)) * Number(feeValues.pric(i))).toFixed(2),
        ],
      ),
    );
    const p = propose(e);
    expect(p.mapping.target).toBe('fee');
    expect(p.mapping.columns).toMatchObject({
      cnt: 'column2',
      pric: 'column3',
      det_item_fee_sumamt: 'column4',
    });
  });
});
