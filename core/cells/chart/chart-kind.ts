import { msg } from '../../shared/msg';
import type { ChartCell, SqlCell } from '../../notebook/cell-types';
import type { CellKind } from '../cell-kind';
import { fenced, fenceInfo } from '../fence-block';
import { sourceLogSummary } from '../log-summary';

/** The most rows a chart reads: more would make an unreadable plot and a slow page. */
export const CHART_ROW_LIMIT = 50_000;

/**
 * A chart cell: plots the result of the cell named `from`; its source holds the chart's settings. It
 * reads the rows it draws (at most `CHART_ROW_LIMIT + 1`, so the chart can say it was cut) from the
 * result the kernel keeps, without running the upstream query again.
 */
export const chartKind = {
  type: 'chart',
  fences: ['chart'],
  label: () => msg('图表', 'Chart'),
  attributes: [{ key: 'from', value: 'name', isOptional: true }],
  fromBlock: ({ id, source, attributes }) => ({
    type: 'chart',
    id,
    source,
    from: attributes.get('from') ?? '',
  }),
  write: (cell) => fenced(fenceInfo('chart', cell.id, [['from', cell.from]]), cell.source),
  // A new chart plots the nearest SQL cell before it, or none yet.
  create: ({ id, cells, index, source }) => ({
    type: 'chart',
    id,
    source: source ?? '',
    from: cells.slice(0, index).findLast((c): c is SqlCell => c.type === 'sql')?.name ?? '',
  }),
  fields: ['from'],
  defines: () => ({ tables: [] }),
  reads: (cell) => ({ names: [{ name: cell.from, role: 'table', isRequired: true }] }),
  unknownReason: (cell) =>
    cell.from === ''
      ? msg(
          '尚未选择要读取的 SQL 单元：请先选择一个。',
          'No SQL cell to read from has been chosen yet: choose one.',
        )
      : msg(
          `要读取的 SQL 单元“${cell.from}”不存在：请选择一个已有的 SQL 单元，或检查拼写。`,
          `Reads the SQL cell "${cell.from}", which does not exist: choose an existing SQL cell, or check the spelling.`,
        ),
  isRunnable: true,
  run: async (cell, { host, jobId, onStart }) => {
    onStart(jobId);
    const r = await host.resultPage(cell.from, 0, CHART_ROW_LIMIT + 1, jobId);
    return r.ok ? { result: r.value } : { error: r.error };
  },
  logSummary: (cell, parameters) => sourceLogSummary(cell.source, parameters),
  view: 'cl-chart-view',
} as const satisfies CellKind<ChartCell, 'cl-chart-view'>;
