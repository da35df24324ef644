import { css } from 'lit';
import { controlStyles } from '../../theme/theme';

/** Styles of `cl-mapping-editor`. */
export const mappingEditorStyles = [
  controlStyles,
  css`
    dialog {
      width: min(1100px, calc(100vw - 48px));
      max-height: calc(100vh - 48px);
      padding: 0;
      border: none;
      border-radius: var(--cl-radius);
      box-shadow: var(--cl-shadow-lg);
      color: var(--cl-text);
      background: var(--cl-surface);
    }
    dialog[open] {
      display: flex;
      flex-direction: column;
    }
    dialog::backdrop {
      background: rgba(16, 32, 48, 0.45);
    }
    header {
      display: flex;
      gap: 12px;
      align-items: baseline;
      padding: 14px 20px 10px;
      border-bottom: 1px solid var(--cl-border);
    }
    h2 {
      margin: 0;
      font-size: var(--cl-font-size-lg);
      overflow-wrap: anywhere;
    }
    header code {
      font-family: var(--cl-font-mono);
      font-size: var(--cl-font-size-sm);
    }
    .body {
      flex: 1;
      min-height: 0;
      overflow: auto;
      padding: 12px 20px;
      display: flex;
      flex-direction: column;
      gap: 10px;
    }
    footer {
      display: flex;
      gap: 8px;
      justify-content: flex-end;
      align-items: center;
      padding: 10px 20px;
      border-top: 1px solid var(--cl-border);
    }
    .progress {
      flex: 1;
    }
    .target {
      display: flex;
      gap: 10px;
      align-items: center;
      flex-wrap: wrap;
    }
    .target label {
      font-weight: 600;
    }
    .warn {
      margin: 0;
      padding: 6px 10px;
      border-radius: var(--cl-radius-sm);
      background: var(--cl-warn-soft);
      color: var(--cl-warn);
      font-size: var(--cl-font-size-sm);
    }
    .applied {
      margin: 0;
      font-weight: 600;
      color: var(--cl-ok);
    }
    table {
      width: 100%;
      border-collapse: collapse;
    }
    th {
      position: sticky;
      top: -12px;
      background: var(--cl-surface);
      text-align: left;
      font-size: var(--cl-font-size-sm);
      color: var(--cl-text-muted);
      font-weight: 600;
      padding: 6px;
      border-bottom: 1px solid var(--cl-border-strong);
      z-index: 1;
    }
    td {
      padding: 5px 6px;
      border-bottom: 1px solid var(--cl-border);
      vertical-align: middle;
    }
    tr.mapped .field {
      border-left: 3px solid var(--cl-accent);
    }
    .field code {
      font-family: var(--cl-font-mono);
    }
    .small {
      font-size: var(--cl-font-size-sm);
    }
    td select {
      width: 240px;
    }
    .samples {
      max-width: 260px;
    }
    .samples code {
      display: inline-block;
      max-width: 120px;
      margin: 1px 4px 1px 0;
      padding: 0 4px;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
      vertical-align: bottom;
      border-radius: 3px;
      background: var(--cl-surface-alt);
      border: 1px solid var(--cl-border);
      font-family: var(--cl-font-mono);
    }
    /* A proposed field the user must confirm before Apply. */
    tr.confirm td {
      background: var(--cl-warn-soft);
    }
    .why {
      max-width: 320px;
    }
    .evidence {
      margin-top: 2px;
      color: var(--cl-text);
      overflow-wrap: anywhere;
    }
    .confirm-box {
      display: inline-flex;
      gap: 4px;
      align-items: center;
      margin-top: 4px;
      color: var(--cl-warn);
      font-weight: 600;
    }
    input.constant {
      display: block;
      width: 240px;
      margin-top: 4px;
      box-sizing: border-box;
    }
    .also h3 {
      margin: 4px 0;
      font-size: var(--cl-font-size-md, 1rem);
    }
    .also p {
      margin: 0 0 4px;
    }
    .also ul {
      margin: 2px 0 6px;
      padding-left: 20px;
    }
    .also code {
      font-family: var(--cl-font-mono);
    }
    .nulls {
      display: flex;
      gap: 10px;
      align-items: center;
      flex-wrap: wrap;
    }
    .nulls label {
      font-weight: 600;
    }
    .nulls input {
      flex: 1;
      min-width: 240px;
    }
  `,
];
