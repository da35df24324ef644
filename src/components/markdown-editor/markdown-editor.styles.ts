import { css } from 'lit';
import { controlStyles } from '../../theme/theme';

/** Styles of `cl-markdown-editor` (CodeMirror's own styles are mounted into the shadow root by the view). */
export const markdownEditorStyles = [
  controlStyles,
  css`
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
      font-size: var(--cl-font-size-lg);
      line-height: 1.6;
      min-height: 4.5em;
      max-height: 60vh;
    }
    .editor .cm-editor.cm-focused {
      outline: 2px solid var(--cl-focus);
      outline-offset: -2px;
    }
    .editor .cm-scroller {
      overflow: auto;
    }
  `,
];
