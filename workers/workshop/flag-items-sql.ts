import { quoteIdent } from '../engine/sql-quote';
import { assertNever } from '../../core/shared/invariant';
import { keyText } from './answer-items-sql';
import { LEVEL_KEYS, type ScoreLevel } from './score-level';
import type { FlagsKind } from './workshop-score';

/** The fee-lines table the rule kernel writes beside a findings table. */
export function findingsLinesTable(findings: string): string {
  return `${findings}_lines`;
}

/**
 * CTE `_ws_flags(item)`: the distinct, non-empty items a participant flagged at `level`. From a findings
 * table only violating lines (`vola_item_type = 1`) count as flagged fee lines, related lines (2) are
 * context; a settlement is flagged when a finding names it or one of its violating lines lies in it.
 */
export function flagsCte(flags: string, level: ScoreLevel, kind: FlagsKind): string {
  const key = LEVEL_KEYS[level];
  const items = flagItems(flags, level, kind, key);
  return `_ws_flags AS (
  SELECT DISTINCT item FROM (${items}) AS f WHERE item IS NOT NULL)`;
}

function flagItems(flags: string, level: ScoreLevel, kind: FlagsKind, key: string): string {
  const fromTable = `SELECT ${keyText(key)} AS item FROM ${quoteIdent(flags)}`;
  const fromLines = `SELECT ${keyText(key)} AS item FROM ${quoteIdent(findingsLinesTable(flags))}
    WHERE vola_item_type = 1`;
  switch (kind) {
    case 'table':
      return fromTable;
    case 'findings':
      if (level === 'fee') return fromLines;
      return level === 'setl' ? `${fromTable}\n    UNION ALL ${fromLines}` : fromTable;
    default:
      return assertNever(kind, 'flags kind');
  }
}
