import { css } from 'lit';
import { controlStyles, dataTableStyles } from '../../theme/theme';

/** Styles of `cl-findings-table`: a filter row, a scrolling table with sticky headers, a pager. */
export const findingsTableStyles = [
  controlStyles,
  dataTableStyles,
  css`
    :host {
      display: block;
    }
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 6px 12px;
      align-items: flex-end;
      margin: 0 0 6px;
      font-size: var(--cl-font-size-sm);
    }
    .filters label {
      display: flex;
      flex-direction: column;
      gap: 2px;
      color: var(--cl-text-muted);
    }
    .filters select {
      max-width: 18em;
      color: var(--cl-text);
    }
    .filters input {
      padding: 3px 6px;
      border: 1px solid var(--cl-border-strong);
      border-radius: var(--cl-radius-sm);
      background: var(--cl-surface);
      color: var(--cl-text);
      min-width: 0;
    }
    .filters .search {
      flex: 1 1 14em;
    }
    /* One scroll box, sideways only and only when the columns cannot fit: the page scrolls the rows
       (a page is 50 rows), so there is no box that scrolls both ways inside the scrolling notebook. */
    .scroll {
      overflow-x: auto;
      overflow-y: hidden;
      border: 1px solid var(--cl-border);
      border-radius: var(--cl-radius-sm);
      background: var(--cl-surface);
    }
    table[aria-busy='true'] tbody {
      opacity: 0.6;
    }
    .sort {
      border: none;
      background: none;
      padding: 0;
      font: inherit;
      font-weight: 600;
      color: inherit;
      cursor: pointer;
      display: inline-flex;
      gap: 2px;
    }
    th[aria-sort='ascending'] .sort,
    th[aria-sort='descending'] .sort {
      color: var(--cl-accent);
    }
    /* A stacked column's two headers may take two lines, rather than widen the table. */
    thead th {
      white-space: normal;
    }
    .slash {
      margin: 0 4px;
      color: var(--cl-text-muted);
    }
    .arrow {
      font-size: 10px;
    }
    tbody tr {
      cursor: pointer;
    }
    tbody tr:hover {
      background: var(--cl-surface-alt);
    }
    tbody tr:focus-visible {
      outline: 2px solid var(--cl-focus);
      outline-offset: -2px;
    }
    tbody tr.open {
      background: var(--cl-accent-soft);
    }
    /* The wording may quote a long settlement id: it breaks there rather than widen the column. */
    .content {
      min-width: 10em;
      max-width: 32em;
      overflow-wrap: anywhere;
    }
    /* "Highly suspicious" may take two lines in a narrow table rather than a column of its own width. */
    td .badge {
      white-space: normal;
      /* Breaks only between words: 高度可疑 stays whole. */
      word-break: keep-all;
      border-radius: var(--cl-radius-sm);
    }
    .rule {
      min-width: 7em;
    }
    .rule code {
      white-space: nowrap;
    }
    td.mono {
      white-space: nowrap;
    }
    .num {
      text-align: right;
      white-space: nowrap;
      font-variant-numeric: tabular-nums;
    }
    /* A numeric column's header ("Amount at issue") may wrap; its values never do. */
    thead th.num {
      white-space: normal;
    }
    .mono,
    code {
      font-family: var(--cl-font-mono);
      font-size: 11px;
    }
    code {
      color: var(--cl-text-muted);
    }
    .empty {
      margin: 8px;
    }
    .pager {
      display: flex;
      align-items: center;
      gap: 8px;
      margin-top: 6px;
      font-size: var(--cl-font-size-sm);
      font-variant-numeric: tabular-nums;
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
