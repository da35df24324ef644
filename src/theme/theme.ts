/**
 * The design tokens (CSS custom properties on :root, inherited into every shadow root) and the
 * control styles shared by components. System fonts only, with Chinese fallbacks (`font-stack.ts`):
 * nothing is fetched from another origin. Two themes: light (the default) and dark, chosen by `<html data-theme>`
 * (see `theme-choice.ts`); every colour token has a value in both, and text tokens keep a WCAG
 * contrast of at least 4.5:1 on the surfaces they sit on (checked by test/src/theme).
 */
import { css, unsafeCSS } from 'lit';
import { FONT_MONO, FONT_SANS } from './font-stack';

/** Tokens applied to the document once, by `main.ts`. */
export const themeTokens = css`
  :root {
    color-scheme: light;
    --cl-font-sans: ${unsafeCSS(FONT_SANS)};
    --cl-font-mono: ${unsafeCSS(FONT_MONO)};
    --cl-font-size: 14px;
    --cl-font-size-sm: 12px;
    --cl-font-size-lg: 16px;

    --cl-bg: #f4f6f8;
    --cl-surface: #ffffff;
    --cl-surface-alt: #f8fafb;
    --cl-border: #d9e0e6;
    --cl-border-strong: #b8c3cc;
    --cl-text: #1d2a35;
    --cl-text-muted: #5b6b78;
    --cl-accent: #0b6e6e;
    --cl-accent-hover: #095a5a;
    --cl-accent-soft: #e3f2f1;
    --cl-on-accent: #ffffff;
    --cl-header-bg: #12343b;
    --cl-header-text: #f2f7f7;
    --cl-danger: #b42318;
    --cl-danger-soft: #fdecea;
    --cl-warn: #8a5a00;
    --cl-warn-soft: #fff6e0;
    --cl-ok: #1b7a3a;
    --cl-ok-soft: #e6f4ea;
    --cl-focus: #2f7de1;
    --cl-code-keyword: #7a2e8e;
    --cl-code-string: #1b6b2f;
    --cl-code-number: #9a4a00;
    --cl-code-function: #1f5fa8;
    --cl-code-type: #0b6e6e;

    --cl-radius: 6px;
    --cl-radius-sm: 4px;
    --cl-gap: 12px;
    --cl-gap-sm: 6px;
    --cl-shadow: 0 1px 2px rgba(16, 32, 48, 0.08), 0 2px 8px rgba(16, 32, 48, 0.06);
    --cl-shadow-lg: 0 12px 40px rgba(16, 32, 48, 0.25);
  }

  :root[data-theme='dark'] {
    color-scheme: dark;
    --cl-bg: #0f1519;
    --cl-surface: #172026;
    --cl-surface-alt: #1d282f;
    --cl-border: #2c3a43;
    --cl-border-strong: #51626d;
    --cl-text: #e3e9ed;
    --cl-text-muted: #9cadb9;
    --cl-accent: #4cc2bd;
    --cl-accent-hover: #6fd3cf;
    --cl-accent-soft: #153a3d;
    --cl-on-accent: #07191a;
    --cl-header-bg: #0a1d21;
    --cl-header-text: #e8f2f2;
    --cl-danger: #ff8f85;
    --cl-danger-soft: #3b1d1b;
    --cl-warn: #f0c257;
    --cl-warn-soft: #372a10;
    --cl-ok: #72d394;
    --cl-ok-soft: #173220;
    --cl-focus: #6aa8ff;
    --cl-code-keyword: #d7a6ff;
    --cl-code-string: #8fdc9f;
    --cl-code-number: #ffb877;
    --cl-code-function: #8cc4ff;
    --cl-code-type: #6fd3cf;
    --cl-shadow: 0 1px 2px rgba(0, 0, 0, 0.5), 0 2px 8px rgba(0, 0, 0, 0.35);
    --cl-shadow-lg: 0 12px 40px rgba(0, 0, 0, 0.6);
  }

  html,
  body {
    margin: 0;
    height: 100%;
    background: var(--cl-bg);
    color: var(--cl-text);
    font-family: var(--cl-font-sans);
    font-size: var(--cl-font-size);
    line-height: 1.5;
    -webkit-font-smoothing: antialiased;
  }
`;

/** Buttons, selects, badges and focus rings; included in a component's `styles`. */
export const controlStyles = css`
  :host {
    font-family: var(--cl-font-sans);
    font-size: var(--cl-font-size);
    color: var(--cl-text);
    box-sizing: border-box;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  button,
  select,
  input {
    font: inherit;
    color: inherit;
  }
  .btn {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    padding: 4px 12px;
    min-height: 30px;
    border: 1px solid var(--cl-border-strong);
    border-radius: var(--cl-radius-sm);
    background: var(--cl-surface);
    cursor: pointer;
    white-space: nowrap;
  }
  .btn:hover:not(:disabled) {
    background: var(--cl-surface-alt);
    border-color: var(--cl-accent);
  }
  .btn:disabled {
    opacity: 0.55;
    cursor: default;
  }
  .btn-primary {
    background: var(--cl-accent);
    border-color: var(--cl-accent);
    color: var(--cl-on-accent);
  }
  .btn-primary:hover:not(:disabled) {
    background: var(--cl-accent-hover);
    border-color: var(--cl-accent-hover);
  }
  .btn-danger {
    color: var(--cl-danger);
  }
  .btn-small {
    min-height: 24px;
    padding: 1px 8px;
    font-size: var(--cl-font-size-sm);
  }
  .btn-link {
    border: none;
    background: none;
    padding: 0;
    min-height: 0;
    color: var(--cl-accent);
    cursor: pointer;
    text-decoration: underline;
  }
  :focus-visible {
    outline: 2px solid var(--cl-focus);
    outline-offset: 1px;
  }
  select {
    padding: 3px 6px;
    border: 1px solid var(--cl-border-strong);
    border-radius: var(--cl-radius-sm);
    background: var(--cl-surface);
    max-width: 100%;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    padding: 1px 8px;
    border-radius: 999px;
    font-size: var(--cl-font-size-sm);
    background: var(--cl-accent-soft);
    color: var(--cl-accent);
    white-space: nowrap;
  }
  .badge-warn {
    background: var(--cl-warn-soft);
    color: var(--cl-warn);
  }
  .badge-danger {
    background: var(--cl-danger-soft);
    color: var(--cl-danger);
  }
  .badge-ok {
    background: var(--cl-ok-soft);
    color: var(--cl-ok);
  }
  .muted {
    color: var(--cl-text-muted);
  }
  .mono {
    font-family: var(--cl-font-mono);
  }
  .num {
    font-variant-numeric: tabular-nums;
  }
`;

/**
 * Compact data tables (findings, drill-down lines, summaries, the knowledge and workshop panels): full width, thin row rules, a sticky
 * muted header, right-aligned tabular numbers in `.num` cells. Components add their own row states.
 */
export const dataTableStyles = css`
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: var(--cl-font-size-sm);
  }
  th,
  td {
    padding: 3px 6px;
    border-bottom: 1px solid var(--cl-border);
    text-align: left;
    vertical-align: top;
  }
  thead th {
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--cl-surface-alt);
    color: var(--cl-text-muted);
    white-space: nowrap;
  }
  .num {
    text-align: right;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
`;

/**
 * A side-panel section (the data, knowledge and workshop panels): a column of blocks, a heading and
 * muted sub-headings, and the file picker whose invisible input covers its button.
 */
export const sidePanelStyles = css`
  :host {
    display: block;
  }
  section {
    display: flex;
    flex-direction: column;
    gap: 8px;
  }
  h2 {
    margin: 0;
    font-size: var(--cl-font-size);
    font-weight: 600;
  }
  h3 {
    margin: 4px 0 0;
    font-size: var(--cl-font-size-sm);
    font-weight: 600;
    color: var(--cl-text-muted);
  }
  .picker {
    position: relative;
    justify-content: center;
    align-self: stretch;
  }
  .picker.disabled {
    opacity: 0.55;
    pointer-events: none;
  }
  .picker input {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    opacity: 0;
    cursor: pointer;
  }
  .picker:focus-within {
    outline: 2px solid var(--cl-focus);
    outline-offset: 1px;
  }
`;
