import { css } from 'lit';
import { controlStyles, dataTableStyles } from '../../theme/theme';

/**
 * Styles of `cl-finding-drill`. Violating lines get the danger tint and a solid left bar, related
 * lines the warning tint and a dashed bar: told apart by more than colour, and in words in a column.
 */
export const findingDrillStyles = [
  controlStyles,
  dataTableStyles,
  css`
    :host {
      display: block;
    }
    .drill {
      border: 1px solid var(--cl-border-strong);
      border-left: 4px solid var(--cl-accent);
      border-radius: var(--cl-radius-sm);
      background: var(--cl-surface);
      padding: 8px 12px;
      box-shadow: var(--cl-shadow);
    }
    .drill:focus-visible {
      outline: 2px solid var(--cl-focus);
    }
    header {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
    }
    h3 {
      margin: 0;
      font-size: var(--cl-font-size-lg);
    }
    h4 {
      margin: 10px 0 4px;
      font-size: var(--cl-font-size);
    }
    .facts {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(220px, 1fr));
      gap: 4px 16px;
      margin: 8px 0 0;
    }
    dt {
      font-size: var(--cl-font-size-sm);
      color: var(--cl-text-muted);
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    blockquote {
      margin: 0;
      padding: 6px 10px;
      border-left: 3px solid var(--cl-border-strong);
      background: var(--cl-surface-alt);
      white-space: pre-wrap;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      list-style: none;
      margin: 0 0 4px;
      padding: 0;
      font-size: var(--cl-font-size-sm);
    }
    .legend li {
      display: inline-flex;
      align-items: center;
      gap: 6px;
    }
    .swatch {
      display: inline-block;
      width: 14px;
      height: 14px;
      border: 1px solid var(--cl-border-strong);
      border-left-width: 4px;
      background: var(--cl-surface);
    }
    .swatch.vola-1 {
      background: var(--cl-danger-soft);
      border-left-color: var(--cl-danger);
    }
    .swatch.vola-2 {
      background: var(--cl-warn-soft);
      border-left: 4px dashed var(--cl-warn);
    }
    /* A settlement can have hundreds of lines, so they scroll in a bounded box; its columns are
       sized to fit the cell (names wrap, codes and amounts do not), so it scrolls sideways only when
       they truly cannot. */
    .scroll {
      max-height: 360px;
      overflow-y: auto;
      overflow-x: auto;
      overscroll-behavior: contain;
    }
    td.mono {
      white-space: nowrap;
    }
    /* The time breaks between date and clock only, and headers may take two lines, to save width. */
    td.time {
      white-space: normal;
    }
    .nowrap {
      white-space: nowrap;
    }
    thead th {
      white-space: normal;
    }
    tr.vola-1 {
      background: var(--cl-danger-soft);
      box-shadow: inset 4px 0 0 var(--cl-danger);
      font-weight: 600;
    }
    tr.vola-2 {
      background: var(--cl-warn-soft);
      box-shadow: inset 4px 0 0 var(--cl-warn);
    }
    .num {
      text-align: right;
      white-space: nowrap;
      font-variant-numeric: tabular-nums;
    }
    .mono,
    code {
      font-family: var(--cl-font-mono);
      font-size: 11px;
    }
  `,
];
