import { css } from 'lit';

/** Styles of `cl-sql-editor` (CodeMirror's own styles are mounted into the shadow root by the view). */
export const sqlEditorStyles = css`
  :host {
    display: block;
  }
  .editor {
    border: 1px solid var(--cl-border);
    border-radius: var(--cl-radius-sm);
    overflow: hidden;
    background: var(--cl-surface);
  }
  .editor .cm-editor {
    font-size: 13px;
    max-height: 420px;
    color: var(--cl-text);
    background: var(--cl-surface);
  }
  .editor .cm-editor.cm-focused {
    outline: 2px solid var(--cl-focus);
    outline-offset: -1px;
  }
  .editor .cm-scroller {
    font-family: var(--cl-font-mono);
    line-height: 1.55;
  }
  .editor .cm-gutters {
    background: var(--cl-surface-alt);
    border-right: 1px solid var(--cl-border);
    color: var(--cl-text-muted);
  }
  .editor .cm-content {
    min-height: 3.2em;
    caret-color: var(--cl-text);
  }
  .editor .cm-activeLine,
  .editor .cm-activeLineGutter {
    background: color-mix(in srgb, var(--cl-accent-soft) 45%, transparent);
  }
  pre.static {
    margin: 0;
    padding: 4px 8px 4px 40px;
    min-height: 3.2em;
    font: 13px/1.55 var(--cl-font-mono);
    white-space: pre-wrap;
    word-break: break-word;
    color: var(--cl-text);
  }
`;
