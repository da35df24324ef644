import { css } from 'lit';
import { controlStyles } from '../../theme/theme';

/** Styles of `cl-progress-bar`. */
export const progressStyles = [
  controlStyles,
  css`
    :host {
      display: block;
      min-width: 0;
    }
    .line {
      display: flex;
      gap: 8px;
      align-items: baseline;
      font-size: var(--cl-font-size-sm);
      min-width: 0;
    }
    .label {
      font-weight: 600;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
      min-width: 0;
    }
    .phase {
      color: var(--cl-text-muted);
      white-space: nowrap;
    }
    .amount,
    .percent {
      white-space: nowrap;
    }
    .percent {
      margin-left: auto;
    }
    .track {
      position: relative;
      height: 6px;
      margin-top: 4px;
      border-radius: 3px;
      background: var(--cl-border);
      overflow: hidden;
    }
    .bar {
      height: 100%;
      background: var(--cl-accent);
      transition: width 0.15s linear;
    }
    .bar.indeterminate {
      width: 30%;
      position: absolute;
      animation: slide 1.2s ease-in-out infinite;
    }
    @keyframes slide {
      from {
        left: -30%;
      }
      to {
        left: 100%;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .bar.indeterminate {
        animation: none;
        left: 0;
        width: 100%;
        opacity: 0.4;
      }
    }
  `,
];
