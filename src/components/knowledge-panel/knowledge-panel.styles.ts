import { css } from 'lit';
import { controlStyles, dataTableStyles, sidePanelStyles } from '../../theme/theme';

/** Styles of `cl-knowledge-panel`. */
export const knowledgePanelStyles = [
  controlStyles,
  sidePanelStyles,
  dataTableStyles,
  css`
    :host {
      /* The same inset as the data panel above it. */
      padding: 12px;
    }
    .hint,
    .note,
    .empty,
    .small {
      margin: 0;
      font-size: var(--cl-font-size-sm);
    }
    ul,
    ol {
      margin: 0;
      padding: 0;
      list-style: none;
      font-size: var(--cl-font-size-sm);
    }
    .tables li {
      display: flex;
      gap: 6px;
      align-items: baseline;
      padding: 2px 0;
    }
    .tables .num {
      margin-left: auto;
    }
    .kinds {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
    }
    .layers {
      display: flex;
      flex-direction: column;
      gap: 6px;
    }
    .layers li,
    .report {
      padding: 6px 8px;
      border: 1px solid var(--cl-border);
      border-radius: var(--cl-radius);
      background: var(--cl-surface);
    }
    .layer-title,
    .report-title {
      display: flex;
      gap: 8px;
      align-items: baseline;
      flex-wrap: wrap;
    }
    .layer-title button,
    .report-title button {
      margin-left: auto;
    }
    .source {
      margin-top: 2px;
      font-size: var(--cl-font-size-sm);
      color: var(--cl-text-muted);
    }
    .source summary {
      cursor: pointer;
    }
    .source dl {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 2px 8px;
      margin: 4px 0 0;
    }
    .source dd {
      margin: 0;
    }
    .summary {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
      align-items: center;
      margin-top: 4px;
      font-size: var(--cl-font-size-sm);
    }
    table {
      margin-top: 6px;
    }
    code {
      font-family: var(--cl-font-mono);
      background: var(--cl-surface-alt);
      padding: 0 3px;
      border-radius: var(--cl-radius-sm);
    }
  `,
];
