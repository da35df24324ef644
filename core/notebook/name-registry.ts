import { CANONICAL_TABLES } from '../mapping/mapping-types';
import { msg, type Msg } from '../shared/msg';
import { modelOutputTables } from '../models/model-output-tables';

/**
 * The one registry of table and view names. Data owns whole namespaces that a cell's result (a SQL
 * cell's view, a Rule cell's `<name>` and `<name>_lines`, a Model cell's `<name>`, `<name>_links` and
 * extra tables) may never enter, whether or not that data is
 * loaded yet: so a file loaded or mapped later can never meet a cell of the same name, and nothing is
 * ever replaced. What is already in the engine is checked too (`resultNameProblem`), by the notebook
 * core when a cell is named, and by the kernel, the browser worker and the CLI when a cell runs.
 */

/** Who owns a reserved name. */
export type NameOwner = 'kernel' | 'canonical' | 'problems' | 'raw' | 'knowledge' | 'workshop' | 'catalog';

/** Prefixes a namespace owns (compared lower-cased). */
const RESERVED_PREFIXES: readonly (readonly [string, NameOwner])[] = [
  ['_cl_', 'kernel'],
  ['_ws_', 'workshop'],
  ['_problems_', 'problems'],
  ['raw_', 'raw'],
  ['kb_', 'knowledge'],
];

/** Whole names a namespace owns (compared lower-cased). */
const RESERVED_NAMES: ReadonlyMap<string, NameOwner> = new Map<string, NameOwner>([
  ...CANONICAL_TABLES.map((t) => [t, 'canonical'] as const),
  ['answers', 'workshop'],
  // `demo`: the schema the demo is kept apart in (demo.setl…). A view of that name would not shadow it in
  // DuckDB, but `demo.setl` names `demo` to the dependency graph, which would tie it to such a cell.
  ...['claims', 'main', 'temp', 'memory', 'system', 'information_schema', 'pg_catalog', 'demo'].map(
    (t) => [t, 'catalog'] as const,
  ),
]);

/** The owner of `name` when a cell may not take it, else undefined (case-insensitive). */
export function reservedOwner(name: string): NameOwner | undefined {
  const lower = name.toLowerCase();
  return RESERVED_NAMES.get(lower) ?? RESERVED_PREFIXES.find(([prefix]) => lower.startsWith(prefix))?.[1];
}

/** The kinds of cell whose results are tables or views: a SQL cell's view, Rule findings, a model's output. */
export type ResultRole = 'sql' | 'rule' | 'model';

/**
 * The tables and views a cell of `type` named `name` makes (a Rule cell also makes `<name>_lines`; a
 * Model cell running `model` also makes `<name>_links` and the model's extra tables).
 */
export function resultNames(type: ResultRole, name: string, model = ''): string[] {
  if (type === 'model') return modelOutputTables(name, model);
  return type === 'rule' ? [name, `${name}_lines`] : [name];
}

/** A table or view the engine already holds. */
export interface CatalogEntry {
  readonly name: string;
  readonly kind: 'table' | 'view';
}

/**
 * Why a cell of `type` cannot be named `name`: one of its result names is reserved, or is already a
 * table or view in `existing` that is not the cell's own (`isOwn`). Undefined when it can.
 */
export function resultNameProblem(
  type: ResultRole,
  name: string,
  existing: readonly CatalogEntry[] = [],
  isOwn: (name: string) => boolean = () => false,
  model = '',
): Msg | undefined {
  for (const result of resultNames(type, name, model)) {
    const owner = reservedOwner(result);
    if (owner) return reservedMessage(type, name, result, owner);
    const lower = result.toLowerCase();
    const taken = existing.find((e) => e.name.toLowerCase() === lower);
    if (taken && !isOwn(taken.name)) return takenMessage(type, name, taken);
  }
  return undefined;
}

/** What a clash between loaded data and a cell's result looks like from the data's side. */
export function dataClashMessage(table: string, cellName: string): Msg {
  return msg(
    `数据表名“${table}”与单元“${cellName}”的结果同名：未替换任何内容。请重命名该单元后再加载或映射。`,
    `The data table name "${table}" is the name of cell "${cellName}"'s result: nothing was replaced. Rename the cell, then load or map again.`,
  );
}

const OWNER_ZH: Record<NameOwner, string> = {
  kernel: 'ClaimLens 内部表（_cl_ 开头）',
  canonical: '标准数据表',
  problems: '数据校验问题表（_problems_ 开头）',
  raw: '加载文件的原始表（raw_ 开头）',
  knowledge: '知识库表（kb_ 开头）',
  workshop: '培训评分使用的表',
  catalog: '数据库或模式名称',
};

const OWNER_EN: Record<NameOwner, string> = {
  kernel: "ClaimLens's internal tables (starting with _cl_)",
  canonical: 'the canonical data tables',
  problems: 'the validation problem tables (starting with _problems_)',
  raw: "loaded files' raw tables (starting with raw_)",
  knowledge: 'the knowledge tables (starting with kb_)',
  workshop: 'the tables workshop scoring uses',
  catalog: 'database and schema names',
};

const CELL_ZH = { sql: 'SQL 单元', rule: '规则单元', model: '模型单元' } as const;
const CELL_EN = { sql: 'SQL cell', rule: 'Rule cell', model: 'Model cell' } as const;

function reservedMessage(type: ResultRole, name: string, result: string, owner: NameOwner): Msg {
  return msg(
    `${CELL_ZH[type]}不能命名为“${name}”：其结果表“${result}”属于${OWNER_ZH[owner]}，数据可能随时加载到这个名称下。请换一个名称。`,
    `A ${CELL_EN[type]} cannot be named "${name}": its result "${result}" belongs to ${OWNER_EN[owner]}, where data may be loaded at any time. Choose another name.`,
  );
}

function takenMessage(type: ResultRole, name: string, taken: CatalogEntry): Msg {
  const zh = taken.kind === 'view' ? '视图' : '数据表';
  return msg(
    `${CELL_ZH[type]}“${name}”的结果名“${taken.name}”已被${zh}占用，该${zh}未被替换：请给这个单元换一个名称。`,
    `The result "${taken.name}" of ${CELL_EN[type]} "${name}" is already a ${taken.kind === 'view' ? 'view' : 'data table'}, which was left as it is: give this cell another name.`,
  );
}
