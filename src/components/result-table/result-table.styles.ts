import { css } from 'lit';
import { controlStyles } from '../../theme/theme';

/** Styles of `cl-result-table`. Row and header heights must match the constants in the component. */
export const resultTableStyles = [
  controlStyles,
  css`
    :host {
      display: block;
      --row-height: 28px;
      --header-height: 44px;
    }
    .scroller {
      position: relative;
      overflow: auto;
      border: 1px solid var(--cl-border);
      border-radius: var(--cl-radius-sm);
      background: var(--cl-surface);
      font-size: 13px;
      overscroll-behavior: contain;
      contain: strict;
      width: 100%;
    }
    .header,
    .tr {
      display: grid;
      width: max-content;
      min-width: 100%;
    }
    .header {
      position: sticky;
      top: 0;
      z-index: 2;
      height: var(--header-height);
      background: var(--cl-surface-alt);
      border-bottom: 1px solid var(--cl-border-strong);
    }
    .th {
      display: flex;
      flex-direction: column;
      justify-content: center;
      padding: 0 8px;
      border-right: 1px solid var(--cl-border);
      min-width: 0;
    }
    .th .name {
      font-weight: 600;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .th .type {
      font-size: 11px;
      color: var(--cl-text-muted);
      font-family: var(--cl-font-mono);
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .th.numeric {
      align-items: flex-end;
    }
    .th > span {
      max-width: 100%;
    }
    .body {
      position: relative;
    }
    .window {
      position: absolute;
      top: 0;
      left: 0;
      min-width: 100%;
      will-change: transform;
    }
    .tr {
      height: var(--row-height);
      border-bottom: 1px solid var(--cl-border);
    }
    .tr:hover {
      background: var(--cl-accent-soft);
    }
    .td {
      padding: 0 8px;
      line-height: calc(var(--row-height) - 1px);
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
      border-right: 1px solid var(--cl-border);
      min-width: 0;
    }
    .td.numeric {
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
    .td.null {
      color: var(--cl-text-muted);
      font-style: italic;
      font-size: 11px;
    }
    .rownum {
      position: sticky;
      left: 0;
      z-index: 1;
      padding: 0 6px;
      text-align: right;
      color: var(--cl-text-muted);
      background: var(--cl-surface-alt);
      border-right: 1px solid var(--cl-border);
      font-size: 11px;
      line-height: calc(var(--row-height) - 1px);
    }
    .header .rownum {
      line-height: var(--header-height);
    }
    .empty {
      margin: 0;
      padding: 12px;
    }
  `,
];
