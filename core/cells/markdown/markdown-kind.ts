import { msg } from '../../shared/msg';
import type { MarkdownCell } from '../../notebook/cell-types';
import type { CellKind } from '../cell-kind';
import { fenced, fenceInfo } from '../fence-block';

/**
 * Prose. Markdown written outside any fence stays unfenced (`isFenced` false) as long as it reads back
 * the same, so hand-written files round-trip. It reads and defines nothing, and does not run.
 */
export const markdownKind = {
  type: 'markdown',
  fences: ['markdown'],
  label: () => msg('文字', 'Markdown'),
  attributes: [],
  fromBlock: ({ id, source }) => ({ type: 'markdown', id, source, isFenced: true }),
  write: (cell) =>
    !cell.isFenced && canStayProse(cell.source)
      ? cell.source
      : fenced(fenceInfo('markdown', cell.id), cell.source),
  create: ({ id, source }) => ({ type: 'markdown', id, source: source ?? '', isFenced: true }),
  fields: [],
  defines: () => ({ tables: [] }),
  reads: () => ({ names: [] }),
  isRunnable: false,
  view: 'cl-markdown-view',
} as const satisfies CellKind<MarkdownCell, 'cl-markdown-view'>;

/** Prose is written unfenced only when it reads back the same: no fence lines, no blank edges. */
function canStayProse(source: string): boolean {
  return (
    source.trim() !== '' && source === source.replace(/^\s*\n|\n\s*$/g, '') && !/^(`{3,}|~{3,})/m.test(source)
  );
}
