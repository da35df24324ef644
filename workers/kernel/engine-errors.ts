import type { AppError } from '../../core/shared/errors';
import { AppErrorException } from '../../core/shared/errors';
import { msg } from '../../core/shared/msg';
import { INTERNAL_PREFIX, internalTableError } from './internal-names';

/** The error a cancelled call returns. */
export const CANCELLED: AppError = {
  kind: 'cancelled',
  code: 'cancelled',
  message: msg('已取消。', 'Cancelled.'),
};

/** True for the errors our cancellation paths throw. */
export function isAbort(e: unknown): boolean {
  return e instanceof Error && e.name === 'AbortError';
}

/** Turns whatever a user query threw into an AppError shown beside the cell. */
export function sqlError(e: unknown): AppError {
  if (e instanceof AppErrorException) return e.error;
  if (isAbort(e)) return CANCELLED;
  const detail = e instanceof Error ? e.message : String(e);
  const firstLine = detail.split('\n')[0] ?? detail;
  if (/Permission Error|external access|allowed_directories|not allowed/i.test(detail)) {
    return {
      kind: 'sql',
      code: 'sql.forbidden',
      message: msg(
        `出于数据安全，查询不能访问网络或本机其他文件：${firstLine}。请只查询已加载的表。`,
        `For data safety, queries cannot reach the network or other local files: ${firstLine}. Query the loaded tables only.`,
      ),
      detail,
    };
  }
  // The kernel's tables are unreachable (TEMP on its own connection): say so rather than "does not exist".
  const missing = /(?:Table|View|Table Function) with name "?([\w.]+?)"? does not exist/i.exec(
    firstLine,
  )?.[1];
  if (missing?.toLowerCase().split('.').pop()?.startsWith(INTERNAL_PREFIX))
    return internalTableError(missing, detail);
  if (/Cannot prepare multiple statements/i.test(detail)) {
    return {
      kind: 'sql',
      code: 'sql.multiple-statements',
      message: msg(
        '一个 SQL 单元只能包含一条查询：请把其他语句移到新的单元。',
        'A SQL cell holds one query only: move the other statements to new cells.',
      ),
      detail,
    };
  }
  return {
    kind: 'sql',
    code: 'sql.error',
    message: msg(`SQL 执行出错：${firstLine}`, `SQL failed: ${firstLine}`),
    detail,
  };
}
