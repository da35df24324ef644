import { msg } from '../../shared/msg';
import type { SqlCell } from '../../notebook/cell-types';
import { scanSql } from '../../notebook/sql-scan';
import type { CellKind, NameUse } from '../cell-kind';
import { fenced, fenceInfo } from '../fence-block';
import { sourceLogSummary } from '../log-summary';

/**
 * A SQL cell: one query whose result becomes the view `name`. It reads the names in its text (another
 * cell's view, or a data table when no cell has the name) and the parameters it references as `${name}`;
 * it runs on the kernel, which keeps the whole result and returns its first page.
 */
export const sqlKind = {
  type: 'sql',
  fences: ['sql'],
  label: () => msg('SQL 查询', 'SQL'),
  attributes: [{ key: 'name', value: 'name' }],
  fromBlock: ({ id, source, attributes }) => ({
    type: 'sql',
    id,
    source,
    name: attributes.get('name') as string,
  }),
  write: (cell) => fenced(fenceInfo('sql', cell.id, [['name', cell.name]]), cell.source),
  create: ({ id, source, freshName }) => ({
    type: 'sql',
    id,
    source: source ?? '',
    name: freshName('result'),
  }),
  fields: ['name'],
  defines: (cell) => ({ tables: [cell.name] }),
  reads: (cell) => ({ names: sqlNames(cell.source) }),
  isRunnable: true,
  run: async (cell, { host, jobId, parameters, pageSize, onStart }) => {
    onStart(jobId);
    const r = await host.runCell({ name: cell.name, sql: cell.source, parameters, pageSize }, jobId);
    return r.ok ? { result: r.value } : { error: r.error };
  },
  logSummary: (cell, parameters) => sourceLogSummary(cell.source, parameters),
  resultRole: 'sql',
  view: 'cl-sql-editor',
} as const satisfies CellKind<SqlCell, 'cl-sql-editor'>;

/** The names a query reads: `${name}` parameters (required) and names outside strings and comments. */
export function sqlNames(sql: string): NameUse[] {
  return scanSql(sql).map((token) =>
    token.kind === 'parameter'
      ? { name: token.name, role: 'parameter', isRequired: true }
      : { name: token.name, role: 'table', isRequired: false },
  );
}
