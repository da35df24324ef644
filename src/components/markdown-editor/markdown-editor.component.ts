import { LitElement, html, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { EditorState } from '@codemirror/state';
import { EditorView, placeholder } from '@codemirror/view';
import { locale } from '../../i18n/locale';
import { t } from '../../i18n/translate';
import {
  editorLabel,
  labelCompartment,
  markdownEditorExtensions,
  placeholderCompartment,
} from './markdown-editor-setup';
import { markdownEditorStyles } from './markdown-editor.styles';

/** The Markdown text changed by the user (not by setting `value`). */
export type MarkdownInputEvent = CustomEvent<{ readonly value: string }>;

/**
 * A CodeMirror editor for a Markdown cell: highlighting, line wrapping, search (Ctrl/Cmd+F),
 * undo/redo, bracket matching and list continuation. Each user change dispatches `cl-markdown-input`.
 * Escape, Shift+Enter, Ctrl/Cmd+Enter and Alt+Enter bubble out as keydown events for the notebook.
 */
export class MarkdownEditorElement extends LitElement {
  static override styles = markdownEditorStyles;

  /** The Markdown text. Setting it replaces the document without dispatching `cl-markdown-input`. */
  @property() value = '';

  @query('.editor') private editorHost!: HTMLElement;

  #view: EditorView | undefined;
  #isApplying = false;
  #unsubscribeLocale: (() => void) | undefined;

  protected override firstUpdated(): void {
    this.#view = new EditorView({
      parent: this.editorHost,
      // Inside a shadow root CodeMirror must mount its styles there, not in the document.
      root: this.shadowRoot ?? document,
      state: EditorState.create({
        doc: this.value,
        extensions: markdownEditorExtensions({
          onChange: (value) => this.#changed(value),
          placeholder: t('markdown.placeholder'),
          label: t('markdown.editor'),
        }),
      }),
    });
  }

  protected override updated(changed: PropertyValues<this>): void {
    const view = this.#view;
    if (!changed.has('value') || !view || view.state.doc.toString() === this.value) return;
    this.#isApplying = true;
    try {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: this.value } });
    } finally {
      this.#isApplying = false;
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#unsubscribeLocale = locale.subscribe(() =>
      this.#view?.dispatch({
        effects: [
          placeholderCompartment.reconfigure(placeholder(t('markdown.placeholder'))),
          labelCompartment.reconfigure(editorLabel(t('markdown.editor'))),
        ],
      }),
    );
  }

  override disconnectedCallback(): void {
    this.#unsubscribeLocale?.();
    this.#unsubscribeLocale = undefined;
    super.disconnectedCallback();
  }

  /** Puts the cursor in the editor (scrolling it into view). */
  focusEditor(): void {
    this.scrollIntoView({ block: 'nearest' });
    this.#view?.focus();
  }

  override render() {
    return html`<div class="editor" data-testid="markdown-editor"></div>`;
  }

  #changed(value: string): void {
    if (this.#isApplying) return;
    // Kept in step so a re-render with the same text does not reset the document.
    this.value = value;
    this.dispatchEvent(
      new CustomEvent('cl-markdown-input', {
        detail: { value },
        bubbles: true,
        composed: true,
      }) satisfies MarkdownInputEvent,
    );
  }
}
