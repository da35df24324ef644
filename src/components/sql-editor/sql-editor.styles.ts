import { css } from 'lit';
import { controlStyles } from '../../theme/theme';

/** Styles of `cl-sql-cell` (CodeMirror's own styles are mounted into the shadow root by the view). */
export const sqlCellStyles = [
  controlStyles,
  css`
    :host {
      display: block;
    }
    .cell {
      display: flex;
      flex-direction: column;
      gap: 8px;
      padding: 10px 12px 12px;
      border: 1px solid var(--cl-border);
      border-left: 4px solid var(--cl-border-strong);
      border-radius: var(--cl-radius);
      background: var(--cl-surface);
      box-shadow: var(--cl-shadow);
    }
    .cell.running {
      border-left-color: var(--cl-focus);
    }
    .cell.done {
      border-left-color: var(--cl-accent);
    }
    .cell.error {
      border-left-color: var(--cl-danger);
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
    }
    .label {
      font-weight: 600;
      font-size: var(--cl-font-size-sm);
      color: var(--cl-text-muted);
      margin-right: 4px;
    }
    .hint {
      font-size: var(--cl-font-size-sm);
    }
    .status {
      margin-left: auto;
      display: inline-flex;
      align-items: center;
      gap: 6px;
      font-size: var(--cl-font-size-sm);
      font-variant-numeric: tabular-nums;
      color: var(--cl-text-muted);
    }
    .status.done {
      color: var(--cl-ok);
    }
    .status.error {
      color: var(--cl-danger);
    }
    .remove {
      font-size: 16px;
      line-height: 1;
    }
    .spinner {
      width: 12px;
      height: 12px;
      border: 2px solid var(--cl-border);
      border-top-color: var(--cl-focus);
      border-radius: 50%;
      animation: spin 0.8s linear infinite;
    }
    @keyframes spin {
      to {
        transform: rotate(360deg);
      }
    }
    .editor {
      border: 1px solid var(--cl-border);
      border-radius: var(--cl-radius-sm);
      overflow: hidden;
    }
    .editor .cm-editor {
      font-size: 13px;
      max-height: 320px;
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
    }
    cl-result-table.stale {
      opacity: 0.55;
    }
  `,
];
