import { css } from 'lit';
import { controlStyles } from '../../theme/theme';

/** Styles of `cl-rule-pack-picker`: mode radios in a row, then a scrolling checklist. */
export const rulePackPickerStyles = [
  controlStyles,
  css`
    :host {
      display: block;
    }
    fieldset {
      margin: 0;
      border: 1px solid var(--cl-border);
      border-radius: var(--cl-radius-sm);
      padding: 4px 10px 8px;
      min-width: 0;
    }
    legend {
      padding: 0 4px;
      font-size: var(--cl-font-size-sm);
      color: var(--cl-text-muted);
    }
    .modes {
      display: flex;
      flex-wrap: wrap;
      gap: 6px 14px;
      align-items: center;
    }
    .mode,
    .choice {
      display: inline-flex;
      align-items: center;
      gap: 4px;
    }
    .count {
      margin: 6px 0 2px;
      font-size: var(--cl-font-size-sm);
      color: var(--cl-text-muted);
    }
    summary {
      cursor: pointer;
      color: var(--cl-accent);
      font-size: var(--cl-font-size-sm);
      width: fit-content;
    }
    .search {
      display: flex;
      align-items: center;
      gap: 6px;
      margin: 6px 0;
      font-size: var(--cl-font-size-sm);
    }
    input[type='search'] {
      flex: 0 1 28em;
      padding: 3px 6px;
      border: 1px solid var(--cl-border-strong);
      border-radius: var(--cl-radius-sm);
      background: var(--cl-surface);
      min-width: 0;
    }
    .scroll {
      max-height: 320px;
      overflow: auto;
      overscroll-behavior: contain;
    }
    .group {
      margin-top: 6px;
      background: var(--cl-surface-alt);
    }
    .bulk {
      display: flex;
      gap: 12px;
      font-size: var(--cl-font-size-sm);
    }
    ul {
      list-style: none;
      margin: 4px 0 0;
      padding: 0;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(320px, 1fr));
      gap: 2px 12px;
    }
    li label {
      display: flex;
      align-items: center;
      gap: 6px;
      min-width: 0;
    }
    .name {
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .id {
      font: 11px var(--cl-font-mono);
      color: var(--cl-text-muted);
    }
    fieldset:disabled {
      opacity: 0.6;
    }
  `,
];
