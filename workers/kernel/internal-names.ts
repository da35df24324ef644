import { scanSql } from '../../core/notebook/sql-scan';
import type { AppError } from '../../core/shared/errors';
import { msg } from '../../core/shared/msg';

/** The prefix of the kernel's own tables (parameters, rule hits, a workshop's hidden answer key). */
export const INTERNAL_PREFIX = '_cl_';

/**
 * A friendly early message for user SQL that names one of the kernel's own tables. It is not the
 * boundary: the kernel's tables are TEMP tables on its private connection (`KernelSql`), which no
 * user SQL reaches under any name (`query_table`, `claims.main.…`, `temp.main.…`, `duckdb_tables()`);
 * this filter only turns the engine's "does not exist" into a clearer refusal.
 */
export function internalNameError(sql: string): AppError | undefined {
  const token = scanSql(sql).find(
    (t) => t.kind === 'identifier' && t.name.toLowerCase().startsWith(INTERNAL_PREFIX),
  );
  if (!token || token.kind !== 'identifier') return undefined;
  return internalTableError(token.name);
}

/** The refusal for a query naming the kernel's table `name` (however it was named). */
export function internalTableError(name: string, detail?: string): AppError {
  return {
    kind: 'sql',
    code: 'sql.internal-table',
    message: msg(
      `“${name}”是 ClaimLens 内部使用的表，查询无法读取或修改它：请只查询已加载的数据表和单元的结果。`,
      `"${name}" is one of ClaimLens's internal tables, which queries cannot read or change: query the loaded data tables and the cells' results only.`,
    ),
    ...(detail ? { detail } : {}),
  };
}
