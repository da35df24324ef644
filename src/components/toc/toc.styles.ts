import { css } from 'lit';

/** Styles of `cl-toc`. */
export const tocStyles = css`
  :host {
    display: block;
    font-size: var(--cl-font-size-sm);
  }
  h2 {
    font-size: var(--cl-font-size-sm);
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--cl-text-muted);
    margin: 0 0 6px;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    margin: 2px 0;
  }
  .level-2 {
    padding-left: 10px;
  }
  .level-3,
  .level-4,
  .level-5,
  .level-6 {
    padding-left: 20px;
  }
  a {
    color: var(--cl-text);
    text-decoration: none;
    display: block;
    padding: 2px 4px;
    border-radius: var(--cl-radius-sm);
  }
  a:hover,
  a:focus-visible {
    background: var(--cl-accent-soft);
    outline: none;
  }
  a.active {
    background: var(--cl-accent-soft);
    color: var(--cl-accent);
    font-weight: 600;
    box-shadow: inset 2px 0 0 var(--cl-accent);
  }
  .muted {
    color: var(--cl-text-muted);
  }
`;
