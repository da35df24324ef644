import { css } from 'lit';
import { controlStyles } from '../../theme/theme';

/** Styles of `cl-theme-switch`. */
export const themeSwitchStyles = [
  controlStyles,
  css`
    :host {
      display: inline-block;
      color: inherit;
    }
    .switch {
      background: transparent;
      color: inherit;
      border-color: color-mix(in srgb, currentColor 45%, transparent);
    }
    .switch:hover:not(:disabled) {
      background: color-mix(in srgb, currentColor 12%, transparent);
      border-color: currentColor;
    }
    .switch[data-theme='dark'] {
      background: color-mix(in srgb, currentColor 18%, transparent);
    }
    .icon {
      font-size: 1.1em;
      line-height: 1;
    }
  `,
];
