import { css } from 'lit';
import { controlStyles } from '../../theme/theme';

/** Styles of `cl-rule-progress`: a count with a bar, then a short scrolling list. */
export const ruleProgressStyles = [
  controlStyles,
  css`
    :host {
      display: block;
    }
    .head {
      display: flex;
      align-items: center;
      gap: 8px;
      font-size: var(--cl-font-size-sm);
    }
    progress {
      flex: 0 1 240px;
      accent-color: var(--cl-accent);
    }
    .count {
      font-variant-numeric: tabular-nums;
      font-weight: 600;
    }
    ol {
      list-style: none;
      margin: 4px 0 0;
      padding: 0;
      max-height: 180px;
      overflow: auto;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(300px, 1fr));
      gap: 2px 12px;
      font-size: var(--cl-font-size-sm);
    }
    li {
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
    code {
      font: 11px var(--cl-font-mono);
      color: var(--cl-text-muted);
    }
  `,
];
