import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { markdown, markdownLanguage } from '@codemirror/lang-markdown';
import { bracketMatching, HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { highlightSelectionMatches, search, searchKeymap } from '@codemirror/search';
import { Compartment, Prec, type Extension } from '@codemirror/state';
import {
  drawSelection,
  dropCursor,
  EditorView,
  highlightActiveLine,
  highlightSpecialChars,
  keymap,
  placeholder,
} from '@codemirror/view';
import { tags } from '@lezer/highlight';

/** What the editor calls back into. */
export interface MarkdownEditorOptions {
  /** The document changed (typing, paste, undo). */
  readonly onChange: (value: string) => void;
  readonly placeholder: string;
  /** The editor's accessible name. */
  readonly label: string;
}

/** The placeholder compartment: swapped when the UI language changes. */
export const placeholderCompartment = new Compartment();
/** The accessible-name compartment: swapped when the UI language changes. */
export const labelCompartment = new Compartment();

/** The `aria-label` of the editable area. */
export function editorLabel(label: string): Extension {
  return EditorView.contentAttributes.of({ 'aria-label': label });
}

/**
 * Keys the notebook owns while a cell is edited (run, run and advance, run and insert). They are
 * claimed here only so CodeMirror does not also insert a line; the keydown still bubbles, unstopped,
 * to the notebook, which reads it with `matchShortcut`. Escape is not bound at all for the same reason.
 */
const notebookKeys = Prec.highest(
  keymap.of(['Shift-Enter', 'Mod-Enter', 'Alt-Enter'].map((key) => ({ key, run: () => true }))),
);

// Colours come from the theme tokens, so the editor follows the light and dark themes without a
// reconfiguration (CodeMirror's default highlight colours are unreadable on a dark surface).
const highlightStyle = HighlightStyle.define([
  { tag: tags.heading1, fontWeight: '700', fontSize: '1.25em' },
  { tag: tags.heading2, fontWeight: '700', fontSize: '1.12em' },
  { tag: [tags.heading3, tags.heading4, tags.heading5, tags.heading6], fontWeight: '700' },
  { tag: tags.emphasis, fontStyle: 'italic' },
  { tag: tags.strong, fontWeight: '700' },
  { tag: tags.strikethrough, textDecoration: 'line-through' },
  { tag: [tags.link, tags.url], color: 'var(--cl-accent)' },
  { tag: tags.url, textDecoration: 'underline' },
  { tag: tags.monospace, fontFamily: 'var(--cl-font-mono)', color: 'var(--cl-accent)' },
  {
    tag: [tags.processingInstruction, tags.contentSeparator, tags.labelName, tags.quote],
    color: 'var(--cl-text-muted)',
  },
  { tag: tags.comment, color: 'var(--cl-text-muted)', fontStyle: 'italic' },
]);

const tokenTheme = EditorView.theme({
  '&': { color: 'var(--cl-text)', backgroundColor: 'var(--cl-surface)' },
  '.cm-content': { caretColor: 'var(--cl-text)', fontFamily: 'var(--cl-font-sans)', padding: '8px 0' },
  '.cm-line': { padding: '0 10px' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--cl-text)' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection':
    { backgroundColor: 'var(--cl-accent-soft)' },
  '.cm-activeLine': { backgroundColor: 'transparent' },
  '&.cm-focused .cm-activeLine': { backgroundColor: 'var(--cl-surface-alt)' },
  '.cm-placeholder': { color: 'var(--cl-text-muted)' },
  '.cm-panels': { backgroundColor: 'var(--cl-surface-alt)', color: 'var(--cl-text)' },
  '.cm-panels.cm-panels-top': { borderBottom: '1px solid var(--cl-border)' },
  '.cm-textfield': {
    backgroundColor: 'var(--cl-surface)',
    color: 'var(--cl-text)',
    border: '1px solid var(--cl-border-strong)',
  },
  '.cm-button': {
    backgroundImage: 'none',
    backgroundColor: 'var(--cl-surface)',
    color: 'var(--cl-text)',
    border: '1px solid var(--cl-border-strong)',
  },
  '.cm-panel.cm-search label': { color: 'var(--cl-text)' },
});

/**
 * The editor's extensions: Markdown (GFM) highlighting, line wrapping, bracket matching, search,
 * undo/redo, list continuation on Enter, theme-aware colours, and no handling of the notebook's keys.
 */
export function markdownEditorExtensions(options: MarkdownEditorOptions): Extension[] {
  return [
    notebookKeys,
    highlightSpecialChars(),
    drawSelection(),
    dropCursor(),
    history(),
    bracketMatching(),
    highlightActiveLine(),
    search({ top: true }),
    highlightSelectionMatches(),
    markdown({ base: markdownLanguage, completeHTMLTags: false }),
    syntaxHighlighting(highlightStyle),
    keymap.of([...searchKeymap, ...historyKeymap, ...defaultKeymap, indentWithTab]),
    EditorView.lineWrapping,
    tokenTheme,
    placeholderCompartment.of(placeholder(options.placeholder)),
    labelCompartment.of(editorLabel(options.label)),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) options.onChange(update.state.doc.toString());
    }),
  ];
}
