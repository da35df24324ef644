import { isValidName } from '../../core/notebook/cell-types';
import { fail, ok, type AppError, type Result } from '../../core/shared/errors';
import { answersCte, countedCtes, plantedCte } from './answer-items-sql';
import { flagsCte } from './flag-items-sql';
import { isScoreLevel, LEVEL_KEYS, type ScoreLevel } from './score-level';
import { badLevel, badTableName } from './workshop-errors';
import type { FlagsKind } from './workshop-score';

/** What to score: the answer key, the participant's flags, and the level they flagged at. */
export interface ScoringSqlOptions {
  /** The answers table or view (columns: see ANSWER_COLUMNS). */
  readonly answers: string;
  /** The participant's flags: a table or view with the level's key column, or a findings table. */
  readonly flags: string;
  readonly level: ScoreLevel;
  /** How to read `flags`; `table` when omitted. */
  readonly kind?: FlagsKind;
}

/** Two plain SELECTs, each usable as a notebook SQL cell or a view. */
export interface ScoringSql {
  /**
   * One row per scenario: `scenario, planted, found, recall, amount_planted, amount_found`. Planted items
   * of a scenario at level L are the distinct values of L's key column among its answer rows of any level
   * (a fee-line answer carrying a `setl_id` plants that settlement); found = planted ∩ flagged;
   * recall (查全率) = found / planted, NULL when planted = 0. Amounts: each answer row's amount counts
   * once — at the finest level listed (a row itemised by finer rows of its scenario counts 0) — and an
   * item's amount is the sum over the scenario's rows carrying its key.
   */
  readonly scenarios: string;
  /**
   * One row: `flagged, true_positives, precision, planted, recall`. Precision (查准率) is defined over all
   * flags only: a flag is a true positive when it is planted in ANY scenario, since a flag belongs to no
   * scenario until it matches one — a per-scenario precision would count another scenario's hits as
   * false positives. `planted` and `recall` are over the union of all scenarios' items.
   */
  readonly overall: string;
}

/**
 * Builds the scoring SQL. Identifiers come only from the fixed column lists or are the two table names,
 * validated (`isValidName`, not the reserved `_ws_` prefix) and quoted; no value is spliced. It does not
 * check that the tables or columns exist: `scoreFlags` does, with bilingual errors.
 */
export function scoringSql(options: ScoringSqlOptions): Result<ScoringSql> {
  const { answers, flags, level } = options;
  const error = scoringInputError(options);
  if (error) return fail(error);
  const key = LEVEL_KEYS[level];
  // Table names may not start with `_ws_`, so none of these CTEs can shadow the user's tables.
  const base = [flagsCte(flags, level, options.kind ?? 'table'), answersCte(answers)];
  const scenarios = `WITH ${[...base, ...countedCtes(), plantedCte(level)].join(',\n')},
_ws_scenarios AS (SELECT DISTINCT scenario FROM _ws_answers)
SELECT s.scenario, count(p.item) AS planted, count(f.item) AS found,
  CAST(count(f.item) AS DOUBLE) / nullif(count(p.item), 0) AS recall,
  CAST(coalesce(sum(p.amount), 0) AS DOUBLE) AS amount_planted,
  CAST(coalesce(sum(p.amount) FILTER (WHERE f.item IS NOT NULL), 0) AS DOUBLE) AS amount_found
FROM _ws_scenarios AS s LEFT JOIN _ws_planted AS p ON p.scenario = s.scenario
  LEFT JOIN _ws_flags AS f ON f.item = p.item
GROUP BY s.scenario ORDER BY s.scenario`;
  const overall = `WITH ${base.join(',\n')},
_ws_all AS (SELECT DISTINCT ${key} AS item FROM _ws_answers WHERE ${key} IS NOT NULL),
_ws_counts AS (SELECT (SELECT count(*) FROM _ws_flags) AS flagged,
  (SELECT count(*) FROM _ws_flags JOIN _ws_all USING (item)) AS true_positives,
  (SELECT count(*) FROM _ws_all) AS planted)
SELECT flagged, true_positives, CAST(true_positives AS DOUBLE) / nullif(flagged, 0) AS precision,
  planted, CAST(true_positives AS DOUBLE) / nullif(planted, 0) AS recall
FROM _ws_counts`;
  return ok({ scenarios, overall });
}

/** Why the names or level cannot be scored, or undefined when they can. */
export function scoringInputError(options: ScoringSqlOptions): AppError | undefined {
  if (!isUsableName(options.answers)) return badTableName(options.answers, 'answers');
  if (!isUsableName(options.flags)) return badTableName(options.flags, 'flags');
  if (!isScoreLevel(options.level)) return badLevel(String(options.level));
  return undefined;
}

function isUsableName(name: string): boolean {
  return isValidName(name) && !name.toLowerCase().startsWith('_ws_');
}
