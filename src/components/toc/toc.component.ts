import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { LocaleController } from '../../i18n/locale-controller';
import { t } from '../../i18n/translate';
import { extractHeadings, type MarkdownHeading } from '../../markdown/headings';
import type { Cell } from '../../../core/notebook/cell-types';
import { tocStyles } from './toc.styles';

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

  constructor() {
    super();
    new LocaleController(this);
  }

  override render() {
    const entries = this.cells.flatMap((cell) =>
      cell.type === 'markdown' ? headingsOf(cell).map((h) => ({ cell, heading: h })) : [],
    );
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
  }
}
