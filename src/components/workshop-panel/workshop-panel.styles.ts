import { css } from 'lit';
import { controlStyles, dataTableStyles, sidePanelStyles } from '../../theme/theme';

/** Styles of `cl-workshop-panel`. */
export const workshopPanelStyles = [
  controlStyles,
  sidePanelStyles,
  dataTableStyles,
  css`
    :host {
      /* The same inset as the data panel above it. */
      padding: 12px;
    }
    .hint,
    .small,
    .overall {
      margin: 0;
      font-size: var(--cl-font-size-sm);
    }
    .muted {
      color: var(--cl-text-muted);
    }
    .row {
      display: flex;
      gap: 8px;
      flex-wrap: wrap;
    }
    .row label {
      display: flex;
      flex-direction: column;
      gap: 2px;
      flex: 1 1 110px;
      font-size: var(--cl-font-size-sm);
    }
    .row input,
    .row select {
      width: 100%;
      box-sizing: border-box;
    }
    fieldset {
      margin: 0;
      padding: 6px 8px;
      border: 1px solid var(--cl-border);
      border-radius: 4px;
      display: flex;
      flex-direction: column;
      gap: 4px;
      font-size: var(--cl-font-size-sm);
    }
    legend {
      padding: 0 4px;
    }
    .scenario {
      display: flex;
      align-items: center;
      gap: 6px;
    }
    .scenario label {
      flex: 1;
      display: flex;
      gap: 4px;
      align-items: baseline;
      flex-wrap: wrap;
    }
    .rate {
      width: 64px;
    }
    .actions {
      display: flex;
      gap: 8px;
    }
    .confirm {
      border: 1px solid var(--cl-danger, #b42318);
      border-radius: 4px;
      padding: 6px 8px;
      display: flex;
      flex-direction: column;
      gap: 6px;
    }
    .chart {
      margin: 4px 0 0;
    }
    figcaption {
      font-size: var(--cl-font-size-sm);
      color: var(--cl-text-muted);
    }
  `,
];
