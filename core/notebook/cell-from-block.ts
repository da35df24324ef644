import { msg } from '../shared/msg';
import type { AnyCellKind } from '../cells/cell-kind';
import { kindOfFence, kindOfType } from '../cells/cell-kinds';
import { isValidCellId, isValidName, type Cell, type CellId } from './cell-types';
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

const isValidCatalogueId = (value: string): boolean => /^[A-Za-z][\w.-]{0,63}$/.test(value);

/**
 * Turns a fenced block into a cell, by the kind that reads its fence word (`core/cells/cell-kinds.ts`).
 * `takeId` claims an id (returns a fresh one when the wanted id is missing or taken). An unknown type, or
 * a known type missing a required attribute, becomes an `unknown` cell that keeps the block verbatim;
 * model and evidence fences become `unavailable` cells, verbatim too. Parameter cells get a placeholder
 * spec; the caller fills it in.
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
  const verbatim = (kind: AnyCellKind = kindOfType('unknown')): Cell =>
    kind.fromBlock({ id: takeId(attrs.get('id'), line), fence: type, info, source, attributes: attrs });
  const kind = kindOfFence(type);
  if (kind === undefined) {
    problems.push({
      code: 'unknown-cell-type',
      line,
      message: msg(
        `未知的单元类型“${type}”：按原样保留，不会运行。`,
        `Unknown cell type "${type}": kept as-is, not run.`,
      ),
    });
    return verbatim();
  }
  // Kinds kept verbatim (cells a later version runs) are written back as read: their attributes are theirs.
  if (kind.attributes === 'verbatim') return verbatim(kind);
  if ((rest !== '' && !isBraced) || errors.length > 0) {
    const bad = isBraced ? errors.join(' ') : rest;
    problems.push({
      code: 'bad-attribute',
      line,
      message: msg(`无法识别的属性：${bad}`, `Unreadable attribute: ${bad}`),
    });
  }
  const allowed: readonly string[] = ['id', ...kind.attributes.map((a) => a.key)];
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
  for (const { key, value: kindOfValue, isOptional } of kind.attributes) {
    const value = attrs.get(key);
    const isValid =
      value !== undefined &&
      (kindOfValue === 'catalogue-id' ? isValidCatalogueId(value) : isValidName(value));
    // A chart may not have chosen its source yet: it opens, and says so when run.
    const isUnchosen = isOptional === true && value === undefined;
    if (!isValid && !isUnchosen) {
      problems.push({
        code: value === undefined ? 'missing-attribute' : 'bad-attribute',
        line,
        message: msg(
          `${type} 单元缺少有效的“${key}”属性：按原样保留，不会运行。`,
          `The ${type} cell lacks a valid "${key}" attribute: kept as-is, not run.`,
        ),
      });
      return verbatim();
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
  const known = new Map([...attrs].filter(([key]) => allowed.includes(key)));
  return kind.fromBlock({ id, fence: type, info, source, attributes: known });
}
