import { assertNever, invariant } from '../shared/invariant';
import { msg, type Msg } from '../shared/msg';
import { isRunnable, kindOf } from '../cells/cell-kinds';
import { publishedName, type Cell, type CellId } from './cell-types';
import type { DependencyGraph } from './dependency-graph';
import type { Notebook } from './notebook-types';
import { staleCells } from './stale-cells';

/**
 * Which cells to run: every one (`all`); this cell and every later one in notebook order (`from`); just
 * this one (`one`); or what an edit of this cell makes stale, its transitive dependents, with the cell
 * itself too when `includeSelf` (`dependents`, for auto-run; a parameter's dependents are every cell
 * that reads it, directly or through other cells).
 */
export type RunRequest =
  | { readonly kind: 'all' }
  | { readonly kind: 'from'; readonly id: CellId }
  | { readonly kind: 'one'; readonly id: CellId }
  | { readonly kind: 'dependents'; readonly id: CellId; readonly includeSelf?: boolean };

/** A runnable cell that cannot run, and why (for the UI to show next to it). */
export interface BlockedCell {
  readonly id: CellId;
  readonly reason: Msg;
}

/** What to run: `run` in dependency order (ties in notebook order), `blocked` in notebook order. */
export interface RunPlan {
  readonly run: readonly CellId[];
  readonly blocked: readonly BlockedCell[];
}

/**
 * Plans a run. Only runnable cells (their kind's `isRunnable`) are returned. One in a reference cycle, one naming a parameter or
 * `from` cell that does not exist, or one that reads such a cell (directly or not) goes to `blocked`
 * instead of `run`. A `from` or `one` run does not add earlier cells the chosen ones read: their last
 * results are used. `graph` must be `buildDependencyGraph(notebook.cells)`.
 */
export function planRun(notebook: Notebook, graph: DependencyGraph, request: RunRequest): RunPlan {
  const scope = scopeOf(notebook, graph, request);
  const reasons = blockReasons(notebook.cells, graph);
  const byId = new Map(notebook.cells.map((cell) => [cell.id, cell]));
  const wanted = (id: CellId): boolean => {
    const cell = byId.get(id);
    return cell !== undefined && scope.has(id) && isRunnable(cell);
  };
  return {
    run: graph.order.filter((id) => wanted(id) && !reasons.has(id)),
    blocked: notebook.cells
      .filter((cell) => wanted(cell.id) && reasons.has(cell.id))
      .map((cell) => ({ id: cell.id, reason: reasons.get(cell.id) as Msg })),
  };
}

function scopeOf(notebook: Notebook, graph: DependencyGraph, request: RunRequest): Set<CellId> {
  if (request.kind === 'all') return new Set(notebook.cells.map((c) => c.id));
  const index = notebook.cells.findIndex((c) => c.id === request.id);
  invariant(index >= 0, `invalid cell id: ${request.id}`);
  switch (request.kind) {
    case 'from':
      return new Set(notebook.cells.slice(index).map((c) => c.id));
    case 'one':
      return new Set([request.id]);
    case 'dependents': {
      const dependents = new Set(staleCells(graph, request.id));
      if (request.includeSelf === true) dependents.add(request.id);
      return dependents;
    }
    default:
      return assertNever(request, 'run request');
  }
}

/** Why each cell that cannot run cannot; cells that can run are absent. */
function blockReasons(cells: readonly Cell[], graph: DependencyGraph): Map<CellId, Msg> {
  const byId = new Map(cells.map((cell) => [cell.id, cell]));
  const label = (id: CellId): string => {
    const cell = byId.get(id);
    return (cell && publishedName(cell)) ?? id;
  };
  const reasons = new Map<CellId, Msg>();
  for (const cycle of graph.cycles) {
    for (const id of cycle) {
      const others = cycle.filter((other) => other !== id).map(label);
      const zh = others.map((name) => `“${name}”`).join('、');
      const en = others.map((name) => `"${name}"`).join(', ');
      reasons.set(
        id,
        msg(
          `与 ${zh} 相互引用，形成循环，无法运行：请去掉其中一处引用。`,
          `Forms a reference cycle with ${en}, so it cannot run: remove one of the references.`,
        ),
      );
    }
  }
  for (const cell of cells) {
    const unknown = graph.cells.get(cell.id)?.unknown ?? [];
    if (unknown.length > 0 && !reasons.has(cell.id)) reasons.set(cell.id, unknownReason(cell, unknown));
  }
  // Whatever reads a cell that cannot run cannot run either; the first such input is named.
  const pending = cells.map((c) => c.id).filter((id) => reasons.has(id));
  for (let next = pending.shift(); next !== undefined; next = pending.shift()) {
    for (const dependent of graph.dependents.get(next) ?? []) {
      if (reasons.has(dependent)) continue;
      reasons.set(
        dependent,
        msg(
          `依赖的单元“${label(next)}”无法运行，因此本单元也无法运行。`,
          `Depends on "${label(next)}", which cannot run, so this cell cannot either.`,
        ),
      );
      pending.push(dependent);
    }
  }
  return reasons;
}

function unknownReason(cell: Cell, unknown: readonly string[]): Msg {
  const kind = kindOf(cell);
  if (kind.unknownReason) return kind.unknownReason(cell, unknown);
  const names = unknown.map((name) => `\${${name}}`);
  return msg(
    `引用了不存在的参数：${names.join('、')}。请检查拼写，或添加同名的参数单元。`,
    `References parameters that do not exist: ${names.join(', ')}. Check the spelling, or add a parameter cell with that name.`,
  );
}
