import { css } from 'lit';
import { notebookNoticesStyles } from '../notebook-notices/notebook-notices.styles';

/** Styles of `cl-tab-notices`: the notebook notices' look, and one line per draft. */
export const tabNoticesStyles = [
  ...notebookNoticesStyles,
  css`
    li {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 10px;
      align-items: center;
      padding: 2px 0;
    }
  `,
];
