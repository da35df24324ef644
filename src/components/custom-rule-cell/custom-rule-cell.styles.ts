import { css } from 'lit';
import { controlStyles } from '../../theme/theme';

/** Styles of `cl-custom-rule-cell`. */
export const customRuleCellStyles = [
  controlStyles,
  css`
    :host {
      display: flex;
      flex-direction: column;
      gap: 8px;
      min-width: 0;
    }
    .note {
      margin: 0;
      font-size: var(--cl-font-size-sm);
      color: var(--cl-text-muted);
    }
    .problem {
      margin: 0;
      padding: 6px 8px;
      border-radius: var(--cl-radius-sm);
      color: var(--cl-danger);
      background: var(--cl-danger-soft);
    }
    .meta {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(240px, 1fr));
      gap: 4px 16px;
      margin: 0;
      padding: 6px 10px;
      border: 1px solid var(--cl-border);
      border-radius: var(--cl-radius-sm);
      background: var(--cl-surface-alt);
    }
    dt {
      font-size: var(--cl-font-size-sm);
      color: var(--cl-text-muted);
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    code {
      font: 12px var(--cl-font-mono);
    }
    .params {
      margin: 0;
      padding-left: 1.2em;
      font-size: var(--cl-font-size-sm);
    }
  `,
];
