/** Registers `<cl-chart-editor>`. */
import { ChartEditorElement, type ChartSpecChangeEvent } from './chart-editor.component';

if (!customElements.get('cl-chart-editor')) customElements.define('cl-chart-editor', ChartEditorElement);

declare global {
  interface HTMLElementTagNameMap {
    'cl-chart-editor': ChartEditorElement;
  }
  interface HTMLElementEventMap {
    'cl-chart-spec-change': ChartSpecChangeEvent;
  }
}

export { ChartEditorElement, type ChartSpecChangeEvent };
