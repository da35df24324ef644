import { css } from 'lit';
import { controlStyles } from '../../theme/theme';

/** Styles of `cl-dataset-item`. */
export const datasetItemStyles = [
  controlStyles,
  css`
    :host {
      display: block;
    }
    article {
      padding: 10px 12px;
      border: 1px solid var(--cl-border);
      border-radius: var(--cl-radius);
      background: var(--cl-surface);
    }
    header {
      display: flex;
      gap: 8px;
      align-items: flex-start;
      justify-content: space-between;
    }
    .title {
      min-width: 0;
      display: flex;
      flex-direction: column;
    }
    .file {
      font-weight: 600;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .table {
      font-family: var(--cl-font-mono);
      font-size: var(--cl-font-size-sm);
      color: var(--cl-text-muted);
    }
    .rows {
      white-space: nowrap;
      font-size: var(--cl-font-size-sm);
    }
    .rows .num {
      font-weight: 600;
      font-size: var(--cl-font-size);
    }
    .mapping {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
      align-items: center;
      margin-top: 6px;
    }
    .actions {
      margin-left: auto;
      display: flex;
      gap: 4px;
    }
    .meta {
      display: grid;
      grid-template-columns: auto 1fr auto 1fr;
      gap: 0 8px;
      margin: 8px 0 0;
      font-size: var(--cl-font-size-sm);
    }
    dt {
      color: var(--cl-text-muted);
    }
    dd {
      margin: 0;
      min-width: 0;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .sha {
      grid-column: 2 / -1;
      display: flex;
      gap: 6px;
      align-items: baseline;
    }
    .sha code {
      font-family: var(--cl-font-mono);
    }
    .warnings {
      margin: 6px 0 0;
      padding: 6px 8px 6px 22px;
      border-radius: var(--cl-radius-sm);
      background: var(--cl-warn-soft);
      color: var(--cl-warn);
      font-size: var(--cl-font-size-sm);
    }
    .columns {
      margin-top: 6px;
      font-size: var(--cl-font-size-sm);
    }
    summary {
      cursor: pointer;
      color: var(--cl-accent);
    }
    .columns table {
      width: 100%;
      margin-top: 4px;
      border-collapse: collapse;
    }
    .columns td {
      padding: 2px 4px;
      border-bottom: 1px solid var(--cl-border);
    }
    .col {
      overflow-wrap: anywhere;
    }
    .type {
      color: var(--cl-text-muted);
      white-space: nowrap;
      text-align: right;
    }
  `,
];
