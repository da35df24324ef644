import type { NameUse } from '../cells/cell-kind';
import { kindOf } from '../cells/cell-kinds';
import type { Cell, CellId } from './cell-types';

/** What one cell needs from others. */
export interface CellDependencies {
  /** Cells this cell reads (SQL views it names, parameters it uses, the cell a chart plots), deduplicated. */
  readonly dependsOn: readonly CellId[];
  /** Names it references that no cell publishes: `${x}` with no parameter `x`, or a `from` naming no view. */
  readonly unknown: readonly string[];
}

/** The notebook's dependency graph, for "run all" and for marking stale results. */
export interface DependencyGraph {
  readonly cells: ReadonlyMap<CellId, CellDependencies>;
  /** Cell → the cells that read it directly. */
  readonly dependents: ReadonlyMap<CellId, readonly CellId[]>;
  /** Every cell that can run, each after the cells it reads; ties keep document order. */
  readonly order: readonly CellId[];
  /** Each cycle's cells, in document order; these cells cannot run. */
  readonly cycles: readonly (readonly CellId[])[];
  /** Cells outside any cycle that cannot run because they read (perhaps indirectly) a cell in one. */
  readonly blocked: readonly CellId[];
}

/**
 * Builds the graph from what each cell's kind says it defines and reads (`core/cells/`). A SQL cell depends on every cell whose published name (a SQL cell's view name or a
 * parameter's name; case-insensitive, as in DuckDB) appears in its text as a name outside strings and
 * comments, and on every parameter it references as `${name}`. A chart depends on the cell named by
 * `from`. A Rule cell publishes its findings table and `<name>_lines`, and depends on every
 * custom-rule cell (its pack may include them); a custom rule's SQL reads like a SQL cell's (its `$name`
 * parameters are its own, not the notebook's). Names that match no cell in plain SQL are table or column
 * names, not errors.
 */
export function buildDependencyGraph(cells: readonly Cell[]): DependencyGraph {
  // Each name's first definer, by role: a table (SQL view, Rule findings) or a parameter.
  const byName = new Map<string, { readonly cell: Cell; readonly role: NameUse['role'] }>();
  for (const cell of cells) {
    const { tables, parameter } = kindOf(cell).defines(cell);
    const names: { name: string; role: NameUse['role'] }[] = tables.map((name) => ({ name, role: 'table' }));
    if (parameter !== undefined) names.push({ name: parameter, role: 'parameter' as const });
    for (const { name, role } of names)
      if (!byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), { cell, role });
  }
  const deps = new Map<CellId, CellDependencies>();
  const dependents = new Map<CellId, CellId[]>(cells.map((c) => [c.id, []]));
  for (const cell of cells) {
    const found = new Set<CellId>();
    const unknown = new Set<string>();
    const reads = kindOf(cell).reads(cell);
    for (const { name, role, isRequired } of reads.names) {
      const target = byName.get(name.toLowerCase());
      if (target && target.cell.id !== cell.id && target.role === role) found.add(target.cell.id);
      else if (isRequired) unknown.add(name);
    }
    for (const other of cells)
      if (other.id !== cell.id && reads.everyCellOf?.includes(other.type)) found.add(other.id);
    deps.set(cell.id, { dependsOn: [...found], unknown: [...unknown] });
    for (const target of found) dependents.get(target)?.push(cell.id);
  }
  const cycles = findCycles(cells, deps);
  const inCycle = new Set(cycles.flat());
  const order = runOrder(cells, deps, dependents, inCycle);
  const ordered = new Set(order);
  const blocked = cells.map((c) => c.id).filter((id) => !ordered.has(id) && !inCycle.has(id));
  return { cells: deps, dependents, order, cycles, blocked };
}

/** Kahn's algorithm, always taking the earliest ready cell in document order. */
function runOrder(
  cells: readonly Cell[],
  deps: ReadonlyMap<CellId, CellDependencies>,
  dependents: ReadonlyMap<CellId, readonly CellId[]>,
  inCycle: ReadonlySet<CellId>,
): CellId[] {
  const position = new Map(cells.map((c, index) => [c.id, index]));
  const waiting = new Map(cells.map((c) => [c.id, deps.get(c.id)?.dependsOn.length ?? 0]));
  const ready = cells.filter((c) => waiting.get(c.id) === 0 && !inCycle.has(c.id)).map((c) => c.id);
  const order: CellId[] = [];
  while (ready.length > 0) {
    ready.sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
    const next = ready.shift() as CellId;
    order.push(next);
    for (const dependent of dependents.get(next) ?? []) {
      const left = (waiting.get(dependent) ?? 0) - 1;
      waiting.set(dependent, left);
      if (left === 0 && !inCycle.has(dependent)) ready.push(dependent);
    }
  }
  return order;
}

/** Strongly connected components of two or more cells (Tarjan), each in document order. */
function findCycles(cells: readonly Cell[], deps: ReadonlyMap<CellId, CellDependencies>): CellId[][] {
  const index = new Map<CellId, number>();
  const low = new Map<CellId, number>();
  const stack: CellId[] = [];
  const onStack = new Set<CellId>();
  const components: CellId[][] = [];
  const position = new Map(cells.map((c, i) => [c.id, i]));
  const visit = (id: CellId): void => {
    index.set(id, index.size);
    low.set(id, index.get(id) as number);
    stack.push(id);
    onStack.add(id);
    for (const next of deps.get(id)?.dependsOn ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(id, Math.min(low.get(id) as number, low.get(next) as number));
      } else if (onStack.has(next)) low.set(id, Math.min(low.get(id) as number, index.get(next) as number));
    }
    if (low.get(id) !== index.get(id)) return;
    const component: CellId[] = [];
    for (let top = stack.pop(); top !== undefined; top = top === id ? undefined : stack.pop()) {
      onStack.delete(top);
      component.push(top);
    }
    if (component.length > 1)
      components.push(component.sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0)));
  };
  for (const cell of cells) if (!index.has(cell.id)) visit(cell.id);
  return components;
}
