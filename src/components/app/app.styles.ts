import { css } from 'lit';
import { controlStyles } from '../../theme/theme';

/** Styles of `cl-app`: a fixed header over a two-pane layout that fills the window. */
export const appStyles = [
  controlStyles,
  css`
    :host {
      display: flex;
      flex-direction: column;
      height: 100vh;
      overflow: hidden;
      background: var(--cl-bg);
    }
    .top {
      display: flex;
      align-items: center;
      gap: 12px;
      padding: 8px 16px;
      background: var(--cl-header-bg);
      color: var(--cl-header-text);
      flex: none;
    }
    .brand {
      display: flex;
      align-items: baseline;
      gap: 10px;
      min-width: 0;
    }
    .product {
      font-size: 18px;
      font-weight: 700;
      letter-spacing: 0.02em;
    }
    .title {
      font-size: var(--cl-font-size);
      opacity: 0.9;
      white-space: nowrap;
    }
    .privacy {
      background: rgba(255, 255, 255, 0.14);
      color: var(--cl-header-text);
    }
    .spacer {
      flex: 1;
    }
    .engine {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      font-size: var(--cl-font-size-sm);
      white-space: nowrap;
    }
    .dot {
      width: 8px;
      height: 8px;
      border-radius: 50%;
      background: #f0b429;
    }
    .engine.ready .dot {
      background: #4cc38a;
    }
    .engine.failed .dot {
      background: #ff6b5e;
    }
    .engine.starting .dot {
      animation: pulse 1s ease-in-out infinite alternate;
    }
    @keyframes pulse {
      to {
        opacity: 0.3;
      }
    }
    .lang {
      background: transparent;
      color: var(--cl-header-text);
      border-color: rgba(255, 255, 255, 0.4);
    }
    .lang:hover:not(:disabled) {
      background: rgba(255, 255, 255, 0.12);
      border-color: var(--cl-header-text);
    }
    .layout {
      flex: 1;
      min-height: 0;
      display: grid;
      grid-template-columns: minmax(300px, 360px) minmax(0, 1fr);
    }
    .panel {
      overflow-y: auto;
      border-right: 1px solid var(--cl-border);
      background: var(--cl-bg);
    }
    .notebook {
      overflow-y: auto;
      /* No top padding: the notebook's sticky toolbar sits flush at the top, so nothing scrolls
         visibly above it; the toolbar reaches across the gutters (--cl-page-gutter) to cover them. */
      --cl-page-gutter: 20px;
      padding: 0 var(--cl-page-gutter) 40px;
      display: flex;
      flex-direction: column;
      gap: 12px;
      min-width: 0;
    }
    h1 {
      margin: 0;
      font-size: var(--cl-font-size-lg);
      font-weight: 600;
    }
    .cells {
      display: flex;
      flex-direction: column;
      gap: 14px;
    }
    .add-cell {
      align-self: flex-start;
      border-style: dashed;
    }
  `,
];
