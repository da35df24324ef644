import { LitElement, html, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { closeCompletion } from '@codemirror/autocomplete';
import { EditorState } from '@codemirror/state';
import { EditorView, placeholder } from '@codemirror/view';
import type { SchemaInfo } from '../../../workers/api';
import { locale } from '../../i18n/locale';
import { t } from '../../i18n/translate';
import {
  languageCompartment,
  placeholderCompartment,
  sqlEditorExtensions,
  sqlLanguage,
} from './sql-editor-setup';
import { sqlEditorStyles } from './sql-editor.styles';

/** The editor's text changed. */
export type SqlInputEvent = CustomEvent<{ readonly value: string }>;

/**
 * A SQL editor: CodeMirror 6 with highlighting, bracket matching, search, undo and completion of the
 * loaded tables, views and columns. It mounts when it first scrolls into view, so a notebook of
 * hundreds of cells opens fast (until then its text shows as plain, selectable text). Running and
 * mode keys (Shift+Enter, Ctrl/⌘+Enter, Esc) are the notebook's: they are caught before the editor.
 */
export class SqlEditorElement extends LitElement {
  static override styles = sqlEditorStyles;

  @property({ attribute: false }) schema: SchemaInfo = { tables: [] };
  /** The text; setting it from outside replaces the editor's document when it differs. */
  @property() value = '';
  /** The accessible name of the editor. */
  @property() label = '';
  /** CodeMirror's own element: Lit never renders into it. */
  @query('.cm-host') private editorHost!: HTMLElement;

  #view: EditorView | undefined;
  #observer: IntersectionObserver | undefined;
  #unsubscribeLocale: (() => void) | undefined;

  /** Whether CodeMirror is mounted (tests and the notebook's focus handling use it). */
  get isMounted(): boolean {
    return this.#view !== undefined;
  }

  protected override firstUpdated(): void {
    if (typeof IntersectionObserver === 'undefined') {
      this.#mount();
      return;
    }
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) this.#mount();
      },
      { rootMargin: '400px 0px' },
    );
    this.#observer.observe(this);
  }

  protected override updated(changed: PropertyValues<this>): void {
    const view = this.#view;
    if (!view) return;
    if (changed.has('schema') && changed.get('schema') !== undefined) {
      view.dispatch({ effects: languageCompartment.reconfigure(sqlLanguage(this.schema)) });
    }
    if (changed.has('value') && view.state.doc.toString() !== this.value) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: this.value } });
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#unsubscribeLocale = locale.subscribe(() =>
      this.#view?.dispatch({
        effects: placeholderCompartment.reconfigure(placeholder(t('cell.placeholder'))),
      }),
    );
  }

  override disconnectedCallback(): void {
    this.#unsubscribeLocale?.();
    this.#observer?.disconnect();
    this.#view?.destroy();
    this.#view = undefined;
    super.disconnectedCallback();
  }

  /** Closes the completion list (the cell is about to run: it would hide the result). */
  closePopups(): void {
    if (this.#view) closeCompletion(this.#view);
  }

  /** Mounts the editor if needed and puts the cursor in it. */
  async focusEditor(): Promise<void> {
    await this.updateComplete;
    this.#mount();
    await this.updateComplete;
    this.#view?.focus();
  }

  override render() {
    return html`<div class="editor" data-testid="sql-editor">
      <div class="cm-host"></div>
      ${this.#view ? '' : html`<pre class="static" @click=${() => void this.focusEditor()}>${this.value}</pre>`}
    </div>`;
  }

  #mount(): void {
    if (this.#view) return;
    this.#observer?.disconnect();
    this.#view = new EditorView({
      parent: this.editorHost,
      // Inside a shadow root CodeMirror must mount its styles there, not in the document.
      root: this.shadowRoot ?? document,
      state: EditorState.create({
        doc: this.value,
        extensions: [
          sqlEditorExtensions(this.schema, { placeholder: t('cell.placeholder') }),
          EditorView.contentAttributes.of({ 'aria-label': this.label || t('cell.editorLabel') }),
          // The editable text is an explicit tab stop inside CodeMirror's scroller (tabindex -1), so the
          // scroller, which overflows on long lines, is reachable by keyboard (axe scrollable-region-focusable).
          EditorView.contentAttributes.of({ tabindex: '0' }),
          EditorView.updateListener.of((update) => {
            if (!update.docChanged) return;
            this.value = update.state.doc.toString();
            this.dispatchEvent(
              new CustomEvent('cl-sql-input', {
                detail: { value: this.value },
                bubbles: true,
                composed: true,
              }) satisfies SqlInputEvent,
            );
          }),
        ],
      }),
    });
    this.requestUpdate();
  }
}
