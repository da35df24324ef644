import { css } from 'lit';
import { controlStyles } from '../../theme/theme';

/** Styles of `cl-app-error`. */
export const appErrorStyles = [
  controlStyles,
  css`
    :host {
      display: block;
    }
    .box {
      display: flex;
      gap: var(--cl-gap);
      align-items: flex-start;
      padding: 8px 12px;
      border: 1px solid color-mix(in srgb, var(--cl-danger) 35%, transparent);
      border-left: 4px solid var(--cl-danger);
      border-radius: var(--cl-radius-sm);
      background: var(--cl-danger-soft);
      color: var(--cl-text);
    }
    .body {
      flex: 1;
      min-width: 0;
    }
    .message {
      color: var(--cl-danger);
      font-weight: 500;
      overflow-wrap: anywhere;
    }
    .where {
      margin-top: 2px;
      font-size: var(--cl-font-size-sm);
      color: var(--cl-text-muted);
      overflow-wrap: anywhere;
    }
    details {
      margin-top: 4px;
      font-size: var(--cl-font-size-sm);
    }
    summary {
      cursor: pointer;
      color: var(--cl-text-muted);
    }
    pre {
      margin: 4px 0 0;
      padding: 6px 8px;
      max-height: 160px;
      overflow: auto;
      background: var(--cl-surface);
      border-radius: var(--cl-radius-sm);
      font-family: var(--cl-font-mono);
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
  `,
];
