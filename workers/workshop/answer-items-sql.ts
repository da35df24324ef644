import { quoteIdent } from '../engine/sql-quote';
import { LEVEL_KEYS, SCORE_LEVELS, type ScoreLevel } from './score-level';

/** A key column as trimmed text, empty text as NULL: keys compare equal whatever their column types. */
export function keyText(column: string, alias?: string): string {
  const ref = alias ? `${alias}.${quoteIdent(column)}` : quoteIdent(column);
  return `nullif(trim(CAST(${ref} AS VARCHAR)), '')`;
}

/** CTE `_ws_answers`: the answer rows, keys as text, level lower-cased, amount as DECIMAL (NULL → 0). */
export function answersCte(answers: string): string {
  const keys = SCORE_LEVELS.map((level) => `${keyText(LEVEL_KEYS[level])} AS ${LEVEL_KEYS[level]}`);
  return `_ws_answers AS (
  SELECT CAST(scenario AS VARCHAR) AS scenario, lower(trim(CAST(level AS VARCHAR))) AS level,
    ${keys.join(', ')}, coalesce(CAST(amount AS DECIMAL(18,2)), 0) AS amount
  FROM ${quoteIdent(answers)} WHERE scenario IS NOT NULL)`;
}

/**
 * CTEs `_ws_inner_<level>` and `_ws_counted`: each answer row with `counted`, its amount unless a finer
 * row of the same scenario itemises it (a settlement row whose fee lines are listed too, a person row
 * whose settlements are listed, …), in which case 0 — so money is counted once, at the finest level.
 */
export function countedCtes(): string[] {
  const coarse = SCORE_LEVELS.slice(1);
  const inner = coarse.map((level) => {
    const key = LEVEL_KEYS[level];
    const finer = SCORE_LEVELS.slice(0, SCORE_LEVELS.indexOf(level)).map((l) => `'${l}'`);
    return `_ws_inner_${level} AS (
  SELECT DISTINCT scenario, ${key} AS item FROM _ws_answers
  WHERE level IN (${finer.join(', ')}) AND ${key} IS NOT NULL)`;
  });
  const joins = coarse.map(
    (level) => `LEFT JOIN _ws_inner_${level} AS i_${level}
    ON a.level = '${level}' AND i_${level}.scenario = a.scenario AND i_${level}.item = a.${LEVEL_KEYS[level]}`,
  );
  const itemised = coarse.map((level) => `i_${level}.item IS NOT NULL`).join(' OR ');
  const counted = `_ws_counted AS (
  SELECT a.*, CASE WHEN ${itemised} THEN 0 ELSE a.amount END AS counted
  FROM _ws_answers AS a
  ${joins.join('\n  ')})`;
  return [...inner, counted];
}

/** CTE `_ws_planted`: one row per scenario and planted item at `level`, with its money at issue. */
export function plantedCte(level: ScoreLevel): string {
  const key = LEVEL_KEYS[level];
  return `_ws_planted AS (
  SELECT scenario, ${key} AS item, sum(counted) AS amount FROM _ws_counted
  WHERE ${key} IS NOT NULL GROUP BY scenario, ${key})`;
}
