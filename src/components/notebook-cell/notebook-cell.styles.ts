import { css } from 'lit';
import { controlStyles } from '../../theme/theme';

/** Styles of `cl-notebook-cell`. */
export const notebookCellStyles = [
  controlStyles,
  css`
    :host {
      display: block;
      content-visibility: auto;
      contain-intrinsic-size: auto 160px;
      /* A cell scrolled to start lands below the notebook's sticky toolbar, not under it. */
      scroll-margin-top: calc(var(--cl-toolbar-height, 0px) + 8px);
    }
    .cell {
      display: flex;
      flex-direction: column;
      gap: 8px;
      padding: 8px 12px 12px;
      border: 1px solid var(--cl-border);
      border-left: 4px solid var(--cl-border-strong);
      border-radius: var(--cl-radius);
      background: var(--cl-surface);
      box-shadow: var(--cl-shadow);
    }
    .cell.markdown {
      box-shadow: none;
      border-color: transparent;
      border-left-color: transparent;
      background: transparent;
    }
    .cell:focus {
      outline: none;
    }
    .cell:focus-visible,
    .cell.selected {
      border-left-color: var(--cl-focus);
      box-shadow:
        0 0 0 1px var(--cl-focus),
        var(--cl-shadow);
    }
    .cell.running,
    .cell.queued {
      border-left-color: var(--cl-focus);
    }
    .cell.done {
      border-left-color: var(--cl-accent);
    }
    .cell.error {
      border-left-color: var(--cl-danger);
    }
    .cell.stale {
      border-left-color: var(--cl-warn);
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
      align-items: center;
      min-height: 28px;
    }
    .cell.markdown:not(.selected):not(:focus-within) .toolbar {
      visibility: hidden;
    }
    .label {
      font-weight: 600;
      font-size: var(--cl-font-size-sm);
      color: var(--cl-text-muted);
      font-variant-numeric: tabular-nums;
    }
    .spacer {
      flex: 1;
    }
    .name input,
    .param-label,
    label select {
      font: 13px var(--cl-font-mono);
      color: var(--cl-text);
      background: var(--cl-surface);
      border: 1px solid var(--cl-border);
      border-radius: var(--cl-radius-sm);
      padding: 2px 6px;
    }
    .param-label {
      font-family: var(--cl-font-sans);
      width: 100%;
      max-width: 40ch;
      margin-bottom: 6px;
    }
    .status {
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
    .status.stale {
      color: var(--cl-warn);
    }
    .icon {
      min-width: 28px;
      padding-inline: 6px;
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
    .note {
      margin: 0;
      color: var(--cl-warn);
      background: var(--cl-warn-soft);
      padding: 6px 8px;
      border-radius: var(--cl-radius-sm);
    }
    .verbatim {
      margin: 0;
      padding: 8px;
      font: 13px/1.5 var(--cl-font-mono);
      background: var(--cl-surface-alt);
      border-radius: var(--cl-radius-sm);
      white-space: pre-wrap;
    }
    .collapsed-note {
      font: 13px var(--cl-font-mono);
      color: var(--cl-text-muted);
    }
    .chart-source label {
      display: inline-flex;
      gap: 6px;
      align-items: center;
      font-size: var(--cl-font-size-sm);
      color: var(--cl-text-muted);
    }
    cl-result-table.stale {
      opacity: 0.55;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  `,
];
