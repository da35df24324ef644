/**
 * The one list of cell kinds. Adding a kind is one folder under `core/cells/` and one line here (plus its
 * cell in the `Cell` union of `core/notebook/cell-types.ts`).
 */
import type { Cell, CellOf, CellType } from '../notebook/cell-types';
import type { AnyCellKind, CellKind } from './cell-kind';
import { chartKind } from './chart/chart-kind';
import { customRuleKind } from './custom-rule/custom-rule-kind';
import { markdownKind } from './markdown/markdown-kind';
import { modelKind } from './model/model-kind';
import { parameterKind } from './parameter/parameter-kind';
import { ruleKind } from './rule/rule-kind';
import { sqlKind } from './sql/sql-kind';
import { unavailableKind } from './unavailable/unavailable-kind';
import { unknownKind } from './unknown/unknown-kind';

/** Every kind, once, by its cell type. */
export const CELL_KINDS = {
  markdown: markdownKind,
  sql: sqlKind,
  rule: ruleKind,
  'custom-rule': customRuleKind,
  chart: chartKind,
  parameter: parameterKind,
  model: modelKind,
  unavailable: unavailableKind,
  unknown: unknownKind,
} as const satisfies { readonly [T in CellType]: CellKind<CellOf<T>> };

/** The view (custom element tag) of each kind, by cell type. */
export type CellViewTag = (typeof CELL_KINDS)[CellType]['view'];

/** The cells a view shows. */
export type CellOfView<V extends CellViewTag> = {
  [T in CellType]: (typeof CELL_KINDS)[T]['view'] extends V ? CellOf<T> : never;
}[CellType];

/** The kind of `cell`. */
export function kindOf<C extends Cell>(cell: C): CellKind<C> {
  // The registry's type ties each cell type to its kind; TypeScript cannot follow `C` through the index.
  return CELL_KINDS[cell.type] as unknown as CellKind<C>;
}

/** The view (custom element tag) that shows `cell`. */
export function viewOf(cell: Cell): CellViewTag {
  return CELL_KINDS[cell.type].view;
}

/** The kind of cell type `type`. */
export function kindOfType<T extends CellType>(type: T): CellKind<CellOf<T>> {
  return CELL_KINDS[type] as unknown as CellKind<CellOf<T>>;
}

const BY_FENCE: ReadonlyMap<string, AnyCellKind> = new Map(
  Object.values(CELL_KINDS).flatMap((kind: AnyCellKind) =>
    kind.fences.map((fence) => [fence, kind] as const),
  ),
);

/** The kind that reads fences whose first word is `fence`; undefined: an unknown type. */
export function kindOfFence(fence: string): AnyCellKind | undefined {
  return BY_FENCE.get(fence);
}

/** Whether a cell takes part in run plans (has a run button, a status and a result). */
export function isRunnable(cell: Cell): boolean {
  return kindOf(cell).isRunnable;
}

/** The tables and views a cell's run makes (a Rule cell makes its findings table and its lines table). */
export function publishedTables(cell: Cell): readonly string[] {
  return kindOf(cell).defines(cell).tables;
}
