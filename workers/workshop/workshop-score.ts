import type { ScoreLevel } from './score-level';

/**
 * The score over all of a participant's flags at one level. A flag is one distinct, non-empty key value
 * (a `setl_id`, `feedetl_sn`, `psn_no` or `fixmedins_code`) in the flags table.
 */
export interface OverallScore {
  /** Distinct items flagged. */
  readonly flagged: number;
  /** Flagged items that are planted in at least one scenario (at this level). */
  readonly truePositives: number;
  /** 查准率: `truePositives / flagged`; null when nothing is flagged. */
  readonly precision: number | null;
  /** Distinct items planted at this level across all scenarios. */
  readonly planted: number;
  /** 查全率 over all scenarios: `truePositives / planted`; null when nothing is planted at this level. */
  readonly recall: number | null;
}

/** One scenario's score at the flagged level. */
export interface ScenarioScore {
  /** The scenario's id as the answers table names it (e.g. `split_admission`). */
  readonly scenario: string;
  /** Distinct items of this scenario at the level (answer rows of any level that carry the level's key). */
  readonly planted: number;
  /** Planted items that are flagged. */
  readonly found: number;
  /** 查全率: `found / planted`; null when the scenario has nothing at this level. */
  readonly recall: number | null;
  /** Money at issue in the planted items (each answer row's amount counted once, see the README). */
  readonly amountPlanted: number;
  /** Money at issue in the found items. */
  readonly amountFound: number;
}

/** A participant's score against the answer key, at the level they flagged. */
export interface WorkshopScore {
  readonly level: ScoreLevel;
  /** Whether the flags came from a plain table or view, or from the rule kernel's findings tables. */
  readonly source: FlagsKind;
  readonly overall: OverallScore;
  /** Every scenario of the answer key, by scenario id, including those with nothing at this level. */
  readonly byScenario: readonly ScenarioScore[];
}

/**
 * How the flags are read: `table` — any table or view with the level's key column; `findings` — the rule
 * kernel's findings table `<name>` (settlement, person, institution) and its `<name>_lines` (fee lines).
 */
export type FlagsKind = 'table' | 'findings';
