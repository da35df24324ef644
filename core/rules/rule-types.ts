import type { CanonicalTable } from '../mapping/mapping-types';
import type { KnowledgeTable } from '../knowledge/kb-types';
import type { Msg } from '../shared/msg';

/** A rule's id: the NHSA code where one exists (e.g. `GZ10000101007000`), else a ClaimLens code. */
export type RuleId = string & { readonly __brand: 'RuleId' };

/** Brands a string as a rule id (the caller has checked it: see `isValidRuleId`). */
export function ruleId(id: string): RuleId {
  return id as RuleId;
}

/** Whether `id` can be a rule id: a letter, then up to 63 letters, digits, `_`, `.` or `-`. */
export function isValidRuleId(id: string): boolean {
  return /^[A-Za-z][\w.-]{0,63}$/.test(id);
}

/** Framework 1.0's first tier (一级分类). */
export const RULE_TIERS = ['政策类', '管理类', '医疗类'] as const;
/** A first-tier class. */
export type RuleTier = (typeof RULE_TIERS)[number];

/**
 * 明确违规 (a clear violation of a policy restriction: may be refused automatically) or 可疑
 * (suspicious: the provider is heard first).
 */
export type ResultType = '明确违规' | '可疑';

/** The national review interface's severity (`sev_deg`). */
export type Severity = '明确违规' | '高度可疑' | '可疑';

/** Where a rule applies: inpatient stays, outpatient visits, pharmacy purchases. */
export const RULE_SCENES = ['inpatient', 'outpatient', 'pharmacy'] as const;
/** A care setting a rule applies to. */
export type RuleScene = (typeof RULE_SCENES)[number];

/** The time window a rule looks at (NHSA: 当次门诊/当次住院/自然日/单日/自然月/季度/自然年/医保年度). */
export type RuleWindow = 'line' | 'visit' | 'day' | 'days' | 'month' | 'quarter' | 'year' | 'period';

/** Where a rule comes from. */
export type RuleOrigin = 'nhsa-1.0' | 'nhsa-2025' | 'regulation' | 'custom';

/** A rule parameter's definition: the user may change its value within the bounds. */
export interface RuleParameterDef {
  /** Referenced in the rule's SQL as `$name`. */
  readonly name: string;
  readonly label: Msg;
  readonly kind: 'integer' | 'number' | 'text';
  readonly default: number | string;
  /** Inclusive bounds for numbers. */
  readonly min?: number;
  readonly max?: number;
  readonly unit?: Msg;
}

/** A parameter value. */
export type RuleParameterValue = number | string;

/** What a rule reads: canonical fields per table, and knowledge tables (optionally a `kind` of `kb_restriction`). */
export interface RuleNeeds {
  readonly fields: Partial<Readonly<Record<CanonicalTable, readonly string[]>>>;
  readonly knowledge?: readonly { readonly table: KnowledgeTable; readonly kind?: string }[];
}

/**
 * A rule: metadata in the national framework's terms, plus its evaluation as one SQL query over the
 * canonical tables and `kb_*` tables. Parameters appear in the SQL as `$name`; they are bound through a
 * parameter table, never spliced in as text.
 *
 * The query returns one row per detail line of a finding (or one row per finding with a NULL
 * `feedetl_sn` when the finding is a whole settlement), with the columns of `RULE_OUTPUT_COLUMNS`.
 */
export interface RuleDefinition {
  readonly id: RuleId;
  readonly name: Msg;
  readonly tier: RuleTier;
  /** Second tier (二级分类), e.g. 药品政策限定类. */
  readonly subclass: Msg;
  readonly resultType: ResultType;
  readonly severity: Severity;
  /** `vola_bhvr_type`: the behaviour class, e.g. 重复收费, 分解住院, 超标准收费. */
  readonly behaviour: Msg;
  readonly scenes: readonly RuleScene[];
  readonly window: RuleWindow;
  readonly needs: RuleNeeds;
  readonly parameters: readonly RuleParameterDef[];
  /** The basis the finding cites (`vola_evid`): rule text, catalogue restriction or regulation article. */
  readonly basis: Msg;
  readonly origin: RuleOrigin;
  readonly sql: string;
}

/** The columns a rule's query must return (extra columns are ignored). */
export const RULE_OUTPUT_COLUMNS = [
  'finding_key',
  'psn_no',
  'mdtrt_id',
  'setl_id',
  'fixmedins_code',
  'dr_code',
  'feedetl_sn',
  'vola_item_type',
  'amount',
  'vola_cont',
  'vola_cont_en',
] as const;

/** Declares a library rule (identity, so the object literal is checked against `RuleDefinition`). */
export function defineRule(rule: Omit<RuleDefinition, 'id'> & { readonly id: string }): RuleDefinition {
  return { ...rule, id: ruleId(rule.id) };
}
