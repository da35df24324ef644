import { css } from 'lit';
import { controlStyles, sidePanelStyles } from '../../theme/theme';

/** Styles of `cl-data-panel`. */
export const dataPanelStyles = [
  controlStyles,
  sidePanelStyles,
  css`
    :host {
      display: flex;
      flex-direction: column;
      gap: 16px;
      padding: 12px;
    }
    h2 {
      display: flex;
      align-items: center;
      gap: 6px;
    }
    .count {
      font-size: var(--cl-font-size-sm);
      font-weight: normal;
      color: var(--cl-text-muted);
      background: var(--cl-border);
      border-radius: 999px;
      padding: 0 7px;
    }
    .hint {
      margin: 0;
      font-size: var(--cl-font-size-sm);
    }
    .empty {
      margin: 0;
      font-size: var(--cl-font-size-sm);
    }
    .list {
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .canonical {
      padding: 8px 12px;
      border: 1px solid var(--cl-border);
      border-radius: var(--cl-radius);
      background: var(--cl-surface);
    }
    .canonical-title {
      display: flex;
      gap: 8px;
      align-items: baseline;
      font-weight: 600;
    }
    .canonical-title code {
      font-family: var(--cl-font-mono);
      color: var(--cl-accent);
    }
    .notice {
      margin-top: 8px;
      padding: 8px 10px;
      border: 1px solid var(--cl-accent);
      border-radius: var(--cl-radius);
      background: var(--cl-surface);
      font-size: var(--cl-font-size-sm);
    }
    .notice p {
      margin: 0 0 6px;
    }
    .notice-actions {
      display: flex;
      gap: 8px;
      flex-wrap: wrap;
    }
    .demo-apart {
      margin-top: 8px;
      padding: 8px 12px;
      border: 1px dashed var(--cl-border);
      border-radius: var(--cl-radius);
      background: var(--cl-surface);
    }
    .demo-apart-title {
      display: flex;
      justify-content: space-between;
      align-items: center;
      font-weight: 600;
    }
    .demo-apart .tables code {
      font-family: var(--cl-font-mono);
      font-size: var(--cl-font-size-sm);
    }
    .demo-apart p {
      margin: 4px 0 0;
      font-size: var(--cl-font-size-sm);
    }
    .sources {
      font-size: var(--cl-font-size-sm);
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
      margin-bottom: 4px;
    }
  `,
];
