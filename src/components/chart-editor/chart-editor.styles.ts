import { css } from 'lit';
import { controlStyles } from '../../theme/theme';

/** Styles of `cl-chart-editor`: a wrapping row of labelled fields. */
export const chartEditorStyles = [
  controlStyles,
  css`
    :host {
      display: block;
    }
    .editor {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 14px;
      align-items: flex-end;
      margin: 0;
    }
    .field {
      display: flex;
      flex-direction: column;
      gap: 2px;
      min-width: 0;
    }
    .field > label,
    legend {
      font-size: var(--cl-font-size-sm);
      color: var(--cl-text-muted);
    }
    .field.check {
      flex-direction: row;
      align-items: center;
      gap: 6px;
      min-height: 30px;
    }
    .field.check > label {
      color: var(--cl-text);
      font-size: var(--cl-font-size);
    }
    .field.title {
      flex: 1 1 200px;
    }
    select {
      min-width: 8em;
    }
    input[type='text'],
    input[type='number'] {
      padding: 3px 6px;
      border: 1px solid var(--cl-border-strong);
      border-radius: var(--cl-radius-sm);
      background: var(--cl-surface);
      min-width: 0;
    }
    input[type='number'] {
      width: 7em;
    }
    select:disabled,
    input:disabled {
      opacity: 0.55;
    }
    .sort {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 10px;
      align-items: flex-end;
      margin: 0;
      padding: 4px 10px 8px;
      border: 1px solid var(--cl-border);
      border-radius: var(--cl-radius-sm);
    }
    legend {
      padding: 0 4px;
    }
  `,
];
