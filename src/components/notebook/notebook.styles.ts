import { css } from 'lit';
import { controlStyles } from '../../theme/theme';

/** Styles of `cl-notebook`. */
export const notebookStyles = [
  controlStyles,
  css`
    :host {
      display: block;
    }
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 1fr) 200px;
      gap: var(--cl-gap);
      align-items: start;
      margin-top: var(--cl-gap);
    }
    .cells {
      display: flex;
      flex-direction: column;
      gap: 10px;
      min-width: 0;
    }
    .toc {
      position: sticky;
      top: 90px;
      max-height: calc(100vh - 110px);
      overflow: auto;
    }
    @media (max-width: 1100px) {
      .layout {
        grid-template-columns: minmax(0, 1fr);
      }
      .toc {
        display: none;
      }
    }
    .notice {
      margin-top: 8px;
      padding: 8px 12px;
      border-radius: var(--cl-radius);
      display: flex;
      flex-wrap: wrap;
      gap: 6px 10px;
      align-items: center;
    }
    .notice p {
      margin: 0;
      flex-basis: 100%;
    }
    .notice ul {
      margin: 0;
      padding-left: 20px;
      flex-basis: 100%;
    }
    .notice.info {
      background: var(--cl-accent-soft);
    }
    .notice.warn {
      background: var(--cl-warn-soft);
      color: var(--cl-text);
    }
    .notice.error {
      background: var(--cl-danger-soft);
      color: var(--cl-danger);
    }
    .empty {
      padding: 24px;
      text-align: center;
      border: 1px dashed var(--cl-border-strong);
      border-radius: var(--cl-radius);
    }
  `,
];
