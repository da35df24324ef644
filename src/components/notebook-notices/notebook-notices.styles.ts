import { css } from 'lit';
import { controlStyles } from '../../theme/theme';

/** Styles of `cl-notebook-notices`. */
export const notebookNoticesStyles = [
  controlStyles,
  css`
    :host {
      display: block;
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
  `,
];
