import { css } from 'lit';

/**
 * What Rule and Model cells share: their settings as a YAML text box (label, monospaced text, invalid
 * state) and their results block (dimmed while stale).
 */
export const cellSettingsStyles = css`
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
`;
