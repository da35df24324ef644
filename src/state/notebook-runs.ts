import type { AppError } from '../../core/shared/errors';
import { msg } from '../../core/shared/msg';
import { publishedName, type CellId } from '../../core/notebook/cell-types';
import { buildDependencyGraph, type DependencyGraph } from '../../core/notebook/dependency-graph';
import type { Notebook } from '../../core/notebook/notebook-types';
import { staleCells } from '../../core/notebook/stale-cells';
import type { CellRun, NotebookOrigin, NotebookState } from './notebook-state';

/**
 * The runs after an edit of `changed`: those cells and every cell reading them, directly or not, go
 * from done or failed to stale (their results stay on screen until they run again).
 */
export function markStale(
  runs: ReadonlyMap<CellId, CellRun>,
  graph: DependencyGraph,
  changed: readonly CellId[],
): Map<CellId, CellRun> {
  const next = new Map(runs);
  for (const id of new Set(changed.flatMap((c) => [c, ...staleCells(graph, c)]))) {
    const run = next.get(id);
    if (run && (run.status === 'done' || run.status === 'error')) next.set(id, { ...run, status: 'stale' });
  }
  return next;
}

/** The error to show on a cell when a cell it reads failed or could not run, naming that cell. */
export function upstreamFailure(state: NotebookState, id: CellId): AppError | undefined {
  const failed = state.graph.cells.get(id)?.dependsOn.find((up) => state.runs.get(up)?.status === 'error');
  if (failed === undefined) return undefined;
  const cell = state.notebook.cells.find((c) => c.id === failed);
  const name = (cell && publishedName(cell)) ?? failed;
  return {
    kind: 'sql',
    code: 'cell.upstream-failed',
    message: msg(
      `未运行：它读取的单元“${name}”出错了，请先修正那个单元。`,
      `Not run: the cell it reads, "${name}", failed; fix that cell first.`,
    ),
  };
}

/** The state of a freshly opened notebook: nothing run, the first cell selected. */
export function initialNotebookState(
  notebook: Notebook,
  init: {
    fileName: string | undefined;
    origin: NotebookOrigin;
    problems: NotebookState['problems'];
    isDirty?: boolean;
  },
): NotebookState {
  return {
    notebook,
    graph: buildDependencyGraph(notebook.cells),
    fileName: init.fileName,
    origin: init.origin,
    isDirty: init.isDirty ?? false,
    problems: init.problems,
    runs: new Map(),
    isAutoRun: true,
    selectedId: notebook.cells[0]?.id,
    collapsed: new Set(),
    restoredAt: undefined,
    deletedCount: 0,
    replaced: undefined,
    warning: undefined,
    saveError: undefined,
  };
}
