import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { locale, type Lang } from '../../i18n/locale';
import { LocaleController } from '../../i18n/locale-controller';
import { renderMarkdown } from '../../markdown/render-markdown';
import { markdownViewStyles } from './markdown-view.styles';

/**
 * A Markdown cell, rendered: headings with ids (`${idPrefix}-${slug}`), links, tables, code, and
 * typography sized for reading on a projector. In-page `#…` links scroll within the cell.
 */
export class MarkdownViewElement extends LitElement {
  static override styles = markdownViewStyles;

  /** The Markdown text (untrusted: it may come from a shared notebook). */
  @property() source = '';
  /** Put before heading ids; one per cell keeps them unique on the page. */
  @property({ attribute: 'id-prefix' }) idPrefix = 'md';

  #cache: { source: string; idPrefix: string; lang: Lang; html: string } | undefined;

  constructor() {
    super();
    new LocaleController(this);
  }

  /** Scrolls the heading with `id` (as `extractHeadings` gives it) into view; false when absent. */
  scrollToHeading(id: string): boolean {
    const target = this.#find(id);
    target?.scrollIntoView({ block: 'start' });
    return target !== undefined;
  }

  /** The rendered heading with `id` (as `extractHeadings` gives it), if present. */
  headingElement(id: string): HTMLElement | undefined {
    return this.#find(id);
  }

  override render() {
    // Safe to insert unescaped: `renderMarkdown` runs markdown-it with raw HTML off (any `<tag>` in the
    // source comes out as text), keeps only http(s)/mailto/#… links, renders no image that would
    // load from anywhere, and every attribute it writes is escaped. test/src/markdown checks hostile
    // input against a real HTML parser. Nothing else is ever passed to `unsafeHTML` here.
    return html`<div class="markdown" data-testid="markdown-view" @click=${this.#onClick}>
      ${unsafeHTML(this.#html())}
    </div>`;
  }

  // Parsing is the costly part of a render; the language only changes the rare "too long" note.
  #html(): string {
    const key = { source: this.source, idPrefix: this.idPrefix, lang: locale.lang };
    const cached = this.#cache;
    if (
      cached &&
      cached.source === key.source &&
      cached.idPrefix === key.idPrefix &&
      cached.lang === key.lang
    ) {
      return cached.html;
    }
    const rendered = renderMarkdown(key.source, { idPrefix: key.idPrefix, lang: key.lang });
    this.#cache = { ...key, html: rendered };
    return rendered;
  }

  // A `#slug` link would otherwise change the page's URL and look for the id in the document, where
  // it is not (the headings live in this shadow root). Both the full id and the bare slug are accepted.
  #onClick(event: MouseEvent): void {
    const anchor = event
      .composedPath()
      .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    const href = anchor?.getAttribute('href');
    if (!href?.startsWith('#')) return;
    event.preventDefault();
    const fragment = safeDecode(href.slice(1));
    const target = this.#find(fragment) ?? this.#find(`${this.idPrefix}-${fragment}`);
    target?.scrollIntoView({ block: 'start' });
  }

  #find(id: string): HTMLElement | undefined {
    if (id === '') return undefined;
    // Compared as strings rather than through a selector: ids hold any text a heading had.
    return Array.from(this.renderRoot.querySelectorAll<HTMLElement>('[id]')).find((el) => el.id === id);
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
