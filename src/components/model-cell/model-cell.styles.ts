import { css } from 'lit';
import { cellSettingsStyles } from '../../theme/cell-settings-styles';
import { controlStyles } from '../../theme/theme';

/** Styles of `cl-model-cell`: the model's header, its parameters, then status and results, stacked. */
export const modelCellStyles = [
  controlStyles,
  cellSettingsStyles,
  css`
    :host {
      display: flex;
      flex-direction: column;
      gap: 8px;
      min-width: 0;
    }
    .pick {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
      align-items: center;
    }
    .pick select {
      font: inherit;
      max-width: 100%;
    }
    .about h3 {
      margin: 0;
      font-size: var(--cl-font-size);
    }
    .about p {
      margin: 2px 0;
    }
    .facts {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 14px;
      font-size: var(--cl-font-size-sm);
      color: var(--cl-text-muted);
    }
    .facts code {
      font: 12px var(--cl-font-mono);
    }
    details summary {
      cursor: pointer;
      font-size: var(--cl-font-size-sm);
    }
    .problem,
    .skipped {
      margin: 0;
      padding: 6px 8px;
      border-radius: var(--cl-radius-sm);
    }
    .problem {
      color: var(--cl-danger);
      background: var(--cl-danger-soft);
    }
    .skipped {
      color: var(--cl-text);
      background: var(--cl-warn-soft);
      border-left: 3px solid var(--cl-warn);
    }
    .skipped p {
      margin: 0;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
    }
    .ran {
      margin: 0;
      font-size: var(--cl-font-size-sm);
      color: var(--cl-text-muted);
    }
  `,
];
