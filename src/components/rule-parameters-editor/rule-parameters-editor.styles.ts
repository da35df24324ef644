import { css } from 'lit';
import { controlStyles } from '../../theme/theme';

/** Styles of `cl-rule-parameters-editor`: one box per rule, fields wrapping in a row. */
export const ruleParametersEditorStyles = [
  controlStyles,
  css`
    :host {
      display: block;
    }
    summary {
      cursor: pointer;
      color: var(--cl-accent);
      font-size: var(--cl-font-size-sm);
      width: fit-content;
    }
    .rules {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(360px, 1fr));
      gap: 8px;
      margin: 6px 0;
      max-height: 360px;
      overflow: auto;
      overscroll-behavior: contain;
    }
    fieldset {
      margin: 0;
      padding: 4px 10px 8px;
      border: 1px solid var(--cl-border);
      border-radius: var(--cl-radius-sm);
      min-width: 0;
    }
    legend {
      padding: 0 4px;
      font-weight: 600;
      font-size: var(--cl-font-size-sm);
    }
    legend code {
      font: 11px var(--cl-font-mono);
      color: var(--cl-text-muted);
      font-weight: normal;
    }
    .param {
      display: flex;
      flex-direction: column;
      gap: 2px;
      margin-top: 4px;
    }
    .param > label {
      font-size: var(--cl-font-size-sm);
    }
    .control {
      display: flex;
      align-items: center;
      gap: 6px;
    }
    input {
      padding: 3px 6px;
      border: 1px solid var(--cl-border-strong);
      border-radius: var(--cl-radius-sm);
      background: var(--cl-surface);
      min-width: 0;
    }
    input[type='number'] {
      width: 8em;
    }
    input[type='text'] {
      flex: 1;
    }
    .invalid input {
      border-color: var(--cl-danger);
      box-shadow: 0 0 0 1px var(--cl-danger);
    }
    .hint {
      font-size: 11px;
      color: var(--cl-text-muted);
    }
    .unit {
      font-size: var(--cl-font-size-sm);
      color: var(--cl-text-muted);
    }
    .error {
      font-size: var(--cl-font-size-sm);
      color: var(--cl-danger);
      background: var(--cl-danger-soft);
      padding: 2px 6px;
      border-radius: var(--cl-radius-sm);
    }
    fieldset:disabled {
      opacity: 0.6;
    }
  `,
];
