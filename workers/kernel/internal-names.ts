import { scanSql } from '../../src/notebook/sql-scan';
import type { AppError } from '../shared/errors';
import { msg } from '../shared/msg';

/** The prefix of the kernel's own tables (parameters, rule hits, a workshop's hidden answer key). */
export const INTERNAL_PREFIX = '_cl_';

/**
 * Refuses user SQL that names one of the kernel's own tables, so a workshop participant cannot read the
 * hidden answer key and a notebook cannot overwrite the rule kernel's working tables. A deterrent for
 * the workshop, not a security boundary: the data is the user's own.
 */
export function internalNameError(sql: string): AppError | undefined {
  const token = scanSql(sql).find(
    (t) => t.kind === 'identifier' && t.name.toLowerCase().startsWith(INTERNAL_PREFIX),
  );
  if (!token || token.kind !== 'identifier') return undefined;
  return {
    kind: 'sql',
    code: 'sql.internal-table',
    message: msg(
      `“${token.name}”是 ClaimLens 内部使用的表，不能在查询中引用。`,
      `"${token.name}" is one of ClaimLens's internal tables and cannot be used in a query.`,
    ),
  };
}
