import type { CellId } from './cell-types';
import type { DependencyGraph } from './dependency-graph';

/**
 * The cells whose results are out of date once `changed` changes: its transitive dependents (not
 * `changed` itself), in run order, then any that cannot run (in a cycle or blocked) in document order.
 */
export function staleCells(graph: DependencyGraph, changed: CellId): CellId[] {
  const stale = new Set<CellId>();
  const pending = [...(graph.dependents.get(changed) ?? [])];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (stale.has(next) || next === changed) continue;
    stale.add(next);
    pending.push(...(graph.dependents.get(next) ?? []));
  }
  const inOrder = graph.order.filter((id) => stale.has(id));
  const rest = [...graph.cells.keys()].filter((id) => stale.has(id) && !inOrder.includes(id));
  return [...inOrder, ...rest];
}
