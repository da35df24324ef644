import {
  autocompletion,
  closeBrackets,
  closeBracketsKeymap,
  completeFromList,
  completionKeymap,
  ifNotIn,
} from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { PostgreSQL, sql } from '@codemirror/lang-sql';
import { bracketMatching, indentOnInput } from '@codemirror/language';
import { highlightSelectionMatches, search, searchKeymap } from '@codemirror/search';
import { Compartment, EditorState, type Extension } from '@codemirror/state';
import {
  EditorView,
  drawSelection,
  dropCursor,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
  placeholder,
} from '@codemirror/view';
import type { SchemaInfo } from '../../../workers/api';
import { columnCompletions, schemaNamespace } from './schema-completion';
import { sqlHighlighting } from './sql-highlight';

/** How the editor is set up. */
export interface SqlEditorOptions {
  readonly placeholder: string;
}

/** The language compartment: swapped when the schema changes, so completion knows new tables. */
export const languageCompartment = new Compartment();
/** The placeholder compartment: swapped when the UI language changes. */
export const placeholderCompartment = new Compartment();

/** The SQL language with completion over `schema` (DuckDB's syntax is closest to PostgreSQL's). */
export function sqlLanguage(schema: SchemaInfo): Extension {
  const support = sql({ dialect: PostgreSQL, schema: schemaNamespace(schema), upperCaseKeywords: true });
  const columns = ifNotIn(
    ['QuotedIdentifier', 'String', 'LineComment', 'BlockComment'],
    completeFromList(columnCompletions(schema)),
  );
  return [support, support.language.data.of({ autocomplete: columns })];
}

/**
 * The editor's extensions: highlighting, bracket matching and closing, completion of keywords, tables
 * and columns, search, undo/redo and line numbers (the notebook handles the run keys).
 */
export function sqlEditorExtensions(schema: SchemaInfo, options: SqlEditorOptions): Extension[] {
  return [
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightSpecialChars(),
    drawSelection(),
    dropCursor(),
    EditorState.allowMultipleSelections.of(true),
    indentOnInput(),
    sqlHighlighting(),
    bracketMatching(),
    closeBrackets(),
    autocompletion(),
    highlightActiveLine(),
    history(),
    search({ top: true }),
    highlightSelectionMatches(),
    keymap.of([
      ...closeBracketsKeymap,
      ...completionKeymap,
      ...searchKeymap,
      ...historyKeymap,
      ...defaultKeymap,
      indentWithTab,
    ]),
    placeholderCompartment.of(placeholder(options.placeholder)),
    EditorView.lineWrapping,
    languageCompartment.of(sqlLanguage(schema)),
  ];
}
