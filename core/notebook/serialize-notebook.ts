import { assertNever } from '../shared/invariant';
import { formatAuditLog } from './audit-log-format';
import { TYPE_ATTRIBUTES } from './cell-from-block';
import type { Cell, ParameterCell } from './cell-types';
import { formatFenceAttributes } from './fence-attributes';
import { writeFrontMatter } from './front-matter-write';
import type { Notebook } from './notebook-types';

/**
 * Writes a notebook in its one canonical form: `---` front matter `---`, then each cell separated by
 * one blank line, ending with a newline. Fences use backticks, one more than the longest backtick run
 * starting a line of the source (at least three). A non-empty audit log follows the cells as the last
 * block, fenced `claimlens-log`; an empty one is not written. For every canonical file `x`,
 * `serializeNotebook(parseNotebook(x).notebook) === x`.
 */
export function serializeNotebook(notebook: Notebook): string {
  const parameters = notebook.cells.filter((c): c is ParameterCell => c.type === 'parameter');
  const head = `---\n${writeFrontMatter(notebook.meta, parameters)}\n---\n`;
  const log = notebook.log.length > 0 ? `\n${formatAuditLog(notebook.log)}\n` : '';
  return head + notebook.cells.map((cell) => `\n${writeCell(cell)}\n`).join('') + log;
}

function writeCell(cell: Cell): string {
  if (cell.type === 'markdown' && !cell.isFenced && canStayProse(cell.source)) return cell.source;
  const info =
    cell.type === 'unknown' ? cell.info : `${cell.type} ${formatFenceAttributes(attributesOf(cell))}`;
  const runs = cell.source.match(/^ {0,3}(`{3,})/gm) ?? [];
  const fence = '`'.repeat(Math.max(3, ...runs.map((run) => run.trim().length + 1)));
  const body = cell.source === '' ? '' : `${cell.source}\n`;
  return `${fence}${info}\n${body}${fence}`;
}

function attributesOf(cell: Exclude<Cell, { type: 'unknown' }>): [string, string][] {
  const attributes: [string, string][] = [['id', cell.id]];
  switch (cell.type) {
    case 'markdown':
      break;
    case 'sql':
    case 'parameter':
      attributes.push(['name', cell.name]);
      break;
    case 'rule':
      attributes.push(['name', cell.name]);
      break;
    case 'custom-rule':
      attributes.push(['rule', cell.rule]);
      break;
    case 'model':
      attributes.push(['model', cell.model]);
      break;
    case 'chart':
    case 'evidence':
      if (cell.from !== '') attributes.push(['from', cell.from]);
      break;
    default:
      assertNever(cell, 'cell');
  }
  return attributes.filter(
    ([key]) => key === 'id' || (TYPE_ATTRIBUTES[cell.type] as readonly string[]).includes(key),
  );
}

/** Prose is written unfenced only when it reads back the same: no fence lines, no blank edges. */
function canStayProse(source: string): boolean {
  return (
    source.trim() !== '' && source === source.replace(/^\s*\n|\n\s*$/g, '') && !/^(`{3,}|~{3,})/m.test(source)
  );
}
