/**
 * Planted cases for the rule kernel on the demo dataset: new catalogue codes (national format, absent from
 * the demo) billed as `PLANT-…` fee lines on real host settlements chosen by SQL, the knowledge rows that
 * restrict those codes (and nothing else), and the answer table `planted_answers` whose amounts come
 * from plain queries over `fee`, not from any rule.
 */
import type { NodeEngine } from '../../../node/engine/duckdb-node-engine';
import { quoteLiteral } from '../../../workers/engine/sql-quote';
import { createKnowledgeTableSql } from '../../../workers/knowledge/kb-schema';
import { KNOWLEDGE_TABLES, type KnowledgeTable } from '../../../core/knowledge/kb-types';

/** The host settlements planted lines are billed on (see `HOST_WHERE`). */
export type HostRole = 'man' | 'woman' | 'child' | 'lv2' | 'inpatient' | 'pharmacy';

/**
 * What a planted line must come out as: violating at its whole amount (`full`) or at the part over a
 * limit (`excess`), a related line of a finding (`related`), or not in any finding (`none`, a near miss).
 */
export type PlantedExpectation = 'full' | 'excess' | 'related' | 'none';

/** One planted fee line. */
export interface PlantedLine {
  readonly sn: string;
  /** The rule the line is planted for (a positive or a near miss of it). */
  readonly rule: string;
  readonly role: HostRole;
  readonly code: string;
  readonly cnt: number;
  readonly pric: number;
  readonly expect: PlantedExpectation;
  /** Days after the admission date (inpatient stays); 0 for visits. */
  readonly day: number;
  /** Clock time of the charge, `HH:MM`. */
  readonly at: string;
  /** For `excess` lines: the expected amount as a plain SQL expression over the line `f` in `fee`. */
  readonly amount?: string;
}

/** Where each host comes from: `c` is a settlement with its person's sex, age at admission and stay length. */
const HOST_WHERE: Readonly<Record<HostRole, string>> = {
  man: `gend = '1' AND age BETWEEN 30 AND 59 AND med_type = '11' AND medins_lv = '1' AND adm_dept_codg = 'A02'`,
  woman: `gend = '2' AND age BETWEEN 30 AND 59 AND med_type = '11' AND medins_lv = '3'
    AND adm_dept_codg NOT LIKE 'A03%'`,
  child: `age BETWEEN 6 AND 15 AND med_type IN ('11', '14') AND strftime(brdy, '%m-%d') <> '02-29'`,
  lv2: `age BETWEEN 18 AND 59 AND med_type = '11' AND medins_lv = '2'`,
  inpatient: `age >= 65 AND med_type = '21' AND medins_lv = '3' AND stay_days >= 5 AND adm_dept_codg LIKE 'A03%'`,
  pharmacy: `med_type = '41' AND medins_lv IS NULL`,
};

/** The planted codes: new, in the national formats (drug X…/Z…, service 15 digits, consumable C…, herb T…). */
export const PLANTED_CODES = {
  childDrugNear: 'XV99PLA001A000000000001',
  childDrugExact: 'XV99PLA002A000000000002',
  sexDrugFemale: 'XV99PLB001A000000000003',
  sexDrugMale: 'ZV99PLB0020000000004',
  levelDrug3: 'XV99PLC001A000000000005',
  levelDrug2: 'XV99PLC002A000000000006',
  maternityDrug: 'XV99PLD001A000000000007',
  maternityService: '009900000070000',
  careDrug: 'XV99PLE001A000000000008',
  maxQtyDrug: 'XV99PLF001A000000000009',
  herbExcluded: 'T990000001',
  herbPayable: 'T990000002',
  sexServiceFemale: '009900000010000',
  sexServiceMale: '009900000020000',
  levelService: '009900000030000',
  careService: '009900000040000',
  deptService: '009900000050000',
  childService: '009900000060000',
  ageService: '009900000080000',
  priceService: '009900000090000',
  pairA: '009900000100000',
  pairB: '009900000110000',
  pairC: '009900000120000',
  pairD: '009900000130000',
  freqDay: '009900000140000',
  freqVisit: '009900000150000',
  totalCap: '009900000160000',
  childConsumable: 'C9900000000000000001',
} as const;
const C = PLANTED_CODES;

/** The limits the planted knowledge sets (the answers' amounts use the same numbers). */
const PRICE_CAP = 30;
const PRICE_CAP_LV3 = 50;
const DAILY_UNITS = 2;
const VISIT_UNITS = 3;
const TOTAL_CAP = 100;
const MAX_QTY = 10;

/** The knowledge rows, per table: only the planted codes. The child limits follow the child host's age. */
export function plantedKnowledge(childAge: number): Record<KnowledgeTable, (string | number)[][]> {
  const r = (code: string, kind: string, param: string | number) => [code, kind, String(param)];
  return {
    kb_restriction: [
      r(C.childDrugNear, 'child', childAge + 1),
      r(C.childDrugExact, 'child', childAge),
      r(C.sexDrugFemale, 'sex', '2'),
      r(C.sexDrugMale, 'sex', '男'),
      r(C.sexServiceFemale, 'sex', '女'),
      r(C.sexServiceMale, 'sex', '1'),
      r(C.levelDrug3, 'medins_lv', '3'),
      r(C.levelDrug2, 'medins_lv', '二级'),
      r(C.levelService, 'medins_lv', '三级甲等'),
      r(C.maternityDrug, 'maternity', ''),
      r(C.maternityService, 'maternity', ''),
      r(C.careDrug, 'med_type', '住院'),
      r(C.careService, 'med_type', 'inpatient'),
      r(C.deptService, 'dept', 'A03'),
      r(C.childService, 'child', childAge + 1),
      r(C.childConsumable, 'child', childAge + 1),
      r(C.ageService, 'age_min', 18),
      r(C.ageService, 'age_max', 60),
      r(C.herbExcluded, 'herbal_excluded', ''),
      r(C.totalCap, 'total_cap', TOTAL_CAP),
      r(C.maxQtyDrug, 'max_qty', MAX_QTY),
    ].map((row) => [...row, 'PLANT 植入知识']),
    kb_price_cap: [
      [C.priceService, '', PRICE_CAP, 'PLANT 植入限价'],
      [C.priceService, '3', PRICE_CAP_LV3, 'PLANT 植入限价'],
    ],
    kb_exclusive_pair: [
      [C.pairA, C.pairB, 'visit', 'PLANT 植入互斥'],
      [C.pairC, C.pairD, 'day', 'PLANT 植入互斥'],
    ],
    kb_frequency: [
      [C.freqDay, 'day', DAILY_UNITS, 'PLANT 植入频次'],
      [C.freqVisit, 'visit', VISIT_UNITS, 'PLANT 植入频次'],
    ],
  };
}

/** Units of the line's code in its settlement (on its day when `sameDay`), by a plain aggregate. */
const unitsSql = (sameDay: boolean): string =>
  `(SELECT sum(g.cnt) FROM fee g WHERE g.setl_id = f.setl_id AND g.hilist_code = f.hilist_code${
    sameDay ? ' AND CAST(g.fee_ocur_time AS DATE) = CAST(f.fee_ocur_time AS DATE)' : ''
  })`;
const overPrice = (cap: number): string => `(f.pric - ${cap}) * f.cnt`;
const overUnits = (limit: number, sameDay: boolean): string => `(${unitsSql(sameDay)} - ${limit}) * f.pric`;
const overTotal = (cap: number): string =>
  `(SELECT sum(g.det_item_fee_sumamt) FROM fee g WHERE g.setl_id = f.setl_id AND g.hilist_code = f.hilist_code) - ${cap}`;

type LineArgs = [
  sn: string,
  role: HostRole,
  code: string,
  cnt: number,
  pric: number,
  expect: PlantedExpectation,
];
type LineMore = { day?: number; at?: string; amount?: string };
const group = (rule: string, lines: readonly (readonly [...LineArgs, LineMore?])[]): PlantedLine[] =>
  lines.map(([sn, role, code, cnt, pric, expect, more]) => ({
    sn: `PLANT-${sn}`,
    rule,
    role,
    code,
    cnt,
    pric,
    expect,
    day: more?.day ?? 0,
    at: more?.at ?? '10:00',
    ...(more?.amount ? { amount: more.amount } : {}),
  }));

/** Every planted line: per rule at least two positives and at least one near miss. */
export const PLANTED_LINES: readonly PlantedLine[] = [
  ...group('GZ10000101007000', [
    ['CHD-1', 'man', C.childDrugNear, 1, 12.5, 'full'],
    ['CHD-2', 'child', C.childDrugNear, 1, 12.5, 'none'], // one year under the limit
    ['CHD-3', 'child', C.childDrugExact, 2, 8.8, 'full'], // exactly the limit age
    ['CHD-4', 'woman', C.childDrugExact, 1, 8.8, 'full'],
  ]),
  ...group('GZ10000301004000', [
    ['DSX-1', 'man', C.sexDrugFemale, 1, 45.6, 'full'],
    ['DSX-2', 'woman', C.sexDrugFemale, 1, 45.6, 'none'],
    ['DSX-3', 'woman', C.sexDrugMale, 2, 33.3, 'full'],
    ['DSX-4', 'man', C.sexDrugMale, 2, 33.3, 'none'],
  ]),
  ...group('GZ10000302004000', [
    ['SSX-1', 'man', C.sexServiceFemale, 1, 120, 'full'],
    ['SSX-2', 'woman', C.sexServiceFemale, 1, 120, 'none'],
    ['SSX-3', 'woman', C.sexServiceMale, 1, 95.5, 'full'],
    ['SSX-4', 'man', C.sexServiceMale, 1, 95.5, 'none'],
  ]),
  ...group('GZ10000101012000', [
    ['DLV-1', 'man', C.levelDrug3, 3, 21.4, 'full'], // level 1 < 3
    ['DLV-2', 'lv2', C.levelDrug3, 1, 21.4, 'full'], // level 2 < 3
    ['DLV-3', 'woman', C.levelDrug3, 1, 21.4, 'none'], // level 3
    ['DLV-4', 'pharmacy', C.levelDrug3, 1, 21.4, 'none'], // level unknown
    ['DLV-5', 'man', C.levelDrug2, 1, 66, 'full'], // level 1 < 2
    ['DLV-6', 'lv2', C.levelDrug2, 1, 66, 'none'], // exactly level 2
  ]),
  ...group('GZ10000102011000', [
    ['SLV-1', 'man', C.levelService, 1, 210, 'full'],
    ['SLV-2', 'lv2', C.levelService, 2, 210, 'full'],
    ['SLV-3', 'inpatient', C.levelService, 1, 210, 'none', { day: 1 }],
  ]),
  ...group('GZ10000101002000', [
    ['MAT-1', 'man', C.maternityDrug, 1, 58.2, 'full'],
    ['MAT-2', 'pharmacy', C.maternityDrug, 2, 58.2, 'full'],
    ['MAT-3', 'woman', C.maternityService, 1, 80, 'none'], // a service item: outside the drug rule
  ]),
  ...group('NHSA2025-13', [
    ['DCS-1', 'man', C.careDrug, 1, 150, 'full'], // outpatient
    ['DCS-2', 'pharmacy', C.careDrug, 1, 150, 'full'],
    ['DCS-3', 'inpatient', C.careDrug, 2, 150, 'none', { day: 1 }],
  ]),
  ...group('GZ10000102009000', [
    ['SCS-1', 'man', C.careService, 1, 36, 'full'],
    ['SCS-2', 'woman', C.careService, 1, 36, 'full'],
    ['SCS-3', 'inpatient', C.careService, 1, 36, 'none', { day: 2 }],
  ]),
  ...group('GZ10000102008000', [
    ['DEP-1', 'man', C.deptService, 1, 48, 'full'], // billed by A02
    ['DEP-2', 'woman', C.deptService, 1, 48, 'full'], // a department outside A03
    ['DEP-3', 'inpatient', C.deptService, 1, 48, 'none', { day: 1 }], // A03.xx starts with A03
  ]),
  ...group('GZ10000102006000', [
    ['CHS-1', 'man', C.childService, 1, 25, 'full'],
    ['CHS-2', 'woman', C.childService, 1, 25, 'full'],
    ['CHS-3', 'child', C.childService, 1, 25, 'none'],
  ]),
  ...group('GZ10000103002000', [
    ['CHC-1', 'man', C.childConsumable, 2, 17.5, 'full'],
    ['CHC-2', 'inpatient', C.childConsumable, 1, 17.5, 'full', { day: 2 }],
    ['CHC-3', 'child', C.childConsumable, 1, 17.5, 'none'],
  ]),
  ...group('NHSA2025-29', [
    ['AGE-1', 'child', C.ageService, 1, 60, 'full'], // under 18
    ['AGE-2', 'inpatient', C.ageService, 1, 60, 'full', { day: 1 }], // over 60
    ['AGE-3', 'man', C.ageService, 1, 60, 'none'],
    ['AGE-4', 'woman', C.ageService, 1, 60, 'none'],
  ]),
  ...group('GZ10000102001000', [
    ['PRC-1', 'man', C.priceService, 2, 35, 'excess', { amount: overPrice(PRICE_CAP) }],
    ['PRC-2', 'lv2', C.priceService, 3, 30, 'none'], // exactly the cap
    ['PRC-3', 'woman', C.priceService, 1, 45, 'none'], // over the general cap, under level 3's
    ['PRC-4', 'inpatient', C.priceService, 4, 62.5, 'excess', { day: 1, amount: overPrice(PRICE_CAP_LV3) }],
  ]),
  ...group('GZ10000102012000', [
    ['PAR-1', 'man', C.pairA, 1, 90, 'related', { at: '09:00' }],
    ['PAR-2', 'man', C.pairB, 1, 40, 'full', { at: '09:30' }],
    ['PAR-3', 'inpatient', C.pairA, 1, 90, 'related', { day: 1 }],
    ['PAR-4', 'inpatient', C.pairB, 1, 40, 'full', { day: 3 }], // same stay, another day
    ['PAR-5', 'woman', C.pairB, 1, 40, 'none'], // B without A
    ['PAR-6', 'inpatient', C.pairC, 1, 75, 'related', { day: 1, at: '08:00' }],
    ['PAR-7', 'inpatient', C.pairD, 1, 22, 'full', { day: 1, at: '16:00' }],
    ['PAR-8', 'inpatient', C.pairD, 1, 22, 'none', { day: 2 }], // D on a day without C
    ['PAR-9', 'woman', C.pairC, 1, 75, 'related', { at: '09:00' }],
    ['PAR-10', 'woman', C.pairD, 2, 22, 'full', { at: '11:00' }],
  ]),
  ...group('GZ10000101003000', [
    ['HRB-1', 'inpatient', C.herbExcluded, 15, 0.86, 'full', { day: 1 }],
    ['HRB-2', 'inpatient', C.herbPayable, 10, 0.52, 'none', { day: 1 }], // payable piece of the same day
    ['HRB-3', 'woman', C.herbExcluded, 9, 0.86, 'full'],
  ]),
  ...group('GZ10000102014000', [
    ['FRQ-1', 'inpatient', C.freqDay, 2, 18, 'related', { day: 1, at: '09:00' }],
    [
      'FRQ-2',
      'inpatient',
      C.freqDay,
      1,
      18,
      'excess',
      { day: 1, at: '15:00', amount: overUnits(DAILY_UNITS, true) },
    ],
    ['FRQ-3', 'inpatient', C.freqDay, 1, 18, 'none', { day: 2, at: '09:00' }], // exactly 2 that day
    ['FRQ-4', 'inpatient', C.freqDay, 1, 18, 'none', { day: 2, at: '15:00' }],
    ['FRQ-5', 'inpatient', C.freqDay, 5, 18, 'excess', { day: 3, amount: overUnits(DAILY_UNITS, true) }],
    ['FRQ-6', 'woman', C.freqDay, 2, 18, 'none'],
    ['FRV-1', 'inpatient', C.freqVisit, 2, 27, 'related', { day: 1 }],
    ['FRV-2', 'inpatient', C.freqVisit, 2, 27, 'excess', { day: 2, amount: overUnits(VISIT_UNITS, false) }],
    ['FRV-3', 'man', C.freqVisit, 3, 27, 'none'], // exactly 3 in the visit
  ]),
  ...group('GZ10000102015000', [
    ['TCP-1', 'inpatient', C.totalCap, 2, 30, 'related', { day: 1 }],
    ['TCP-2', 'inpatient', C.totalCap, 1, 70, 'excess', { day: 2, amount: overTotal(TOTAL_CAP) }],
    ['TCP-3', 'man', C.totalCap, 1, 150, 'excess', { amount: overTotal(TOTAL_CAP) }],
    ['TCP-4', 'woman', C.totalCap, 2, 25, 'none', { at: '09:00' }], // 50 + 50 = exactly the cap
    ['TCP-5', 'woman', C.totalCap, 1, 50, 'none', { at: '11:00' }],
  ]),
  ...group('GZ10000101009000', [
    ['MQT-1', 'inpatient', C.maxQtyDrug, 6, 3.5, 'related', { day: 1 }],
    ['MQT-2', 'inpatient', C.maxQtyDrug, 8, 3.5, 'excess', { day: 2, amount: overUnits(MAX_QTY, false) }],
    ['MQT-3', 'woman', C.maxQtyDrug, 12, 2.25, 'excess', { amount: overUnits(MAX_QTY, false) }],
    ['MQT-4', 'man', C.maxQtyDrug, 4, 3.5, 'none', { at: '09:00' }], // 4 + 6 = exactly the cap
    ['MQT-5', 'man', C.maxQtyDrug, 6, 3.5, 'none', { at: '11:00' }],
    ['MQT-6', 'lv2', C.maxQtyDrug, 12, 3.5, 'none', { at: '09:00' }], // 12 − 2 refunded = the cap
    ['MQT-7', 'lv2', C.maxQtyDrug, -2, 3.5, 'none', { at: '11:00' }],
  ]),
];

/** The rules lines are planted for. */
export const PLANTED_RULES: readonly string[] = [...new Set(PLANTED_LINES.map((l) => l.rule))];

/**
 * Picks the host settlements (`planted_hosts`), replaces the knowledge tables with the planted rows,
 * inserts the planted fee lines and writes `planted_answers(rule_id, feedetl_sn, expected_kind,
 * expected_amount)`. Returns the child host's age (the child limits' reference).
 */
export async function plantCases(engine: NodeEngine): Promise<number> {
  const picks = Object.entries(HOST_WHERE).map(
    ([role, where]) =>
      `SELECT '${role}' AS role, * FROM (SELECT * FROM c WHERE ${where} ORDER BY setl_id LIMIT 1)`,
  );
  await engine.exec(`CREATE OR REPLACE TABLE planted_hosts AS
    WITH c AS (
      SELECT s.*, p.gend, p.brdy, date_part('year', age(CAST(s.begndate AS DATE), p.brdy)) AS age,
        date_diff('day', CAST(s.begndate AS DATE), CAST(s.enddate AS DATE)) AS stay_days
      FROM setl s JOIN psn p USING (psn_no))
    ${picks.join('\nUNION ALL BY NAME\n')}`);
  const [child] = await engine.rows<{ age: number }>(
    `SELECT CAST(age AS INTEGER) AS age FROM planted_hosts WHERE role = 'child'`,
  );
  if (!child) throw new Error('no child host in the demo data');

  const knowledge = plantedKnowledge(child.age);
  for (const table of KNOWLEDGE_TABLES) {
    await engine.exec(createKnowledgeTableSql(table));
    const rows = knowledge[table].map((row) => `(${row.map(literal).join(', ')})`);
    await engine.exec(`INSERT INTO ${table} VALUES ${rows.join(', ')}`);
  }

  const values = PLANTED_LINES.map((l) =>
    [l.sn, l.role, l.day, `${l.at}:00`, l.code, `植入项目 ${l.code}`, l.cnt, l.pric].map(literal).join(', '),
  );
  await engine.exec(`INSERT INTO fee BY NAME
    SELECT v.sn AS feedetl_sn, h.setl_id, h.mdtrt_id, h.psn_no, h.fixmedins_code,
      CAST(CAST(h.begndate AS DATE) + CAST(v.day AS INTEGER) AS TIMESTAMP) + CAST(v.clock AS INTERVAL) AS fee_ocur_time,
      v.code AS hilist_code, v.name AS hilist_name, CAST(v.cnt AS DECIMAL(18,4)) AS cnt,
      CAST(v.pric AS DECIMAL(18,4)) AS pric, CAST(v.cnt * v.pric AS DECIMAL(18,2)) AS det_item_fee_sumamt,
      h.adm_dept_codg AS bilg_dept_code, h.atddr_no AS bilg_dr_code, 'planted' AS _src, false AS _flagged
    FROM (VALUES (${values.join('), (')})) v(sn, role, day, clock, code, name, cnt, pric)
    JOIN planted_hosts h USING (role)`);

  const answers = PLANTED_LINES.filter((l) => l.expect === 'full' || l.expect === 'excess').map((l) => {
    if (l.expect === 'excess' && !l.amount) throw new Error(`${l.sn}: an excess line needs its amount`);
    return `SELECT ${literal(l.rule)} AS rule_id, f.feedetl_sn, ${literal(l.expect)} AS expected_kind,
      CAST(${l.expect === 'full' ? 'f.det_item_fee_sumamt' : l.amount} AS DECIMAL(18,2)) AS expected_amount
      FROM fee f WHERE f.feedetl_sn = ${literal(l.sn)}`;
  });
  await engine.exec(`CREATE OR REPLACE TABLE planted_answers AS ${answers.join('\nUNION ALL\n')}`);
  return child.age;
}

function literal(v: string | number): string {
  return typeof v === 'number' ? `CAST(${v} AS DECIMAL(18,4))` : quoteLiteral(v);
}
