import { css } from 'lit';
import { sidePanelStyles } from '../../theme/theme';

/** Styles of `cl-readiness-panel`. */
export const readinessPanelStyles = [
  sidePanelStyles,
  css`
    :host {
      display: block;
    }
    .counts {
      margin: 0 0 8px;
    }
    table {
      width: 100%;
      border-collapse: collapse;
      font-size: var(--cl-font-size-sm);
    }
    th,
    td {
      text-align: left;
      vertical-align: top;
      padding: 3px 4px;
      border-bottom: 1px solid var(--cl-border);
    }
    td.num,
    th.num {
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
    summary {
      cursor: pointer;
    }
    ul {
      margin: 4px 0 0;
      padding-left: 16px;
    }
    code {
      font-size: var(--cl-font-size-sm);
    }
  `,
];
