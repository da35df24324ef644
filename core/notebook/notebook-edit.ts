import { kindOf, kindOfType, publishedTables } from '../cells/cell-kinds';
import { invariant } from '../shared/invariant';
import { msg, type Msg } from '../shared/msg';
import { cellId, isValidName, publishedName, type Cell, type CellId, type ParameterSpec } from './cell-types';
import { resultNameProblem } from './name-registry';
import type { Notebook, NotebookMeta } from './notebook-types';

/** The cell types the UI creates from scratch. */
export type NewCellType = 'sql' | 'markdown' | 'chart' | 'parameter' | 'rule' | 'custom-rule' | 'model';

/** Options for `createCell`. */
export interface CreateCellOptions {
  /** Where the cell will be inserted (default: the end); a chart plots the nearest SQL cell before it. */
  readonly index?: number;
  /** The cell's text (default: empty). */
  readonly source?: string;
}

/** A deleted cell and where it was, for `restoreCell` (Jupyter's undo delete, Z). */
export interface DeletedCell {
  readonly cell: Cell;
  readonly index: number;
}

/** What `updateCell` may change; each field only on the cell types that have it. */
export interface CellPatch {
  readonly source?: string;
  /** SQL, parameter and Rule cells. Must be a valid name no other cell publishes (see `checkCellName`). */
  readonly name?: string;
  /** Chart cells: the SQL cell they read. */
  readonly from?: string;
  /** Custom-rule cells: the rule's id. */
  readonly rule?: string;
  /** Model cells: the library model's id. */
  readonly model?: string;
  /** Parameter cells: kind and value. */
  readonly spec?: ParameterSpec;
}

const CATALOGUE_ID = /^[A-Za-z][\w.-]{0,63}$/;

/**
 * A new cell for `notebook`, not yet inserted: an id unique in the notebook (`c<n>`, above every
 * `c<n>` in use) and, for SQL and parameter cells, a unique name (`result_<n>`, `param_<n>`). A chart
 * plots the nearest SQL cell before `options.index` (or none, `''`); a parameter starts as the number 0.
 */
export function createCell(notebook: Notebook, type: NewCellType, options: CreateCellOptions = {}): Cell {
  const index = options.index ?? notebook.cells.length;
  invariant(index >= 0 && index <= notebook.cells.length, `invalid cell index: ${index}`);
  const create = kindOfType(type).create;
  invariant(create !== undefined, `a ${type} cell cannot be created`);
  return create({
    id: freshId(notebook.cells),
    cells: notebook.cells,
    index,
    source: options.source,
    freshName: (prefix, name) =>
      name !== undefined && !isNameTaken(notebook.cells, name) ? name : freshName(notebook.cells, prefix),
  });
}

/** Inserts `cell` at `index` (0 … number of cells). Its id must not be in use. */
export function insertCell(notebook: Notebook, index: number, cell: Cell): Notebook {
  invariant(
    Number.isInteger(index) && index >= 0 && index <= notebook.cells.length,
    `invalid cell index: ${index}`,
  );
  invariant(!notebook.cells.some((c) => c.id === cell.id), `duplicate cell id: ${cell.id}`);
  const cells = [...notebook.cells];
  cells.splice(index, 0, cell);
  return { ...notebook, cells };
}

/** Removes a cell; `deleted` lets `restoreCell` put it back. */
export function deleteCell(notebook: Notebook, id: CellId): { notebook: Notebook; deleted: DeletedCell } {
  const index = indexOf(notebook, id);
  const cells = notebook.cells.filter((c) => c.id !== id);
  return { notebook: { ...notebook, cells }, deleted: { cell: notebook.cells[index] as Cell, index } };
}

/**
 * Puts a deleted cell back where it was (or at the end, if the notebook has since shrunk). Should its id
 * or name have been taken meanwhile, it gets a fresh one.
 */
export function restoreCell(notebook: Notebook, deleted: DeletedCell): Notebook {
  let cell = deleted.cell;
  if (notebook.cells.some((c) => c.id === cell.id)) cell = { ...cell, id: freshId(notebook.cells) };
  const name = publishedName(cell);
  if (name !== undefined && isNameTaken(notebook.cells, name))
    cell = withName(cell, copyName(notebook.cells, name));
  return insertCell(notebook, Math.min(deleted.index, notebook.cells.length), cell);
}

/** Moves a cell `delta` places (negative: up), stopping at either end. */
export function moveCell(notebook: Notebook, id: CellId, delta: number): Notebook {
  invariant(Number.isInteger(delta), `invalid move: ${delta}`);
  const from = indexOf(notebook, id);
  const to = Math.min(Math.max(from + delta, 0), notebook.cells.length - 1);
  const cells = [...notebook.cells];
  const [cell] = cells.splice(from, 1);
  cells.splice(to, 0, cell as Cell);
  return { ...notebook, cells };
}

/** Copies a cell just after itself, with a new id and, if it publishes a name, a new unique name. */
export function duplicateCell(notebook: Notebook, id: CellId): Notebook {
  const index = indexOf(notebook, id);
  const original = notebook.cells[index] as Cell;
  let copy: Cell = { ...original, id: freshId(notebook.cells) };
  const name = publishedName(original);
  if (name !== undefined) copy = withName(copy, copyName(notebook.cells, name));
  return insertCell(notebook, index + 1, copy);
}

/**
 * Turns a cell into Markdown or SQL (Jupyter's M and Y), keeping its id and text. A cell becoming SQL
 * keeps the name it publishes (a parameter's) or gets a fresh `result_<n>`; Markdown is fenced.
 */
export function changeCellType(notebook: Notebook, id: CellId, type: 'markdown' | 'sql'): Notebook {
  const index = indexOf(notebook, id);
  const cell = notebook.cells[index] as Cell;
  if (cell.type === type && (type === 'sql' || (cell.type === 'markdown' && cell.isFenced)))
    return { ...notebook };
  const changed: Cell =
    type === 'markdown'
      ? { type, id: cell.id, source: cell.source, isFenced: true }
      : {
          type,
          id: cell.id,
          source: cell.source,
          name: publishedName(cell) ?? freshName(notebook.cells, 'result'),
        };
  return replaceAt(notebook, index, changed);
}

/**
 * Changes fields of one cell. A field the cell's type does not have, an invalid name, `from` or catalogue
 * id, or a name another cell publishes, is a developer error: check names first with `checkCellName`.
 */
export function updateCell(notebook: Notebook, id: CellId, patch: CellPatch): Notebook {
  const index = indexOf(notebook, id);
  const cell = notebook.cells[index] as Cell;
  const allowed = new Set<keyof CellPatch>(['source', ...kindOf(cell).fields]);
  for (const key of Object.keys(patch) as (keyof CellPatch)[]) {
    invariant(patch[key] === undefined || allowed.has(key), `a ${cell.type} cell has no ${key}`);
  }
  if (patch.name !== undefined) {
    invariant(isValidName(patch.name), `invalid name: ${patch.name}`);
    invariant(!isNameTaken(notebook.cells, patch.name, id), `duplicate name: ${patch.name}`);
  }
  if (patch.from !== undefined) invariant(isValidName(patch.from), `invalid from: ${patch.from}`);
  if (patch.rule !== undefined)
    invariant(CATALOGUE_ID.test(patch.rule), `invalid catalogue id: ${patch.rule}`);
  if (patch.model !== undefined)
    invariant(CATALOGUE_ID.test(patch.model), `invalid catalogue id: ${patch.model}`);
  const defined = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
  return replaceAt(notebook, index, { ...cell, ...defined } as Cell);
}

/** Changes the front matter (title, author, datasets, mappings…); a field set to undefined is removed. */
export function updateMeta(notebook: Notebook, patch: Partial<NotebookMeta>): Notebook {
  const meta: Record<string, unknown> = { ...notebook.meta, ...patch };
  for (const key of Object.keys(meta)) if (meta[key] === undefined) delete meta[key];
  return { ...notebook, meta: meta as unknown as NotebookMeta };
}

/**
 * Why `name` cannot name cell `id`, for the UI to show before calling `updateCell`: it is not a plain SQL
 * identifier, another cell publishes it (ignoring case, as DuckDB does), or one of the tables the cell
 * would make is reserved for data by the name registry or made by another cell. Undefined when it can.
 */
export function checkCellName(notebook: Notebook, id: CellId, name: string): Msg | undefined {
  if (!isValidName(name))
    return msg(
      `名称“${name}”无效：只能用字母、数字和下划线，不能以数字开头，最多 63 个字符。`,
      `The name "${name}" is invalid: use letters, digits and underscores, not starting with a digit, at most 63 characters.`,
    );
  if (isNameTaken(notebook.cells, name, id))
    return msg(
      `名称“${name}”已被其他单元使用，请换一个。`,
      `The name "${name}" is already used by another cell; choose another.`,
    );
  const cell = notebook.cells.find((c) => c.id === id);
  const role = cell && kindOf(cell).resultRole;
  if (role === undefined) return undefined;
  const others = notebook.cells
    .filter((c) => c.id !== id)
    .flatMap((c) => publishedTables(c).map((t) => ({ name: t, kind: 'view' as const })));
  return resultNameProblem(role, name, others, undefined, cell?.type === 'model' ? cell.model : '');
}

function indexOf(notebook: Notebook, id: CellId): number {
  const index = notebook.cells.findIndex((c) => c.id === id);
  invariant(index >= 0, `invalid cell id: ${id}`);
  return index;
}

function replaceAt(notebook: Notebook, index: number, cell: Cell): Notebook {
  return { ...notebook, cells: notebook.cells.map((c, i) => (i === index ? cell : c)) };
}

function freshId(cells: readonly Cell[]): CellId {
  const used = cells
    .map((c) => /^c(\d{1,9})$/.exec(c.id)?.[1])
    .map(Number)
    .filter(Number.isFinite);
  let n = Math.max(0, ...used) + 1;
  while (cells.some((c) => c.id === `c${n}`)) n += 1;
  return cellId(`c${n}`);
}

function isNameTaken(cells: readonly Cell[], name: string, except?: CellId): boolean {
  const lower = name.toLowerCase();
  return cells.some((c) => c.id !== except && publishedName(c)?.toLowerCase() === lower);
}

/** The first of `<prefix>_1`, `<prefix>_2`, … that no cell publishes. */
function freshName(cells: readonly Cell[], prefix: string): string {
  let n = 1;
  while (isNameTaken(cells, `${prefix}_${n}`)) n += 1;
  return `${prefix}_${n}`;
}

/** A name for a copy of `name`: its stem (without a `_<n>` suffix) and the first free `_<n>`, n ≥ 2. */
function copyName(cells: readonly Cell[], name: string): string {
  const stem = name.replace(/_\d+$/, '').slice(0, 50) || 'result';
  let n = 2;
  while (isNameTaken(cells, `${stem}_${n}`)) n += 1;
  return `${stem}_${n}`;
}

function withName(cell: Cell, name: string): Cell {
  // Every kind with a `name` field publishes it (SQL views, parameters, Rule findings tables).
  return kindOf(cell).fields.includes('name') ? ({ ...cell, name } as Cell) : cell;
}

/** A notebook with no cells, titled `title`. */
export function emptyNotebook(title = ''): Notebook {
  return { meta: { title, datasets: [], mappings: [] }, cells: [], log: [] };
}
