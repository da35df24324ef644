import { msg, type Msg } from '../../shared/msg';
import type { AnswerLevel, ScenarioId } from './scenario-ids';
import { substitutionSql } from './substitution-sql';

/** What the catalogue says about one planted scenario. */
export interface ScenarioInfo {
  readonly id: ScenarioId;
  readonly name: Msg;
  /** The behaviour class (违规行为类别) as the rule library names it. */
  readonly behaviour: Msg;
  /** What each answer-key row of this scenario points at. */
  readonly level: AnswerLevel;
  /** The rate `--scenarios all` uses. */
  readonly defaultRate: number;
  /** What the rate is a probability of. */
  readonly rateOf: Msg;
  /** What is planted, and what the answer key's amount is. */
  readonly planted: Msg;
  /** Library rule ids that find it (any of them). */
  readonly rules: readonly string[];
  /** SQL over the canonical tables that finds it, when no library rule does. */
  readonly sql?: string;
}

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
    rateOf: msg(
      '成年人在医院或基层机构的门诊、住院结算',
      "Adults' outpatient and inpatient settlements at hospitals or clinics",
    ),
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
    rateOf: msg(
      '成年人在医院或基层机构的门诊、住院结算',
      "Adults' outpatient and inpatient settlements at hospitals or clinics",
    ),
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
};
