import { css } from 'lit';
import { controlStyles } from '../../theme/theme';

/** Styles of `cl-rule-cell`: settings, a row of actions, then progress and results, stacked. */
export const ruleCellStyles = [
  controlStyles,
  css`
    :host {
      display: flex;
      flex-direction: column;
      gap: 8px;
      min-width: 0;
    }
    .settings {
      display: flex;
      flex-direction: column;
      gap: 6px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
    }
    .problem {
      margin: 0;
      padding: 6px 8px;
      border-radius: var(--cl-radius-sm);
      color: var(--cl-danger);
      background: var(--cl-danger-soft);
    }
    .yaml {
      display: flex;
      flex-direction: column;
      gap: 2px;
    }
    .yaml label {
      font-size: var(--cl-font-size-sm);
      color: var(--cl-text-muted);
    }
    textarea {
      font: 13px/1.5 var(--cl-font-mono);
      color: var(--cl-text);
      background: var(--cl-surface-alt);
      border: 1px solid var(--cl-border-strong);
      border-radius: var(--cl-radius-sm);
      padding: 6px 8px;
      resize: vertical;
    }
    textarea[aria-invalid='true'] {
      border-color: var(--cl-danger);
    }
    .results {
      display: flex;
      flex-direction: column;
      gap: 8px;
      min-width: 0;
    }
    .results.dim {
      opacity: 0.6;
    }
    .heading {
      margin: 4px 0 0;
      font-size: var(--cl-font-size);
    }
    .heading code {
      font: 12px var(--cl-font-mono);
      color: var(--cl-text-muted);
      font-weight: normal;
    }
  `,
];
