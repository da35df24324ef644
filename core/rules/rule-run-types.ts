import type { AppError } from '../shared/errors';
import type { Msg } from '../shared/msg';
import type { RulePackSelection } from './rule-pack';
import type { RuleParameterDef, RuleParameterValue, RuleScene, Severity } from './rule-types';

export type { RulePackSelection };

/**
 * A rule written in a notebook (a `custom-rule` cell): SQL over the canonical tables plus its metadata.
 * Plain data: the notebook file stores it, the kernel validates it before running it.
 */
export interface CustomRuleSpec {
  readonly id: string;
  readonly name: Msg;
  readonly severity: Severity;
  readonly behaviour: Msg;
  readonly basis: Msg;
  readonly scenes: readonly RuleScene[];
  readonly parameters: readonly RuleParameterDef[];
  /** Canonical fields the SQL reads, as `table.field`: the rule is skipped when one is not mapped. */
  readonly needs: readonly string[];
  readonly sql: string;
}

/** What a Rule cell asks the kernel to run. */
export interface RuleRunRequest {
  /** The findings table's name (a SQL identifier); detail lines go to `<name>_lines`. */
  readonly name: string;
  readonly pack: RulePackSelection;
  readonly exclude?: readonly string[];
  /** Parameter overrides: rule id → parameter name → value. */
  readonly parameters?: Readonly<Record<string, Readonly<Record<string, RuleParameterValue>>>>;
  /** The notebook's custom rules (all of them: the pack decides which run). */
  readonly customRules?: readonly CustomRuleSpec[];
}

/** Per-rule progress during a run. */
export interface RuleProgress {
  readonly ruleId: string;
  /** 0-based position in the run. */
  readonly index: number;
  readonly total: number;
  readonly status: 'running' | RuleOutcome['status'];
}

/** How one rule of a run ended. */
export interface RuleOutcome {
  readonly ruleId: string;
  readonly name: Msg;
  readonly status: 'ok' | 'skipped' | 'failed';
  /** Why it was skipped (a missing field or knowledge table). */
  readonly reason?: Msg;
  readonly error?: AppError;
  readonly findings: number;
  /** Detail lines marked violating (1) or related (2). */
  readonly lines: number;
  /** The sum of its findings' `vola_amt` (a line flagged by several rules counts in each). */
  readonly amount: number;
  readonly elapsedMs: number;
}

/** Findings grouped by an institution or a doctor, with the amount at risk counted once per line. */
export interface FindingGroup {
  readonly code: string;
  readonly name: string;
  readonly findings: number;
  readonly amountAtRisk: number;
}

/** The result of a rule run: totals, per-rule outcomes, and the tables written. */
export interface FindingsSummary {
  readonly table: string;
  readonly linesTable: string;
  readonly findings: number;
  readonly settlements: number;
  readonly persons: number;
  /** Each violating fee line counted once (its largest amount at issue), whole settlements once. */
  readonly amountAtRisk: number;
  readonly rules: readonly RuleOutcome[];
  readonly byInstitution: readonly FindingGroup[];
  readonly byDoctor: readonly FindingGroup[];
  /**
   * Findings and their `vola_amt` sum per severity (明确违规 / 高度可疑 / 可疑, that order, all three),
   * so a summary never reads suspicions as proven violations.
   */
  readonly bySeverity: readonly SeverityTotal[];
  readonly elapsedMs: number;
}

/** One severity's share of a run: how many findings and the sum of their amounts at issue. */
export interface SeverityTotal {
  readonly severity: Severity;
  readonly findings: number;
  /** The sum of these findings' `vola_amt` (a line flagged by several rules counts in each). */
  readonly amount: number;
}

/** Columns the findings table can be sorted by. */
export const FINDING_SORT_COLUMNS = [
  'vola_amt',
  'rule_id',
  'sev_deg',
  'fixmedins_code',
  'dr_code',
  'psn_no',
  'setl_id',
  'lines',
] as const;
/** A sortable findings column. */
export type FindingSortColumn = (typeof FINDING_SORT_COLUMNS)[number];

/** A page of findings, filtered and sorted (filters are bound as parameters, never spliced into SQL). */
export interface FindingsQuery {
  readonly table: string;
  readonly ruleId?: string;
  readonly fixmedinsCode?: string;
  readonly drCode?: string;
  readonly severity?: Severity;
  /** Matches person, settlement, institution or the finding's wording. */
  readonly search?: string;
  readonly sort: FindingSortColumn;
  readonly descending: boolean;
  readonly offset: number;
  readonly limit: number;
}

/** One finding (a row of the findings table). */
export interface FindingRow {
  readonly finding_id: string;
  readonly rule_id: string;
  readonly rule_name: string;
  readonly rule_name_en: string;
  readonly sev_deg: string;
  readonly vola_bhvr_type: string;
  readonly vola_cont: string;
  readonly vola_cont_en: string;
  readonly vola_amt: number;
  readonly vola_evid: string;
  readonly vola_evid_en: string;
  readonly psn_no: string | null;
  readonly mdtrt_id: string | null;
  readonly setl_id: string | null;
  readonly fixmedins_code: string | null;
  readonly dr_code: string | null;
  readonly lines: number;
}

/** A page of findings and how many match in all. */
export interface FindingsPage {
  readonly rows: readonly FindingRow[];
  readonly total: number;
}

/** A fee line of a drilled-into finding, marked violating (1), related (2) or neither (null). */
export interface FindingLine {
  readonly feedetl_sn: string;
  readonly setl_id: string | null;
  readonly fee_ocur_time: string | null;
  readonly hilist_code: string | null;
  readonly hilist_name: string | null;
  readonly cnt: number | null;
  readonly pric: number | null;
  readonly det_item_fee_sumamt: number | null;
  readonly bilg_dept_code: string | null;
  readonly bilg_dr_code: string | null;
  readonly vola_item_type: 1 | 2 | null;
  readonly amount: number | null;
}

/** A finding with its basis and the fee lines of the settlements it involves. */
export interface FindingDrill {
  readonly finding: FindingRow;
  readonly basis: Msg;
  readonly lines: readonly FindingLine[];
}
