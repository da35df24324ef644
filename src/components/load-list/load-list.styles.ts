import { css } from 'lit';
import { controlStyles } from '../../theme/theme';

/** Styles of `cl-load-list`. */
export const loadListStyles = [
  controlStyles,
  css`
    :host {
      display: block;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .job {
      display: flex;
      gap: 8px;
      align-items: center;
      padding: 8px 10px;
      border: 1px solid var(--cl-border);
      border-radius: var(--cl-radius-sm);
      background: var(--cl-surface);
    }
    .bar {
      flex: 1;
      min-width: 0;
    }
    .queued {
      display: flex;
      gap: 8px;
      font-size: var(--cl-font-size-sm);
    }
    .name {
      font-weight: 600;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .failed-title {
      font-size: var(--cl-font-size-sm);
      font-weight: 600;
      margin-bottom: 4px;
      overflow-wrap: anywhere;
    }
  `,
];
