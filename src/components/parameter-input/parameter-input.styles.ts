import { css } from 'lit';
import { controlStyles } from '../../theme/theme';

/** Styles of `cl-parameter-input`. */
export const parameterInputStyles = [
  controlStyles,
  css`
    :host {
      display: block;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 14px;
      align-items: end;
    }
    label {
      display: flex;
      flex-direction: column;
      gap: 3px;
      font-size: var(--cl-font-size-sm);
      color: var(--cl-text-muted);
    }
    input,
    select {
      font: inherit;
      font-size: var(--cl-font-size);
      color: var(--cl-text);
      background: var(--cl-surface);
      border: 1px solid var(--cl-border-strong);
      border-radius: var(--cl-radius-sm);
      padding: 4px 6px;
      min-height: 30px;
    }
    input:focus-visible,
    select:focus-visible {
      outline: 2px solid var(--cl-focus);
      outline-offset: 1px;
    }
    .error {
      color: var(--cl-danger);
      font-size: var(--cl-font-size-sm);
      align-self: center;
    }
  `,
];
