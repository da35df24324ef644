import { css } from 'lit';

/** Styles of `<cl-verbatim-cell>`. */
export const verbatimCellStyles = css`
  :host {
    display: block;
  }
  .notice {
    margin: 0 0 8px;
    padding: 6px 8px;
    border-left: 3px solid var(--cl-border);
    background: var(--cl-surface-alt);
    border-radius: var(--cl-radius-sm);
  }
  pre {
    margin: 0;
    padding: 8px;
    font: 13px/1.5 var(--cl-font-mono);
    background: var(--cl-surface-alt);
    border-radius: var(--cl-radius-sm);
    white-space: pre-wrap;
  }
`;
