/** Registers `<cl-chart-view>`. */
import { ChartViewElement } from './chart-view.component';

if (!customElements.get('cl-chart-view')) customElements.define('cl-chart-view', ChartViewElement);

declare global {
  interface HTMLElementTagNameMap {
    'cl-chart-view': ChartViewElement;
  }
}

export { ChartViewElement };
