import { css } from 'lit';
import { controlStyles } from '../../theme/theme';

/** Styles of `cl-file-drop`. */
export const fileDropStyles = [
  controlStyles,
  css`
    .overlay {
      position: fixed;
      inset: 0;
      z-index: 1000;
      display: grid;
      place-items: center;
      background: rgba(11, 110, 110, 0.18);
      border: 4px dashed var(--cl-accent);
      pointer-events: none;
    }
    .panel {
      padding: 24px 40px;
      border-radius: var(--cl-radius);
      background: var(--cl-surface);
      box-shadow: var(--cl-shadow-lg);
      text-align: center;
    }
    .title {
      font-size: 20px;
      font-weight: 600;
      color: var(--cl-accent);
    }
    .sub {
      margin-top: 4px;
      color: var(--cl-text-muted);
    }
  `,
];
