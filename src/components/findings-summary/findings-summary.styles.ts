import { css } from 'lit';
import { controlStyles, dataTableStyles } from '../../theme/theme';

/** Styles of `cl-findings-summary`: four cards, then compact tables. */
export const findingsSummaryStyles = [
  controlStyles,
  dataTableStyles,
  css`
    :host {
      display: block;
    }
    .cards {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(150px, 1fr));
      gap: 8px;
      margin: 0;
    }
    .card {
      padding: 8px 12px;
      border: 1px solid var(--cl-border);
      border-radius: var(--cl-radius-sm);
      background: var(--cl-surface-alt);
    }
    dt {
      font-size: var(--cl-font-size-sm);
      color: var(--cl-text-muted);
    }
    dd {
      margin: 2px 0 0;
      font-size: 20px;
      font-weight: 600;
      font-variant-numeric: tabular-nums;
    }
    .small {
      font-size: var(--cl-font-size-sm);
      margin: 4px 0;
    }
    .scroll {
      max-height: 320px;
      overflow: auto;
      overscroll-behavior: contain;
    }
    caption {
      text-align: left;
      font-weight: 600;
      padding: 6px 0 2px;
    }
    thead th {
      position: sticky;
      top: 0;
      background: var(--cl-surface);
      color: var(--cl-text-muted);
      white-space: nowrap;
    }
    tbody th {
      font-weight: normal;
    }
    .num {
      text-align: right;
      white-space: nowrap;
      font-variant-numeric: tabular-nums;
    }
    code {
      font: 11px var(--cl-font-mono);
      color: var(--cl-text-muted);
    }
    .why {
      font-size: 11px;
      margin-top: 2px;
    }
    .why.skipped {
      color: var(--cl-warn);
    }
    .why.failed {
      color: var(--cl-danger);
    }
    .by-severity h4 {
      margin: 8px 0 2px;
    }
    .by-severity ul {
      list-style: none;
      margin: 0;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
    }
    .by-severity li {
      display: flex;
      align-items: baseline;
      gap: 6px;
      font-variant-numeric: tabular-nums;
    }
    .groups-row {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(320px, 1fr));
      gap: 12px;
    }
  `,
];
