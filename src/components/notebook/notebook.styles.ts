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
      top: calc(var(--cl-toolbar-height, 0px) + 8px);
      max-height: calc(100vh - var(--cl-toolbar-height, 0px) - 80px);
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
    .empty {
      padding: 24px;
      text-align: center;
      border: 1px dashed var(--cl-border-strong);
      border-radius: var(--cl-radius);
    }
  `,
];
