import { msg, type Msg } from '../../../core/shared/msg';
import type { AnswerLevel, ScenarioId } from './scenario-ids';
import { crossRegionSql } from './cross-region-sql';
import { substitutionSql } from './substitution-sql';
import { upcodingSql } from './upcoding-sql';

/** What the catalogue says about one planted scenario. */
export interface ScenarioInfo {
  readonly id: ScenarioId;
  readonly name: Msg;
  /** The behaviour class (违规行为类别) as the rule library names it. */
  readonly behaviour: Msg;
  /** What each answer-key row of this scenario points at (the level it is scored at). */
  readonly level: AnswerLevel;
  /** Whether the answer key also names each person involved (a `psn` row: rings, resellers, card lenders). */
  readonly alsoPerson?: boolean;
  /** The rate `--scenarios all` uses. */
  readonly defaultRate: number;
  /** What the rate is a probability of. */
  readonly rateOf: Msg;
  /** What is planted, and what the answer key's amount is. */
  readonly planted: Msg;
  /** Library rule ids that find it (any of them). */
  readonly rules: readonly string[];
  /**
   * SQL over the canonical tables that finds it when no library rule does (the "model": explainable
   * indicators), one row per flagged item with its key column (setl_id or feedetl_sn) and psn_no.
   */
  readonly sql?: string;
  /**
   * The library model that finds it (`workers/models/library/`), run at its defaults: the scenario's
   * flagged items are read from the model's `<output>_links` for the entities it ranks — `setl_id` at the
   * settlement level, `feedetl_sn` at the fee level (the model's links carry the lines), `psn_no` at the
   * person level (`personModel`, when given, is the model whose links name the people).
   */
  readonly model?: { readonly id: string; readonly personModel?: string };
}

/** What the rate of the two scenarios planting a restricted item for an adult is a probability of. */
const ADULT_CARE_SETTLEMENTS = msg(
  '成年人在医院或基层机构的门诊、住院结算',
  "Adults' outpatient and inpatient settlements at hospitals or clinics",
);

/** Every scenario, keyed by id. Rates are probabilities per eligible unit, drawn independently. */
export const SCENARIO_CATALOG: Readonly<Record<ScenarioId, ScenarioInfo>> = {
  'split-admission': {
    id: 'split-admission',
    name: msg('分解住院', 'Split admission'),
    behaviour: msg('分解住院', 'Split admission'),
    level: 'setl',
    defaultRate: 0.05,
    rateOf: msg(
      '住院 6 天及以上的普通住院（不含放化疗、产科）',
      'Stays of 6 days or more (no chemotherapy, obstetrics)',
    ),
    planted: msg(
      '一次住院在中途办出院，2–5 天后以同一诊断再入同一医院；答案为后一次住院，金额为其医疗费总额',
      'A stay discharged midway and readmitted to the same hospital 2–5 days later with the same diagnosis; the answer is the second stay, amount its total',
    ),
    rules: ['GZ10000204001000'],
  },
  'phantom-stay': {
    id: 'phantom-stay',
    name: msg('挂床住院', 'Phantom stay'),
    behaviour: msg('挂床住院', 'Phantom stay'),
    level: 'setl',
    defaultRate: 0.02,
    rateOf: msg('45 岁及以上参保人（每人至多一次）', 'Persons aged 45 or more (at most one each)'),
    planted: msg(
      '一次额外住院，几乎每天只有床位、护理和诊查费，最多入院当日有治疗；金额为其医疗费总额',
      'An extra stay with only bed, nursing and ward-round fees on nearly every day, treatment at most on the admission day; amount its total',
    ),
    rules: ['CL-BHV-003'],
  },
  'duplicate-charge': {
    id: 'duplicate-charge',
    name: msg('重复收费', 'Duplicate charging'),
    behaviour: msg('重复收费', 'Duplicate charging'),
    level: 'fee',
    defaultRate: 0.01,
    rateOf: msg('医院或基层机构的结算', 'Settlements at hospitals or clinics'),
    planted: msg(
      '一条服务项目或耗材明细在同一时间以同一单价再收一次；答案为多出的一条，金额为其金额',
      'A service or consumable line charged once more at the same time and unit price; the answer is the copy, amount its amount',
    ),
    rules: ['CL-CHG-001'],
  },
  'over-price': {
    id: 'over-price',
    name: msg('超标准收费', 'Charging above the price cap'),
    behaviour: msg('超标准收费', 'Charging above the standard'),
    level: 'fee',
    defaultRate: 0.01,
    rateOf: msg('医院或基层机构的结算', 'Settlements at hospitals or clinics'),
    planted: msg(
      '一个医疗服务项目在本次结算的各条明细按高于限价 20%–80% 的单价收费（kb_price_cap 为各级限价）；金额为超出部分（单价差 × 数量）',
      "One service item charged 20–80% above its price cap on all of a settlement's lines (kb_price_cap holds the caps per level); amount the excess (price difference × quantity)",
    ),
    rules: ['GZ10000102001000'],
  },
  'sex-mismatch': {
    id: 'sex-mismatch',
    name: msg('限性别项目用于异性', 'Sex-specific item for the other sex'),
    behaviour: msg('不合理诊疗', 'Inappropriate treatment'),
    level: 'fee',
    defaultRate: 0.01,
    rateOf: ADULT_CARE_SETTLEMENTS,
    planted: msg(
      '男性收取妇科检查或女性用药、女性收取前列腺检查或男性用药（kb_restriction 的 sex 行）；金额为该明细金额',
      'A man billed a gynaecological exam or a drug for women, a woman a prostate exam or a drug for men (kb_restriction sex rows); amount the line',
    ),
    rules: ['GZ10000302004000', 'GZ10000301004000'],
  },
  'child-drug-adult': {
    id: 'child-drug-adult',
    name: msg('限儿童药品用于成人', 'Child-only drug billed for an adult'),
    behaviour: msg('超医保支付范围', 'Outside the payment scope'),
    level: 'fee',
    defaultRate: 0.01,
    rateOf: ADULT_CARE_SETTLEMENTS,
    planted: msg(
      '医院为成人开具限儿童使用的药品；与药店、感冒门诊中偶见的同类噪声不同，只有这些计入答案；金额为该明细金额',
      'A hospital bills a child-only drug for an adult; unlike the same noise at pharmacies and cold visits, only these are in the answer key; amount the line',
    ),
    rules: ['GZ10000101007000'],
  },
  substitution: {
    id: 'substitution',
    name: msg('串换耗材', 'Substituted consumable'),
    behaviour: msg('串换', 'Substitution'),
    level: 'fee',
    defaultRate: 0.05,
    rateOf: msg(
      '有低值耗材、无手术的门诊或住院结算',
      'Outpatient or inpatient settlements with a low-value consumable and no surgery',
    ),
    planted: msg(
      '一条低值耗材（输液器、留置针等）按高值手术耗材（缝线、腹腔镜穿刺器）的编码和价格收费，当日并无手术；金额为多收部分',
      'A low-value consumable (infusion set, cannula …) billed under a high-value surgical consumable (suture, trocar) code and price on a day without surgery; amount the overcharge',
    ),
    rules: [],
    sql: substitutionSql(),
  },
  'trace-code-reuse': {
    id: 'trace-code-reuse',
    name: msg('同一追溯码重复结算', 'Traceability code settled twice'),
    behaviour: msg('串换药品', 'Substituted drugs'),
    level: 'fee',
    defaultRate: 0.05,
    rateOf: msg('在同一药店的再次购药', 'Repeat purchases at the same pharmacy'),
    planted: msg(
      '药店在再次购药时加收一盒此前售出药品，扫的是前次售出那盒的追溯码（fee.trace_code）；金额为该明细金额',
      'At a repeat purchase the pharmacy bills one more box of a drug sold before, scanning the trace code of the box sold then (fee.trace_code); amount the line',
    ),
    rules: ['CL-BHV-007'],
  },
  'fake-hospital-ring': {
    id: 'fake-hospital-ring',
    name: msg('虚假住院（团伙）', 'Fake hospitalisation ring'),
    behaviour: msg('虚假住院', 'Fake hospitalisation'),
    level: 'setl',
    alsoPerson: true,
    defaultRate: 0.15,
    rateOf: msg(
      '每 100 名参保人一组，成团伙的概率（每组中在团伙医院所在城市居住并参保、40–80 岁的前 5 人为成员，不足 3 人不成团）',
      'Blocks of 100 insured people: chance the block holds a ring (its first 5 people aged 40–80 living and insured in the city of the ring’s hospital; no ring with fewer than 3)',
    ),
    planted: msg(
      '同一团伙 5 人一年内 4 次在同一医院同日入院、同样住 3–4 天，以慢病检查为诊断，只有床位、护理、诊查和入院化验；答案为每次住院（金额为其医疗费总额）及每名成员（金额为其合计）。另有约一半数量的正常“同批入院”组（照常治疗）作为噪声',
      'Five people of a ring admitted together four times a year to one hospital for the same 3–4 days with a check-up diagnosis, billed only bed, nursing, ward rounds and admission labs; the answers are each stay (amount its total) and each member (amount their sum). Half as many ordinary cohorts admitted together but treated as usual are noise',
    ),
    rules: [],
    model: { id: 'fake-admission-ring', personModel: 'fake-admission-ring-people' },
  },
  'drug-resale': {
    id: 'drug-resale',
    name: msg('频繁购药与倒卖药品', 'Frequent purchases and drug resale'),
    behaviour: msg('倒卖医保药品', 'Reselling insured drugs'),
    level: 'setl',
    alsoPerson: true,
    defaultRate: 0.005,
    rateOf: msg(
      '18–70 岁参保人成为倒药者的概率；其 20 倍为每 150 人一组出现“中间人”（6 人借卡）的概率',
      'Chance an insured person aged 18–70 is a reseller; 20 times it is the chance a block of 150 people has a middleman (6 lent cards)',
    ),
    planted: msg(
      '倒药者四周内在多家药店购买同一高值药品 8–11 次、每次 3–6 盒；中间人持 6 人医保卡在同一药店一小时内连续购买同一高值药，共 3 天。答案为这些购药结算及涉及人员。噪声：糖尿病患者每月在一两家药店大量购买胰岛素',
      'A reseller buys one high-value drug 8–11 times in four weeks at many pharmacies, 3–6 boxes each; a middleman swipes six people’s cards for the same high-value drug at one pharmacy within an hour, on three days. The answers are these purchases and the people. Noise: diabetics buying insulin in bulk monthly at one or two pharmacies',
    ),
    rules: ['GZ10000204003000'],
    model: { id: 'drug-resale' },
  },
  'cash-out': {
    id: 'cash-out',
    name: msg('药店套现', 'Pharmacy cash-out'),
    behaviour: msg('套取医保基金', 'Cashing out insurance funds'),
    level: 'setl',
    defaultRate: 0.1,
    rateOf: msg(
      '每 100 名参保人一组，出现套现药店的概率',
      'Blocks of 100 insured people: chance the block has a cash-out pharmacy',
    ),
    planted: msg(
      '某药店在两个时段内，组内四分之一的在职职工在一小时内各刷出 200/300/500/1000 元整数金额（药品加饮片凑整）；答案为这些结算，金额为其总额。噪声：同样数量的药店促销高峰，金额不整',
      'At one pharmacy, in one hour on two days, a quarter of a block’s employees each settle a round 200/300/500/1000 yuan (a drug plus herbs making up the sum); the answers are these settlements, amount their totals. Noise: as many pharmacy rush hours with uneven baskets',
    ),
    rules: [],
    model: { id: 'cash-out' },
  },
  'doctor-outlier': {
    id: 'doctor-outlier',
    name: msg('医生处方远超同行', 'Doctor prescribing far above peers'),
    behaviour: msg('过度诊疗', 'Excessive treatment'),
    level: 'fee',
    defaultRate: 0.05,
    rateOf: msg('医院医生', 'Hospital doctors'),
    planted: msg(
      '医生在九成成人门诊中加开一种偏好药品，用量为常规的 8–12 倍；答案为加开的明细，金额为其金额（该医生常规处方的同药不在答案中）',
      'A doctor adds a favourite drug, at 8–12 times the usual quantity, to nine in ten adult outpatient visits; the answers are the added lines, amount each line (their ordinary prescriptions of the drug are not answers)',
    ),
    rules: [],
    model: { id: 'doctor-outlier' },
  },
  'cross-region': {
    id: 'cross-region',
    name: msg('异地就医费用虚高', 'Cross-region cost inflation'),
    behaviour: msg('过度诊疗', 'Excessive treatment'),
    level: 'setl',
    defaultRate: 0.3,
    rateOf: msg('三级医院（至少一家）', 'Level-3 hospitals (at least one)'),
    planted: msg(
      '医院对异地参保人（参保地 ≠ 就医地）九成的门诊和住院按 3–4 倍数量收取药品、检查、化验、治疗和耗材；答案为这些结算，金额为其总额。噪声：各医院异地住院病人略重，部分项目用量多约三成',
      'A hospital bills patients insured elsewhere (insu_admdvs ≠ mdtrt_admdvs) 3–4 times the quantities of drugs, exams, labs, treatments and consumables on nine in ten visits and stays; the answers are these settlements, amount their totals. Noise: at every hospital non-local inpatients are somewhat sicker, some items about a third more',
    ),
    rules: [],
    sql: crossRegionSql(),
  },
  'service-after-death': {
    id: 'service-after-death',
    name: msg('死亡后就医', 'Service after death'),
    behaviour: msg('虚构医药服务', 'Fabricated services'),
    level: 'setl',
    defaultRate: 0.02,
    rateOf: msg('60 岁及以上参保人', 'Insured people aged 60 or more'),
    planted: msg(
      '参保人登记死亡（death 表）后，其医保卡仍在门诊和药店结算（至少两次）；答案为死亡后的结算，金额为其总额。噪声：按年龄死亡率登记的正常死亡（死亡后无结算，住院中死亡者当日出院）',
      'After a registered death (the death table) the person’s card is still used at outpatient visits and pharmacies (at least twice); the answers are the settlements after death, amount their totals. Noise: ordinary deaths at age-specific rates (no settlements after; those dying in hospital discharged that day)',
    ),
    rules: ['CL-BHV-005', 'CL-BHV-004'],
  },
  upcoding: {
    id: 'upcoding',
    name: msg('高套编码（DRG）', 'DRG upcoding'),
    behaviour: msg('高套病组', 'Upcoding'),
    level: 'setl',
    defaultRate: 0.1,
    rateOf: msg('二、三级医院（至少一家）', 'Level-2 and level-3 hospitals (at least one)'),
    planted: msg(
      '医院把七成无并发症住院编为有并发症（setl.drg_code 末位 5 → 3 CC 或 1 MCC，cc_flag 同步），其 CC/MCC 占比远高于同级医院；答案为被改编的住院，金额为其总额',
      'A hospital codes seven in ten stays without complications as with one (setl.drg_code last digit 5 → 3 CC or 1 MCC, cc_flag alike), so its CC/MCC share is far above its level’s; the answers are the recoded stays, amount their totals',
    ),
    rules: [],
    sql: upcodingSql(),
  },
};
