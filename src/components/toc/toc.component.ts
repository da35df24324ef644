import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocaleController } from '../../i18n/locale-controller';
import { t } from '../../i18n/translate';
import { extractHeadings, type MarkdownHeading } from '../../markdown/headings';
import type { Cell } from '../../../core/notebook/cell-types';
import { tocStyles } from './toc.styles';
import { pickActiveHeading, scrollParentOf } from './toc-spy';

/** Finds a heading's element in the page (the notebook knows where its cells render it). */
export type LocateHeading = (cellId: string, headingId: string) => Element | undefined;

/** A heading was chosen: the notebook scrolls to its cell. */
export type TocSelectEvent = CustomEvent<{ readonly cellId: string; readonly headingId: string }>;

/** Headings of one cell, remembered per source text so typing elsewhere does not re-parse every cell. */
const cache = new Map<string, MarkdownHeading[]>();

function headingsOf(cell: Cell): MarkdownHeading[] {
  const key = `${cell.id}\u0000${cell.source}`;
  let headings = cache.get(key);
  if (!headings) {
    if (cache.size > 2000) cache.clear();
    headings = extractHeadings(cell.source, cell.id);
    cache.set(key, headings);
  }
  return headings;
}

/** The table of contents: the headings of the notebook's Markdown cells, as a navigation list. */
export class TocElement extends LitElement {
  static override styles = tocStyles;

  @property({ attribute: false }) cells: readonly Cell[] = [];
  /** Where a heading renders; without it the contents has no scroll-spy. */
  @property({ attribute: false }) locate: LocateHeading | undefined;
  /** The viewport y of the sticky toolbar's bottom: headings at or below it count as in view. */
  @property({ attribute: false }) topLine: (() => number) | undefined;
  /** The highlighted entry's heading id: the one clicked, then the heading nearest below the toolbar. */
  @state() private activeId: string | undefined;
  #scroller: HTMLElement | undefined;
  #frame = 0;
  /** After a click the clicked entry stays highlighted until the user scrolls away from where it landed. */
  #pinned: { readonly id: string; readonly scrollTop: number } | undefined;
  readonly #onScroll = () => {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#spy();
    });
  };

  constructor() {
    super();
    new LocaleController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.updateComplete.then(() => {
      if (!this.isConnected || this.#scroller) return;
      this.#scroller = scrollParentOf(this);
      this.#scroller?.addEventListener('scroll', this.#onScroll, { passive: true });
      this.#spy();
    });
  }

  override disconnectedCallback(): void {
    this.#scroller?.removeEventListener('scroll', this.#onScroll);
    this.#scroller = undefined;
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    super.disconnectedCallback();
  }

  #entries() {
    return this.cells.flatMap((cell) =>
      cell.type === 'markdown' ? headingsOf(cell).map((h) => ({ cell, heading: h })) : [],
    );
  }

  #spy() {
    const pinned = this.#pinned;
    if (pinned && Math.abs((this.#scroller?.scrollTop ?? 0) - pinned.scrollTop) < 2) {
      this.activeId = pinned.id;
      return;
    }
    this.#pinned = undefined;
    const locate = this.locate;
    if (!locate || !this.topLine) return;
    const places = this.#entries().flatMap(({ cell, heading }) => {
      const element = locate(cell.id, heading.id);
      return element ? [{ id: heading.id, top: element.getBoundingClientRect().top }] : [];
    });
    this.activeId = pickActiveHeading(places, this.topLine());
  }

  override render() {
    const entries = this.#entries();
    return html`<nav aria-label=${t('nb.toc')} data-testid="toc">
      <h2>${t('nb.toc')}</h2>
      ${
        entries.length === 0
          ? html`<p class="muted">${t('nb.tocEmpty')}</p>`
          : html`<ol>
              ${entries.map(
                ({ cell, heading }) =>
                  html`<li class=${`level-${heading.level}`}>
                    <a
                      href=${`#${heading.id}`}
                      data-testid="toc-entry"
                      data-heading-id=${heading.id}
                      class=${heading.id === this.activeId ? 'active' : ''}
                      aria-current=${heading.id === this.activeId ? 'location' : nothing}
                      @click=${(e: Event) => {
                        e.preventDefault();
                        this.#select(cell.id, heading.id);
                      }}
                      >${heading.text}</a
                    >
                  </li>`,
              )}
            </ol>`
      }
    </nav>`;
  }

  #select(cellId: string, headingId: string) {
    this.dispatchEvent(
      new CustomEvent('cl-toc-select', {
        detail: { cellId, headingId },
        bubbles: true,
        composed: true,
      }) satisfies TocSelectEvent,
    );
    // The notebook scrolled synchronously while handling the event: the clicked entry is the active one.
    this.#pinned = { id: headingId, scrollTop: this.#scroller?.scrollTop ?? 0 };
    this.activeId = headingId;
  }
}
