/** Registers `<cl-markdown-view>`. */
import { MarkdownViewElement } from './markdown-view.component';

if (!customElements.get('cl-markdown-view')) customElements.define('cl-markdown-view', MarkdownViewElement);

declare global {
  interface HTMLElementTagNameMap {
    'cl-markdown-view': MarkdownViewElement;
  }
}

export { MarkdownViewElement };
