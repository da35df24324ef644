import { css } from 'lit';
import { controlStyles } from '../../theme/theme';

/** Styles of `cl-notebook-toolbar`. */
export const notebookToolbarStyles = [
  controlStyles,
  css`
    :host {
      display: block;
      position: sticky;
      top: 0;
      z-index: 5;
      background: var(--cl-bg);
      padding: 6px 0;
      /* Covers the page's side gutters too, so nothing scrolls visibly beside the toolbar. Painted as
         shadows (not a negative margin), they do not widen the notebook's scrollable area. */
      box-shadow:
        calc(-1 * var(--cl-page-gutter, 0px)) 0 0 var(--cl-bg),
        var(--cl-page-gutter, 0px) 0 0 var(--cl-bg);
      border-bottom: 1px solid var(--cl-border);
    }
    .bar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px;
      padding-top: 6px;
    }
    .title {
      font: 600 var(--cl-font-size-lg) var(--cl-font-sans);
      color: var(--cl-text);
      background: transparent;
      border: 1px solid transparent;
      border-radius: var(--cl-radius-sm);
      padding: 2px 6px;
      min-width: 12ch;
      flex: 1 1 24ch;
      max-width: 70ch;
      /* A long title ends in an ellipsis (the whole title is its tooltip), never cut mid-letter. */
      text-overflow: ellipsis;
    }
    .title:hover,
    .title:focus {
      border-color: var(--cl-border-strong);
      background: var(--cl-surface);
    }
    .file {
      font-size: var(--cl-font-size-sm);
      max-width: 28ch;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .dirty,
    .saved,
    .check,
    .btn {
      white-space: nowrap;
    }
    .dirty {
      color: var(--cl-warn);
      font-size: var(--cl-font-size-sm);
    }
    .saved {
      font-size: var(--cl-font-size-sm);
    }
    .sep {
      width: 1px;
      height: 20px;
      background: var(--cl-border);
      margin: 0 4px;
    }
    .spacer {
      flex: 1;
    }
    select {
      font: inherit;
      font-size: var(--cl-font-size-sm);
      color: var(--cl-text);
      background: var(--cl-surface);
      border: 1px solid var(--cl-border-strong);
      border-radius: var(--cl-radius-sm);
      padding: 3px 4px;
      max-width: 22ch;
    }
    .check {
      display: inline-flex;
      gap: 4px;
      align-items: center;
      font-size: var(--cl-font-size-sm);
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  `,
];
