import { css } from 'lit';
import { controlStyles } from '../../theme/theme';

/** Styles of `cl-markdown-view`: prose sized and spaced for reading, on a screen or a projector. */
export const markdownViewStyles = [
  controlStyles,
  css`
    :host {
      display: block;
    }
    .markdown {
      font-size: var(--cl-font-size-lg);
      line-height: 1.7;
      max-width: 64em;
      overflow-wrap: anywhere;
    }
    .markdown > :first-child {
      margin-top: 0;
    }
    .markdown > :last-child {
      margin-bottom: 0;
    }
    h1,
    h2,
    h3,
    h4,
    h5,
    h6 {
      line-height: 1.3;
      margin: 1.2em 0 0.5em;
      font-weight: 700;
      /* Just below the notebook's sticky toolbar (set by ToolbarHeightController). */
      scroll-margin-top: calc(var(--cl-toolbar-height, 0px) + 8px);
    }
    h1 {
      font-size: 1.75em;
      padding-bottom: 0.2em;
      border-bottom: 1px solid var(--cl-border);
    }
    h2 {
      font-size: 1.4em;
    }
    h3 {
      font-size: 1.2em;
    }
    h4,
    h5,
    h6 {
      font-size: 1em;
    }
    h6 {
      color: var(--cl-text-muted);
    }
    p,
    ul,
    ol,
    blockquote,
    pre,
    table {
      margin: 0 0 0.9em;
    }
    ul,
    ol {
      padding-left: 1.6em;
    }
    li + li,
    li > ul,
    li > ol {
      margin-top: 0.25em;
    }
    li > ul,
    li > ol {
      margin-bottom: 0;
    }
    a {
      color: var(--cl-accent);
      text-decoration: underline;
      text-underline-offset: 2px;
    }
    a:hover {
      color: var(--cl-accent-hover);
    }
    strong {
      font-weight: 700;
    }
    blockquote {
      margin-left: 0;
      padding: 0.2em 1em;
      border-left: 4px solid var(--cl-accent);
      background: var(--cl-surface-alt);
      color: var(--cl-text);
    }
    blockquote > :last-child {
      margin-bottom: 0;
    }
    code {
      font-family: var(--cl-font-mono);
      font-size: 0.9em;
      padding: 0.1em 0.35em;
      border-radius: var(--cl-radius-sm);
      background: var(--cl-surface-alt);
      border: 1px solid var(--cl-border);
    }
    pre {
      padding: 0.8em 1em;
      overflow-x: auto;
      border-radius: var(--cl-radius);
      background: var(--cl-surface-alt);
      border: 1px solid var(--cl-border);
      line-height: 1.5;
    }
    pre code {
      padding: 0;
      border: none;
      background: none;
      font-size: 0.875em;
    }
    hr {
      border: none;
      border-top: 1px solid var(--cl-border-strong);
      margin: 1.5em 0;
    }
    table {
      border-collapse: collapse;
      display: block;
      max-width: 100%;
      overflow-x: auto;
      font-variant-numeric: tabular-nums;
    }
    th,
    td {
      padding: 0.35em 0.8em;
      border: 1px solid var(--cl-border);
      text-align: left;
    }
    th {
      background: var(--cl-surface-alt);
      font-weight: 700;
    }
    .md-align-left {
      text-align: left;
    }
    .md-align-center {
      text-align: center;
    }
    .md-align-right {
      text-align: right;
    }
    img {
      max-width: 100%;
      height: auto;
    }
    .md-image-placeholder {
      display: inline-block;
      padding: 0 0.4em;
      border: 1px dashed var(--cl-border-strong);
      border-radius: var(--cl-radius-sm);
      color: var(--cl-text-muted);
      font-size: 0.9em;
    }
    .md-truncated {
      padding: 0.5em 0.8em;
      border-radius: var(--cl-radius-sm);
      background: var(--cl-warn-soft);
      color: var(--cl-warn);
      font-size: var(--cl-font-size);
    }
  `,
];
