import type { AppError } from '../../core/shared/errors';
import { msg, type Msg } from '../../core/shared/msg';
import { LEVEL_LABELS, SCORE_LEVELS, type ScoreLevel } from './score-level';

/** Which table an error is about: the answer key or the participant's flags. */
export type TableRole = 'answers' | 'flags';

const ROLE: Record<TableRole, Msg> = {
  answers: msg('答案表', 'Answers table'),
  flags: msg('标记表', 'Flags table'),
};

/** A table name that is not a plain SQL identifier (or uses the scorer's reserved `_ws_` prefix). */
export function badTableName(name: string, role: TableRole): AppError {
  return {
    kind: 'sql',
    code: 'workshop.table-name',
    message: msg(
      `${ROLE[role].zh}名“${name}”无效：请用字母或下划线开头，只含字母、数字和下划线，且不以 _ws_ 开头。`,
      `${ROLE[role].en} name "${name}" is invalid: start with a letter or underscore, use only letters, digits and underscores, and do not start with _ws_.`,
    ),
  };
}

/** A level that is none of the four. */
export function badLevel(level: string): AppError {
  return {
    kind: 'sql',
    code: 'workshop.level',
    message: msg(
      `评分层级“${level}”无效：请选择 ${SCORE_LEVELS.join('、')} 之一。`,
      `Scoring level "${level}" is invalid: choose one of ${SCORE_LEVELS.join(', ')}.`,
    ),
  };
}

/** The named table or view does not exist. */
export function noTable(name: string, role: TableRole): AppError {
  return {
    kind: 'sql',
    code: 'workshop.no-table',
    message: msg(
      `找不到${ROLE[role].zh}“${name}”：请先运行生成答案或标记结果的单元格，或检查表名。`,
      `${ROLE[role].en} "${name}" was not found: run the cell that creates it first, or check the name.`,
    ),
  };
}

/** The answers table lacks columns the scorer needs. */
export function answersColumns(name: string, missing: readonly string[]): AppError {
  return {
    kind: 'sql',
    code: 'workshop.answers-columns',
    column: missing[0],
    message: msg(
      `答案表“${name}”缺少列：${missing.join('、')}。答案表需有 scenario、level、setl_id、feedetl_sn、psn_no、fixmedins_code、amount。`,
      `Answers table "${name}" lacks the column(s) ${missing.join(', ')}. It needs scenario, level, setl_id, feedetl_sn, psn_no, fixmedins_code and amount.`,
    ),
  };
}

/** The flags table has no column for the chosen level. */
export function flagsColumn(
  name: string,
  level: ScoreLevel,
  column: string,
  available: readonly string[],
): AppError {
  const label = LEVEL_LABELS[level];
  const has = available.join(', ') || '—';
  return {
    kind: 'sql',
    code: 'workshop.flags-column',
    column,
    message: msg(
      `标记表“${name}”没有列 ${column}，无法按${label.zh}评分。现有列：${has}。请选择其他层级，或在标记中加入 ${column}。`,
      `Flags table "${name}" has no column ${column}, so it cannot be scored by ${label.en}. Its columns: ${has}. Choose another level or add ${column} to the flags.`,
    ),
  };
}

/** The scoring query itself failed (e.g. an amount that is not a number). */
export function scoreFailed(detail: string): AppError {
  return {
    kind: 'sql',
    code: 'workshop.score-failed',
    detail,
    message: msg(`评分查询失败：${detail}`, `The scoring query failed: ${detail}`),
  };
}
