import type { SqlEngine } from '../engine/sql-engine';
import { fail, ok, toAppError, type Result } from '../../core/shared/errors';
import { invariant } from '../../core/shared/invariant';
import { checkAnswers, resolveFlagsKind } from './flags-source';
import type { ScoreLevel } from './score-level';
import { scoringInputError, scoringSql } from './scoring-sql';
import { scoreFailed } from './workshop-errors';
import type { OverallScore, ScenarioScore, WorkshopScore } from './workshop-score';

/** What to score. */
export interface ScoreFlagsOptions {
  /** The answers table or view (scenario, level, setl_id, feedetl_sn, psn_no, fixmedins_code, amount). */
  readonly answers: string;
  /** The participant's flags: any table or view with the level's key column, or a findings table. */
  readonly flags: string;
  /** The level the participant flagged at. */
  readonly level: ScoreLevel;
}

interface OverallRow extends Record<string, unknown> {
  flagged: number;
  true_positives: number;
  precision: number | null;
  planted: number;
  recall: number | null;
}

interface ScenarioRow extends Record<string, unknown> {
  scenario: string;
  planted: number;
  found: number;
  recall: number | null;
  amount_planted: number;
  amount_found: number;
}

/**
 * Scores a participant's flags against the answer key at one level (definitions: `ScoringSql`, README).
 * Missing tables or columns and bad names are bilingual errors, returned, not thrown.
 */
export async function scoreFlags(
  engine: SqlEngine,
  options: ScoreFlagsOptions,
): Promise<Result<WorkshopScore>> {
  const { answers, flags, level } = options;
  const inputError = scoringInputError(options);
  if (inputError) return fail(inputError);
  const answersOk = await checkAnswers(engine, answers);
  if (!answersOk.ok) return answersOk;
  const kind = await resolveFlagsKind(engine, flags, level);
  if (!kind.ok) return kind;
  const sql = scoringSql({ answers, flags, level, kind: kind.value });
  if (!sql.ok) return sql;
  try {
    const [overall] = await engine.rows<OverallRow>(sql.value.overall);
    const scenarios = await engine.rows<ScenarioRow>(sql.value.scenarios);
    return ok({
      level,
      source: kind.value,
      overall: toOverallScore(overall),
      byScenario: scenarios.map(toScenarioScore),
    });
  } catch (e) {
    return fail(scoreFailed(toAppError(e).detail ?? String(e)));
  }
}

function toOverallScore(row: OverallRow | undefined): OverallScore {
  invariant(row, 'the overall scoring query returns one row');
  return {
    flagged: Number(row.flagged),
    truePositives: Number(row.true_positives),
    precision: row.precision,
    planted: Number(row.planted),
    recall: row.recall,
  };
}

function toScenarioScore(row: ScenarioRow): ScenarioScore {
  return {
    scenario: row.scenario,
    planted: Number(row.planted),
    found: Number(row.found),
    recall: row.recall,
    amountPlanted: row.amount_planted,
    amountFound: row.amount_found,
  };
}
