import { kindOf } from '../cells/cell-kinds';
import { isParameterCell } from '../cells/parameter/is-parameter-cell';
import { formatAuditLog } from './audit-log-format';
import { writeFrontMatter } from './front-matter-write';
import type { Notebook } from './notebook-types';

/**
 * Writes a notebook in its one canonical form: `---` front matter `---`, then each cell separated by
 * one blank line (each written by its kind), ending with a newline. Fences use backticks, one more than the longest backtick run
 * starting a line of the source (at least three). A non-empty audit log follows the cells as the last
 * block, fenced `claimlens-log`; an empty one is not written. For every canonical file `x`,
 * `serializeNotebook(parseNotebook(x).notebook) === x`.
 */
export function serializeNotebook(notebook: Notebook): string {
  const parameters = notebook.cells.filter(isParameterCell);
  const head = `---\n${writeFrontMatter(notebook.meta, parameters)}\n---\n`;
  const log = notebook.log.length > 0 ? `\n${formatAuditLog(notebook.log)}\n` : '';
  return head + notebook.cells.map((cell) => `\n${kindOf(cell).write(cell)}\n`).join('') + log;
}
