/**
 * What the corpus hands out: per layout, the files an outsider would hand over and the answer key of
 * the cases planted in them, by rule family.
 */

/**
 * The rule families planted, each with the shipped rules (ids) whose findings count as finding it. A
 * family is a meaning (重复收费, 限性别…); several rules of the library may express it.
 */
export const FAMILY_RULES = {
  /** 重复收费: the same item charged twice at the same time in one visit. */
  duplicate_charge: ['CL-CHG-001'],
  /** 超限定频次: more units of an item in a day than the knowledge allows. */
  frequency: ['GZ10000102014000', 'NHSA2025-31'],
  /** 限性别: a drug or item restricted to one sex, billed for the other. */
  sex_specific: ['GZ10000301004000', 'GZ10000302004000'],
  /** 限儿童/儿童专用: a drug or item for children, billed for an adult. */
  child_only: [
    'GZ10000101007000',
    'GZ10000301002000',
    'GZ10000102006000',
    'GZ10000302003000',
    'GZ10000103002000',
  ],
  /** 死亡后就医: care after the registered death. */
  after_death: ['CL-BHV-004', 'CL-BHV-005'],
  /** 分解住院: readmission to the same institution within days, same condition. */
  split_admission: ['GZ10000204001000'],
  /** 计费日期与住院时间不符: a stay's charge dated after discharge. */
  charge_outside_stay: ['GZ10000201008000'],
  /** 限医疗机构级别: a drug paid only from a level up, billed at a lower-level institution. */
  institution_level: ['GZ10000101012000', 'GZ10000102011000'],
  /** 住院期间门诊: an outpatient visit on a day strictly inside a stay elsewhere. */
  visit_during_stay: ['CL-BHV-002'],
  /** 同时住院: two stays of one person at two institutions overlapping. */
  concurrent_admission: ['CL-BHV-001'],
  /** 医疗服务项目重复收费 (互斥项目): an item charged with an item it includes. */
  exclusive_pair: ['GZ10000102012000'],
  /** 追溯码重复: one drug package's traceability code sold in two purchases. */
  trace_code_reuse: ['CL-BHV-007'],
  /** 重复结算: one purchase settled twice. */
  duplicate_settlement: ['CL-BHV-006'],
  /** 频繁购药: a person buying at pharmacies on many days of one month. */
  frequent_pharmacy: ['GZ10000204003000'],
} as const satisfies Record<string, readonly string[]>;

/** A planted rule family. */
export type CaseFamily = keyof typeof FAMILY_RULES;

/**
 * One planted case and the keys a finding must name to find it: one of its settlement (or visit) ids,
 * one of its fee line ids, or (`person`) its person id — as the extract spells them.
 */
export interface PlantedCase {
  readonly id: string;
  readonly family: CaseFamily;
  readonly settlements: readonly string[];
  readonly lines: readonly string[];
  /** Only for families whose finding is about a person over several settlements. */
  readonly person?: string;
  /** What was planted, for a reader of the answer key. */
  readonly note: string;
}

/** One file of an extract, as bytes. */
export interface CorpusFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly mimeType: string;
}

/** One extract: its files and its answer key. */
export interface CorpusLayout {
  /** `a-bureau-gbk`, … */
  readonly id: string;
  readonly title: string;
  readonly files: readonly CorpusFile[];
  readonly cases: readonly PlantedCase[];
  /** Settlement ids of the extract (for checks that nothing else shows up). */
  readonly settlementIds: readonly string[];
}
