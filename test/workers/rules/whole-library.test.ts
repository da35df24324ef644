/**
 * The whole rule library (every rule, default parameters) over canonical tables built by
 * buildCanonical from hand-made raw files, with the shipped knowledge sample: over a minimal mapping
 * (keys and amounts only) no rule fails — each runs or is skipped with a reason naming what it lacks —
 * and over a rich mapping no rule is skipped for a field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeEngine } from '../../../node/engine/duckdb-node-engine';
import { KnowledgeBase } from '../../../workers/knowledge/knowledge-base';
import { nhsaSampleRows } from '../../../workers/knowledge/nhsa-sample';
import { buildCanonical } from '../../../workers/mapping/build-canonical';
import { derivedMappingsFor } from '../../../workers/mapping/derived-mapping';
import { RULE_LIBRARY } from '../../../workers/rules/rule-library';
import { dataAvailability } from '../../../workers/rules/rule-session';
import { runRules } from '../../../workers/rules/run-rules';
import { CANONICAL_TABLES, type TableMapping } from '../../../core/mapping/mapping-types';
import type { FindingsSummary, RuleOutcome } from '../../../core/rules/rule-run-types';
import { ruleEngine, testEngine } from './rule-harness';

let engine: NodeEngine;

async function loadCsv(table: string, csv: string): Promise<void> {
  const path = `/claims/${table}.csv`;
  await engine.registerBuffer(path, new TextEncoder().encode(csv));
  await engine.exec(
    `CREATE OR REPLACE TABLE "${table}" AS SELECT * FROM read_csv('${path}', header = true, all_varchar = true)`,
  );
}

/** A settlement export: Chinese headers, a drug-heavy stay, a same-day visit, NA nulls. */
const SETL_CSV = `医疗费总额,结算ID,人员编号,就诊ID,机构编码,机构等级,险种,医疗类别,入院日期,出院日期,结算时间,主诊断,主诊断名称,统筹支付,医生,性别,出生日期
3400.50,S01,P01,M01,H01,三级,310,21,2024-03-01,2024-03-09,2024-03-09 10:00,N40.x00,前列腺增生,2800,D1,女,1950-02-03
80.00,S02,P01,M02,H01,三级,310,11,2024-03-20,2024-03-20,2024-03-20 09:00,J06.900,上呼吸道感染,40,D1,女,1950-02-03
120.00,S03,P02,M03,H02,二级,390,11,2024-04-02,NA,2024-04-02 11:00,O80.000,单胎顺产,60,D2,男,2020-05-05
95.00,S04,P03,M04,H02,二级,390,41,2024-04-03,2024-04-03,2024-04-03 15:00,NA,NA,50,D3,1,1990-09-09
`;

/** Fee lines: no institution, person or visit columns (they come from the settlement). */
const FEE_CSV = `明细流水号,结算ID,医保目录编码,项目名称,数量,单价,金额,收费时间,目录类别,收费类别,开单科室,天数
F01,S01,XJ01CAA040A001010100483,阿莫西林胶囊,2,12.5,25,2024-03-02 08:00,101,09,A03,3
F02,S01,001102000010000,床位费,8,50,400,2024-03-02 08:00,201,01,A03,
F03,S01,XJ01CAA040A001010100483,阿莫西林胶囊,2,12.5,25,2024-03-02 08:00,101,09,A03,3
F04,S02,XJ01CAA040A001010100483,阿莫西林胶囊,1,12.5,12.5,,101,09,B01,2
F05,S03,250101001000000,血常规,1,20,20,2024-04-02 11:30,201,04,C02,
F06,S04,ZA01AAA0001010100001,中成药,1,95,95,2024-04-03 15:10,101,11,,7
`;

const DISE_CSV = `就诊ID,诊断编码,诊断名称,主诊断标志\nM01,N40.x00,前列腺增生,1\nM01,I10.x00,高血压,0\n`;
const DEATH_CSV = `人员编号,死亡日期\nP02,2024-03-15\n`;
const MEDINS_CSV = `机构编码,机构名称,机构类型,等级,床位\nH01,市第一医院,医院,三级,500\nH02,区医院,医院,二级,80\n`;

const setlColumns = (keys: readonly string[]): Record<string, string> => {
  const all: Record<string, string> = {
    setl_id: '结算ID',
    psn_no: '人员编号',
    medfee_sumamt: '医疗费总额',
    mdtrt_id: '就诊ID',
    fixmedins_code: '机构编码',
    medins_lv: '机构等级',
    insutype: '险种',
    med_type: '医疗类别',
    begndate: '入院日期',
    enddate: '出院日期',
    setl_time: '结算时间',
    dise_codg: '主诊断',
    dise_name: '主诊断名称',
    hifp_pay: '统筹支付',
    atddr_no: '医生',
  };
  return Object.fromEntries(keys.map((k) => [k, all[k] ?? '']));
};

const feeColumns = (keys: readonly string[]): Record<string, string> => {
  const all: Record<string, string> = {
    feedetl_sn: '明细流水号',
    setl_id: '结算ID',
    hilist_code: '医保目录编码',
    det_item_fee_sumamt: '金额',
    hilist_name: '项目名称',
    cnt: '数量',
    pric: '单价',
    fee_ocur_time: '收费时间',
    list_type: '目录类别',
    med_chrgitm_type: '收费类别',
    bilg_dept_code: '开单科室',
    prd_days: '天数',
  };
  return Object.fromEntries(keys.map((k) => [k, all[k] ?? '']));
};

/** Builds the given mappings (dropping every other canonical table) and runs the whole library. */
async function runLibrary(mappings: readonly TableMapping[]): Promise<FindingsSummary> {
  for (const table of CANONICAL_TABLES) {
    await engine.exec(`DROP TABLE IF EXISTS "${table}"`);
    await engine.exec(`DROP TABLE IF EXISTS "_problems_${table}"`);
  }
  for (const target of CANONICAL_TABLES) {
    const direct = mappings.filter((m) => m.target === target);
    const derived = mappings.flatMap((m) => derivedMappingsFor(m, target));
    if (direct.length + derived.length > 0) await buildCanonical(engine, target, [...direct, ...derived]);
  }
  return runRules(ruleEngine(engine), RULE_LIBRARY, await dataAvailability(engine, mappings), {
    name: 'findings',
  });
}

const failures = (summary: FindingsSummary): RuleOutcome[] =>
  summary.rules.filter((r) => r.status === 'failed');

beforeAll(async () => {
  engine = await testEngine();
  await new KnowledgeBase(engine).loadNhsa(nhsaSampleRows());
  await loadCsv('raw_setl_x', SETL_CSV);
  await loadCsv('raw_fee_x', FEE_CSV);
  await loadCsv('raw_dise_x', DISE_CSV);
  await loadCsv('raw_death_x', DEATH_CSV);
  await loadCsv('raw_medins_x', MEDINS_CSV);
});
afterAll(async () => engine.close());

describe('the whole rule library', () => {
  it('never fails over a minimal mapping: each rule runs or is skipped with a reason', async () => {
    const summary = await runLibrary([
      { source: 'raw_setl_x', target: 'setl', columns: setlColumns(['setl_id', 'psn_no', 'medfee_sumamt']) },
      {
        source: 'raw_fee_x',
        target: 'fee',
        columns: feeColumns(['feedetl_sn', 'setl_id', 'hilist_code', 'det_item_fee_sumamt']),
      },
    ]);
    expect(summary.rules).toHaveLength(RULE_LIBRARY.length);
    expect(failures(summary).map((r) => [r.ruleId, r.reason?.en])).toEqual([]);
    for (const rule of summary.rules) {
      expect(['ok', 'skipped']).toContain(rule.status);
      if (rule.status === 'skipped') expect(rule.reason?.zh).toMatch(/[\u4e00-\u9fff]/);
    }
    // Fee lines take psn_no from their settlement, so a rule needing fee.psn_no is not skipped for it.
    const reasons = summary.rules.flatMap((r) => (r.reason ? [r.reason.en] : []));
    expect(reasons.some((r) => r.includes('fee.psn_no'))).toBe(false);
    expect(reasons.some((r) => r.includes('setl.med_type (not mapped)'))).toBe(true);
  });

  it('says "mapped but without a value" for a mapped column that is empty throughout', async () => {
    await loadCsv('raw_setl_empty', `id,who,amt,type\nS1,P1,10,NA\nS2,P2,20,\n`);
    const summary = await runLibrary([
      {
        source: 'raw_setl_empty',
        target: 'setl',
        columns: { setl_id: 'id', psn_no: 'who', medfee_sumamt: 'amt', med_type: 'type' },
      },
    ]);
    expect(failures(summary)).toEqual([]);
    const reasons = summary.rules.flatMap((r) => (r.reason ? [r.reason] : []));
    const empty = reasons.find((r) => r.en.includes('setl.med_type'));
    expect(empty?.en).toContain('is mapped but has no values');
    expect(empty?.zh).toContain('已映射但没有任何取值');
  });

  // Descriptive fields (dise_name, atddr_no, hilist_name, fixmedins_name) stay unmapped: they are NULL
  // columns, so no rule fails with "Referenced column not found".
  it('skips no rule for a field over a rich mapping, and runs every rule whose knowledge is loaded', async () => {
    const summary = await runLibrary([
      {
        source: 'raw_setl_x',
        target: 'setl',
        columns: setlColumns([
          'setl_id',
          'psn_no',
          'medfee_sumamt',
          'mdtrt_id',
          'fixmedins_code',
          'medins_lv',
          'insutype',
          'med_type',
          'begndate',
          'enddate',
          'setl_time',
          'dise_codg',
          'hifp_pay',
        ]),
        also: [{ target: 'psn', columns: { psn_no: '人员编号', gend: '性别', brdy: '出生日期' } }],
      },
      {
        source: 'raw_fee_x',
        target: 'fee',
        columns: feeColumns([
          'feedetl_sn',
          'setl_id',
          'hilist_code',
          'det_item_fee_sumamt',
          'cnt',
          'pric',
          'fee_ocur_time',
          'list_type',
          'med_chrgitm_type',
          'bilg_dept_code',
          'prd_days',
        ]),
        constants: { trace_code: 'T-0001', rxno: 'RX1' },
      },
      {
        source: 'raw_dise_x',
        target: 'dise',
        columns: {
          mdtrt_id: '就诊ID',
          dise_codg: '诊断编码',
          dise_name: '诊断名称',
          maindiag_flag: '主诊断标志',
        },
      },
      { source: 'raw_death_x', target: 'death', columns: { psn_no: '人员编号', death_date: '死亡日期' } },
      {
        source: 'raw_medins_x',
        target: 'medins',
        columns: {
          fixmedins_code: '机构编码',
          fixmedins_name: '机构名称',
          fixmedins_type: '机构类型',
          medins_lv: '等级',
          open_beds: '床位',
        },
      },
    ]);
    expect(failures(summary).map((r) => [r.ruleId, r.reason?.en])).toEqual([]);
    const skipped = summary.rules.filter((r) => r.status === 'skipped');
    const forFields = skipped.filter((r) =>
      /Missing field|is mapped but|table .* is not loaded/.test(r.reason?.en ?? ''),
    );
    expect(forFields.map((r) => [r.ruleId, r.reason?.en])).toEqual([]);
    // Every skip names knowledge the sample lacks.
    for (const rule of skipped) expect(rule.reason?.en).toMatch(/[Kk]nowledge/);
    expect(summary.rules.filter((r) => r.status === 'ok').length).toBeGreaterThan(RULE_LIBRARY.length / 2);
  });
});
