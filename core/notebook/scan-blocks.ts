import { msg } from '../shared/msg';
import type { FencedBlock } from './cell-from-block';
import { NOTEBOOK_LIMITS } from './limits';
import type { NotebookProblem } from './notebook-types';

/** A piece of a notebook's body: a fenced block, or prose written outside any fence. */
export type BodyPiece =
  | ({ readonly kind: 'fenced' } & FencedBlock)
  | { readonly kind: 'prose'; readonly line: number; readonly source: string };

const OPENING = /^(`{3,}|~{3,})(.*)$/;

/**
 * Splits the body (the lines after the front matter) into fenced blocks and prose. Blank lines between
 * pieces are dropped; prose keeps its inner blank lines. An unclosed fence runs to the end of the file
 * (as in CommonMark) with a problem; a cell over `maxCellChars` is refused with a problem.
 * `firstLine` is the 1-based file line of `lines[0]`.
 */
export function scanBlocks(
  lines: readonly string[],
  firstLine: number,
  problems: NotebookProblem[],
): BodyPiece[] {
  const pieces: BodyPiece[] = [];
  let i = 0;
  while (i < lines.length) {
    const text = lines[i] as string;
    const opening = OPENING.exec(text);
    if (opening) {
      const fence = opening[1] as string;
      const info = (opening[2] as string).trim();
      const close = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
      let end = i + 1;
      while (end < lines.length && !close.test(lines[end] as string)) end += 1;
      const line = firstLine + i;
      if (end === lines.length) {
        problems.push({
          code: 'unclosed-fence',
          line,
          message: msg(
            '代码块没有结束标记：已读到文件末尾。',
            'This fenced block is never closed: it runs to the end of the file.',
          ),
        });
      }
      const source = lines.slice(i + 1, end).join('\n');
      if (!isTooLarge(source, line, problems)) pieces.push({ kind: 'fenced', line, info, source });
      i = end + 1;
    } else if (text.trim() === '') {
      i += 1;
    } else {
      let end = i + 1;
      while (end < lines.length && !OPENING.test(lines[end] as string)) end += 1;
      let last = end;
      while ((lines[last - 1] as string).trim() === '') last -= 1;
      const source = lines.slice(i, last).join('\n');
      if (!isTooLarge(source, firstLine + i, problems))
        pieces.push({ kind: 'prose', line: firstLine + i, source });
      i = end;
    }
  }
  return pieces;
}

function isTooLarge(source: string, line: number, problems: NotebookProblem[]): boolean {
  if (source.length <= NOTEBOOK_LIMITS.maxCellChars) return false;
  problems.push({
    code: 'too-large',
    line,
    message: msg(
      `单元超过 ${NOTEBOOK_LIMITS.maxCellChars} 个字符，未打开。`,
      `The cell is longer than ${NOTEBOOK_LIMITS.maxCellChars} characters; not opened.`,
    ),
  });
  return true;
}
