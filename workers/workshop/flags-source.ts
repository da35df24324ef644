import type { SqlEngine } from '../engine/sql-engine';
import { quoteIdent } from '../engine/sql-quote';
import { fail, ok, type Result } from '../../core/shared/errors';
import { findingsLinesTable } from './flag-items-sql';
import { ANSWER_COLUMNS, LEVEL_KEYS, type ScoreLevel } from './score-level';
import { answersColumns, flagsColumn, noTable } from './workshop-errors';
import type { FlagsKind } from './workshop-score';

/** The `<name>_lines` columns that mark a findings table written by the rule kernel. */
const FINDINGS_LINE_COLUMNS = ['feedetl_sn', 'setl_id', 'vola_item_type'] as const;

/** A table's or view's column names, lower-cased; undefined when there is no such table. */
export async function tableColumns(engine: SqlEngine, name: string): Promise<string[] | undefined> {
  try {
    const rows = await engine.rows<{ column_name: string }>(`DESCRIBE ${quoteIdent(name)}`);
    return rows.map((r) => r.column_name.toLowerCase());
  } catch {
    return undefined;
  }
}

/** Checks that the answers table exists and has every column in ANSWER_COLUMNS. */
export async function checkAnswers(engine: SqlEngine, answers: string): Promise<Result<void>> {
  const columns = await tableColumns(engine, answers);
  if (!columns) return fail(noTable(answers, 'answers'));
  const missing = ANSWER_COLUMNS.filter((c) => !columns.includes(c));
  return missing.length > 0 ? fail(answersColumns(answers, missing)) : ok(undefined);
}

/**
 * Decides how to read the flags at `level`: a table with `finding_id` beside a `<name>_lines` table is the
 * rule kernel's findings (fee lines then come from `<name>_lines`); anything else is a plain table or view
 * that must have the level's key column.
 */
export async function resolveFlagsKind(
  engine: SqlEngine,
  flags: string,
  level: ScoreLevel,
): Promise<Result<FlagsKind>> {
  const columns = await tableColumns(engine, flags);
  if (!columns) return fail(noTable(flags, 'flags'));
  const key = LEVEL_KEYS[level];
  if (columns.includes('finding_id')) {
    const lines = await tableColumns(engine, findingsLinesTable(flags));
    const isFindings = lines !== undefined && FINDINGS_LINE_COLUMNS.every((c) => lines.includes(c));
    if (isFindings && (level === 'fee' || columns.includes(key))) return ok('findings');
  }
  return columns.includes(key) ? ok('table') : fail(flagsColumn(flags, level, key, columns));
}
