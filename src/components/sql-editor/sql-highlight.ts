import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import type { Extension } from '@codemirror/state';
import { tags } from '@lezer/highlight';

/**
 * SQL colours from the theme tokens, so the editor reads well in the light and the dark theme without
 * reconfiguring (CodeMirror's default colours are unreadable on a dark surface).
 */
const sqlHighlightStyle = HighlightStyle.define([
  {
    tag: [tags.keyword, tags.operatorKeyword, tags.modifier],
    color: 'var(--cl-code-keyword)',
    fontWeight: '600',
  },
  { tag: [tags.string, tags.special(tags.string)], color: 'var(--cl-code-string)' },
  { tag: [tags.number, tags.bool, tags.null], color: 'var(--cl-code-number)' },
  {
    tag: [tags.lineComment, tags.blockComment, tags.comment],
    color: 'var(--cl-text-muted)',
    fontStyle: 'italic',
  },
  { tag: [tags.function(tags.variableName), tags.standard(tags.name)], color: 'var(--cl-code-function)' },
  { tag: [tags.typeName, tags.special(tags.name)], color: 'var(--cl-code-type)' },
  { tag: [tags.punctuation, tags.operator], color: 'var(--cl-text-muted)' },
]);

/** The SQL editor's syntax colours. */
export function sqlHighlighting(): Extension {
  return syntaxHighlighting(sqlHighlightStyle);
}
