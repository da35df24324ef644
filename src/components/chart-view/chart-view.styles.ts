import { css } from 'lit';
import { controlStyles } from '../../theme/theme';

/**
 * Styles of `cl-chart-view`. Plot draws axes and text in `currentColor`, so the chart follows the
 * theme through `color`; its own stylesheet sets only zero-specificity `:where()` rules, which these
 * override (the page font with Chinese fallbacks, the tooltip background).
 */
export const chartViewStyles = [
  controlStyles,
  css`
    :host {
      display: block;
      min-width: 0;
    }
    .view {
      display: flex;
      flex-direction: column;
      gap: 6px;
    }
    .figure {
      color: var(--cl-text);
      min-width: 0;
      overflow-x: auto;
    }
    .figure figure {
      margin: 0;
    }
    .figure h2 {
      margin: 0 0 6px;
      font-size: var(--cl-font-size-lg);
      font-weight: 600;
    }
    .figure svg.cl-plot,
    .figure .cl-plot-swatches,
    .figure .cl-plot-ramp {
      font-family: var(--cl-font-sans);
    }
    .figure svg.cl-plot {
      --plot-background: var(--cl-surface);
      background: transparent;
    }
    .notice,
    .error {
      margin: 0;
      font-size: var(--cl-font-size-sm);
    }
    .truncated {
      padding: 4px 8px;
      border-radius: var(--cl-radius-sm);
      background: var(--cl-warn-soft);
      color: var(--cl-warn);
    }
    .error {
      color: var(--cl-danger);
    }
    .problems {
      padding: 6px 10px;
      border-left: 3px solid var(--cl-warn);
      border-radius: var(--cl-radius-sm);
      background: var(--cl-warn-soft);
      color: var(--cl-text);
      font-size: var(--cl-font-size-sm);
    }
    .problems ul {
      margin: 4px 0 0;
      padding-left: 18px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
    }
  `,
];
