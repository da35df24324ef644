import { msg } from '../shared/msg';
import { CELL_TYPES, isValidCellId, isValidName, type Cell, type CellId, type CellType } from './cell-types';
import { parseFenceAttributes } from './fence-attributes';
import type { NotebookProblem } from './notebook-types';

/** A fenced block as found in the file, before it becomes a cell. */
export interface FencedBlock {
  /** 1-based line of the opening fence. */
  readonly line: number;
  /** Everything after the fence's backticks, trimmed (e.g. `sql {id=c3 name=inpatient}`). */
  readonly info: string;
  readonly source: string;
}

/** The attributes each known type carries besides `id`, in the order they are written. */
export const TYPE_ATTRIBUTES = {
  markdown: [],
  sql: ['name'],
  rule: ['name'],
  'custom-rule': ['rule'],
  model: ['model'],
  chart: ['from'],
  evidence: ['from'],
  parameter: ['name'],
} as const satisfies Record<CellType, readonly string[]>;

const isValidCatalogueId = (value: string): boolean => /^[A-Za-z][\w.-]{0,63}$/.test(value);

/**
 * Turns a fenced block into a cell. `takeId` claims an id (returns a fresh one when the wanted id is
 * missing or taken). An unknown type, or a known type missing a required attribute, becomes an `unknown`
 * cell that keeps the block verbatim. Parameter cells get a placeholder spec; the caller fills it in.
 */
export function cellFromBlock(
  block: FencedBlock,
  takeId: (wanted: string | undefined, line: number) => CellId,
  problems: NotebookProblem[],
): Cell {
  const { line, info, source } = block;
  const match = /^([A-Za-z][\w-]*)?\s*(.*)$/.exec(info) as RegExpExecArray;
  const type = match[1] ?? '';
  const rest = (match[2] as string).trim();
  const isBraced = rest.startsWith('{') && rest.endsWith('}');
  const { attributes, errors } = parseFenceAttributes(isBraced ? rest.slice(1, -1) : '');
  const attrs = new Map(attributes);
  const unknown = (): Cell => ({ type: 'unknown', id: takeId(attrs.get('id'), line), info, source });
  if (!(CELL_TYPES as readonly string[]).includes(type)) {
    problems.push({
      code: 'unknown-cell-type',
      line,
      message: msg(
        `未知的单元类型“${type}”：按原样保留，不会运行。`,
        `Unknown cell type "${type}": kept as-is, not run.`,
      ),
    });
    return unknown();
  }
  const cellType = type as CellType;
  if ((rest !== '' && !isBraced) || errors.length > 0) {
    const bad = isBraced ? errors.join(' ') : rest;
    problems.push({
      code: 'bad-attribute',
      line,
      message: msg(`无法识别的属性：${bad}`, `Unreadable attribute: ${bad}`),
    });
  }
  const allowed: readonly string[] = ['id', ...TYPE_ATTRIBUTES[cellType]];
  for (const key of attrs.keys()) {
    if (!allowed.includes(key)) {
      problems.push({
        code: 'bad-attribute',
        line,
        message: msg(
          `${type} 单元不支持属性“${key}”，已忽略。`,
          `A ${type} cell has no attribute "${key}"; ignored.`,
        ),
      });
    }
  }
  for (const key of TYPE_ATTRIBUTES[cellType]) {
    const value = attrs.get(key);
    const isValid =
      value !== undefined &&
      (key === 'rule' || key === 'model' ? isValidCatalogueId(value) : isValidName(value));
    // A chart or evidence cell may not have chosen its source yet: it opens, and says so when run.
    const isUnchosenSource = key === 'from' && value === undefined;
    if (!isValid && !isUnchosenSource) {
      problems.push({
        code: value === undefined ? 'missing-attribute' : 'bad-attribute',
        line,
        message: msg(
          `${type} 单元缺少有效的“${key}”属性：按原样保留，不会运行。`,
          `The ${type} cell lacks a valid "${key}" attribute: kept as-is, not run.`,
        ),
      });
      return unknown();
    }
  }
  const wanted = attrs.get('id');
  if (wanted === undefined || !isValidCellId(wanted)) {
    problems.push({
      code: wanted === undefined ? 'missing-attribute' : 'bad-attribute',
      line,
      message: msg('单元缺少有效的 id，已自动生成。', 'The cell lacks a valid id; one was generated.'),
    });
  }
  const id = takeId(wanted !== undefined && isValidCellId(wanted) ? wanted : undefined, line);
  const get = (key: string): string => attrs.get(key) as string;
  switch (cellType) {
    case 'markdown':
      return { type: cellType, id, source, isFenced: true };
    case 'sql':
      return { type: cellType, id, source, name: get('name') };
    case 'rule':
      return { type: cellType, id, source, name: get('name') };
    case 'custom-rule':
      return { type: cellType, id, source, rule: get('rule') };
    case 'model':
      return { type: cellType, id, source, model: get('model') };
    case 'chart':
    case 'evidence':
      return { type: cellType, id, source, from: attrs.get('from') ?? '' };
    case 'parameter':
      return { type: cellType, id, source, name: get('name'), spec: { kind: 'text', value: '' } };
  }
}
