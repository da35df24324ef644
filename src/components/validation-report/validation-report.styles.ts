import { css } from 'lit';
import { controlStyles } from '../../theme/theme';

/** Styles of `cl-validation-report`. */
export const validationReportStyles = [
  controlStyles,
  css`
    :host {
      display: block;
    }
    .summary {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
      font-size: var(--cl-font-size-sm);
    }
    table {
      width: 100%;
      margin-top: 6px;
      border-collapse: collapse;
      font-size: var(--cl-font-size-sm);
    }
    th,
    td {
      padding: 4px 6px;
      border-bottom: 1px solid var(--cl-border);
      text-align: left;
      vertical-align: top;
    }
    th {
      color: var(--cl-text-muted);
      font-weight: 600;
      white-space: nowrap;
    }
    .count {
      text-align: right;
      white-space: nowrap;
    }
    .small {
      font-size: 11px;
    }
    .examples {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .examples li {
      display: flex;
      gap: 6px;
      white-space: nowrap;
    }
    code {
      font-family: var(--cl-font-mono);
      background: var(--cl-surface-alt);
      padding: 0 3px;
      border-radius: 3px;
      max-width: 14em;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    details {
      margin-top: 4px;
      font-size: var(--cl-font-size-sm);
    }
    summary {
      cursor: pointer;
      color: var(--cl-accent);
    }
    .null {
      font-style: italic;
      color: var(--cl-text-muted);
    }
  `,
];
