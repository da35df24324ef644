import { css } from 'lit';
import { cellSettingsStyles } from '../../theme/cell-settings-styles';
import { controlStyles } from '../../theme/theme';

/** Styles of `cl-rule-cell`: settings, a row of actions, then progress and results, stacked. */
export const ruleCellStyles = [
  controlStyles,
  cellSettingsStyles,
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
