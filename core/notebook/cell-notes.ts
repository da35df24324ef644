import { msg, type Msg } from '../shared/msg';
import type { CellId } from './cell-types';
import type { DependencyGraph } from './dependency-graph';

/** What the dependency graph has to say about a cell: names it reads that no cell defines, and cycles. */
export function cellNotes(graph: DependencyGraph, id: CellId): Msg[] {
  const notes = (graph.cells.get(id)?.unknown ?? []).map((name) =>
    msg(`引用了不存在的“${name}”。`, `Refers to "${name}", which no cell defines.`),
  );
  if (graph.cycles.some((cycle) => cycle.includes(id)))
    notes.push(
      msg('此单元处于循环引用中，无法运行。', 'This cell is part of a reference cycle and cannot run.'),
    );
  return notes;
}
