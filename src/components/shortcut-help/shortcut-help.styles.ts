import { css } from 'lit';
import { controlStyles } from '../../theme/theme';

/** Styles of `cl-shortcut-help`. */
export const shortcutHelpStyles = [
  controlStyles,
  css`
    :host {
      display: contents;
    }
    dialog {
      padding: 0;
      width: min(720px, 92vw);
      max-height: 85vh;
      border: 1px solid var(--cl-border);
      border-radius: var(--cl-radius);
      background: var(--cl-surface);
      color: var(--cl-text);
      box-shadow: var(--cl-shadow-lg);
    }
    dialog::backdrop {
      background: rgba(8, 16, 24, 0.55);
    }
    .panel {
      padding: 16px 20px 20px;
    }
    header {
      display: flex;
      align-items: center;
      gap: 12px;
    }
    h2 {
      margin: 0;
      font-size: 20px;
      flex: 1;
    }
    .close {
      font-size: 18px;
      line-height: 1;
    }
    h3 {
      margin: 16px 0 6px;
      font-size: var(--cl-font-size-lg);
    }
    table {
      width: 100%;
      border-collapse: collapse;
      font-size: var(--cl-font-size-lg);
    }
    th {
      text-align: left;
      font-size: var(--cl-font-size-sm);
      font-weight: 600;
      color: var(--cl-text-muted);
      padding: 4px 8px;
      border-bottom: 1px solid var(--cl-border);
    }
    td {
      padding: 6px 8px;
      border-bottom: 1px solid var(--cl-border);
      vertical-align: middle;
    }
    .keys {
      white-space: nowrap;
      width: 40%;
    }
    kbd {
      font-family: var(--cl-font-mono);
      font-size: 0.9em;
    }
    kbd kbd {
      display: inline-block;
      min-width: 1.6em;
      padding: 1px 6px;
      text-align: center;
      border: 1px solid var(--cl-border-strong);
      border-bottom-width: 2px;
      border-radius: var(--cl-radius-sm);
      background: var(--cl-surface-alt);
      color: var(--cl-text);
    }
    .sep {
      margin: 0 6px;
      color: var(--cl-text-muted);
      font-size: var(--cl-font-size-sm);
    }
  `,
];
