/**
 * When auto-run runs a chart cell by itself: as soon as its spec is complete (source, and a column for
 * every channel its mark needs) and the SQL cell it reads has a kept result. The chart then only pages
 * that kept result; the upstream query is not run again.
 */
import type { Cell, CellId } from '../../core/notebook/cell-types';
import { isChartSpecComplete } from '../../core/notebook/chart-spec';
import { parseChartSpec } from '../../core/notebook/chart-spec-text';
import type { NotebookState } from './notebook-state';

/** Whether the chart cell `id` can be drawn now from its source's kept result (false for other cells). */
export function isChartReadyToRun(state: NotebookState, id: CellId): boolean {
  const cells: readonly Cell[] = state.notebook.cells;
  const cell = cells.find((c) => c.id === id);
  if (cell?.type !== 'chart' || cell.from === '') return false;
  const status = state.runs.get(id)?.status;
  if (status === 'queued' || status === 'running') return false;
  const parsed = parseChartSpec(cell.source);
  if (parsed.isUnreadable === true || !isChartSpecComplete(parsed.spec)) return false;
  const from = cell.from.toLowerCase();
  const source = cells.find((c) => c.type === 'sql' && c.name.toLowerCase() === from);
  if (!source) return false;
  const upstream = state.runs.get(source.id);
  return upstream?.status === 'done' && upstream.result !== undefined;
}
