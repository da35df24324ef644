import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { Table } from 'apache-arrow';
import type { AppError, Result, ResultPage } from '../../../workers/api';
import { isNumericType, type CellFormatter } from '../../arrow/format-cell';
import { displayFormatter } from '../../arrow/display-cell';
import { locale } from '../../i18n/locale';
import { typeLabel } from '../../arrow/type-label';
import { LocaleController } from '../../i18n/locale-controller';
import { msgText, t } from '../../i18n/translate';
import { columnWidth } from './column-width';
import { resultTableStyles } from './result-table.styles';
import { virtualWindow } from './virtual-window';
import { PAGE_ROWS, PageCache, type HeldPage } from './page-cache';

/** Asks the kernel for rows `offset … offset + limit - 1` of the result shown. */
export type LoadPage = (offset: number, limit: number) => Promise<Result<ResultPage>>;

/** Row height in px; must match `--row-height` in the styles. */
const ROW_HEIGHT = 28;
/** Header height in px (name and type lines). */
const HEADER_HEIGHT = 44;
/** Tallest the table grows before it scrolls. */
const MAX_HEIGHT = 420;
/** How many rows the column widths are estimated from. */
const WIDTH_SAMPLE_ROWS = 100;

interface ColumnView {
  readonly name: string;
  readonly type: string;
  readonly numeric: boolean;
  readonly width: number;
}

/**
 * A result kept in the kernel worker, as a virtualised table: it holds the first page and a few others
 * (page-cache.ts), asks for the pages that scroll into view through `loadPage`, reads the Arrow columns
 * in place (never turned into row objects) and renders only the rows in view, at a fixed row height, so
 * ten million rows scroll as smoothly as ten.
 */
export class ResultTableElement extends LitElement {
  static override styles = resultTableStyles;

  /** The result's first page (its `totalRows` is the row count shown). */
  @property({ attribute: false }) page: ResultPage | undefined;
  /** Asks for more rows; without it only the first page's rows are shown. */
  @property({ attribute: false }) loadPage: LoadPage | undefined;

  @state() private scrollPos = 0;
  @state() private viewportHeight = MAX_HEIGHT - HEADER_HEIGHT;
  @state() private loadError: AppError | undefined;
  #cache: PageCache | undefined;
  #columns: ColumnView[] = [];
  #formatters = new WeakMap<Table, CellFormatter[]>();
  #frame = 0;
  #resize = new ResizeObserver(([entry]) => {
    if (entry) this.viewportHeight = Math.max(0, entry.contentRect.height - HEADER_HEIGHT);
  });

  constructor() {
    super();
    new LocaleController(this);
  }

  override disconnectedCallback(): void {
    this.#resize.disconnect();
    cancelAnimationFrame(this.#frame);
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('page')) return;
    this.#cache = this.page ? new PageCache(this.page) : undefined;
    this.#columns = this.#cache ? columnViews(this.#cache.first.table, this.#measurer()) : [];
    this.loadError = undefined;
    this.scrollPos = 0;
    const scroller = this.renderRoot.querySelector<HTMLElement>('.scroller');
    if (scroller) scroller.scrollTop = 0;
  }

  protected override updated(): void {
    const scroller = this.renderRoot.querySelector<HTMLElement>('.scroller');
    if (scroller) this.#resize.observe(scroller);
    this.#askForMissing();
  }

  /** The rows in view right now. */
  #window() {
    return virtualWindow({
      scrollTop: this.scrollPos,
      viewportHeight: this.viewportHeight,
      rowHeight: ROW_HEIGHT,
      rowCount: this.page?.totalRows ?? 0,
    });
  }

  #askForMissing(): void {
    const cache = this.#cache;
    const load = this.loadPage;
    if (!cache || !load || this.loadError) return;
    const win = this.#window();
    for (const offset of cache.missing(win.first, win.count)) {
      cache.asked(offset);
      void load(offset, PAGE_ROWS).then((r) => {
        if (cache !== this.#cache) return;
        if (r.ok) cache.add(r.value);
        else {
          cache.failed(offset);
          this.loadError = r.error;
        }
        this.requestUpdate();
      });
    }
  }

  override render() {
    const cache = this.#cache;
    if (!cache || !this.page) return nothing;
    const table = cache.first.table;
    const rowCount = this.page.totalRows;
    if (table.numCols === 0) return html`<p class="empty muted">${t('result.noColumns')}</p>`;
    const rowNumberWidth = Math.max(44, String(rowCount).length * 8 + 20);
    const template = `${rowNumberWidth}px ${this.#columns.map((c) => `${c.width}px`).join(' ')}`;
    const height = Math.min(MAX_HEIGHT, HEADER_HEIGHT + Math.max(1, rowCount) * ROW_HEIGHT + 2);
    const win = this.#window();
    const rows = Array.from({ length: win.count }, (_, i) => win.first + i);
    return html`${
        this.loadError
          ? html`<p class="note" role="note" data-testid="result-page-error">
              ${msgText(this.loadError.message)}
            </p>`
          : nothing
      }
      <div
        class="scroller"
        data-testid="result-table"
        data-rows=${String(rowCount)}
        data-held-rows=${String(cache.heldRows)}
        tabindex="0"
        role="grid"
        aria-rowcount=${rowCount + 1}
        aria-colcount=${this.#columns.length}
        style=${styleMap({ height: `${height}px` })}
        @scroll=${this.#onScroll}
      >
        <div class="header" role="row" style=${styleMap({ gridTemplateColumns: template })}>
          <div class="rownum" role="columnheader">#</div>
          ${this.#columns.map(
            (c) =>
              html`<div
                class="th ${c.numeric ? 'numeric' : ''}"
                role="columnheader"
                data-testid="result-header"
                data-column=${c.name}
                title="${c.name} · ${c.type}"
              >
                <span class="name">${c.name}</span><span class="type">${c.type}</span>
              </div>`,
          )}
        </div>
        ${
          rowCount === 0
            ? html`<p class="empty muted">${t('result.empty')}</p>`
            : html`<div class="body" style=${styleMap({ height: `${win.totalHeight}px` })}>
                <div class="window" style=${styleMap({ transform: `translateY(${win.offsetY}px)` })}>
                  ${rows.map((row) => this.#row(cache.pageOf(row), row, template))}
                </div>
              </div>`
        }
      </div>`;
  }

  #row(page: HeldPage | undefined, row: number, template: string) {
    if (!page) return this.#placeholder(row, template);
    const formats = this.#formattersOf(page.table);
    const at = row - page.offset;
    return html`<div
      class="tr"
      role="row"
      data-testid="result-row"
      data-row=${row}
      aria-rowindex=${row + 2}
      style=${styleMap({ gridTemplateColumns: template })}
    >
      <div class="rownum num">${row + 1}</div>
      ${this.#columns.map((c, i) => {
        const text = formats[i]?.(at) ?? null;
        return text === null
          ? html`<div class="td null" role="gridcell" data-testid="result-cell">NULL</div>`
          : html`<div
              class="td ${c.numeric ? 'numeric' : ''}"
              role="gridcell"
              data-testid="result-cell"
              title=${text.length > 24 ? text : ''}
            >
              ${text}
            </div>`;
      })}
    </div>`;
  }

  /** A row whose page is on its way. */
  #placeholder(row: number, template: string) {
    return html`<div
      class="tr loading"
      role="row"
      data-testid="result-row-loading"
      data-row=${row}
      aria-rowindex=${row + 2}
      aria-busy="true"
      style=${styleMap({ gridTemplateColumns: template })}
    >
      <div class="rownum num">${row + 1}</div>
      ${this.#columns.map(() => html`<div class="td muted" role="gridcell">…</div>`)}
    </div>`;
  }

  #formattersOf(table: Table): CellFormatter[] {
    let formats = this.#formatters.get(table);
    if (!formats) {
      formats = table.schema.fields.map((_, i) => displayFormatter(table.getChildAt(i)!, locale.lang));
      this.#formatters.set(table, formats);
    }
    return formats;
  }

  /** Measures cell text at the table's font (13px, the page's family); undefined where no canvas exists. */
  #measurer(): ((text: string) => number) | undefined {
    const context = document.createElement('canvas').getContext('2d');
    if (!context) return undefined;
    context.font = `13px ${getComputedStyle(this).fontFamily}`;
    return (text) => context.measureText(text).width;
  }

  #onScroll(event: Event) {
    const scroller = event.currentTarget as HTMLElement;
    cancelAnimationFrame(this.#frame);
    // One render per frame, however many scroll events the frame had.
    this.#frame = requestAnimationFrame(() => {
      this.scrollPos = scroller.scrollTop;
    });
  }
}

function columnViews(table: Table, measure: ((text: string) => number) | undefined): ColumnView[] {
  const sampleRows = Math.min(table.numRows, WIDTH_SAMPLE_ROWS);
  return table.schema.fields.map((field, i) => {
    const vector = table.getChildAt(i)!;
    const format = displayFormatter(vector, locale.lang);
    const samples: string[] = [];
    for (let row = 0; row < sampleRows; row++) samples.push(format(row) ?? 'NULL');
    const type = typeLabel(field.type);
    return {
      name: field.name,
      type,
      numeric: isNumericType(field.type),
      // The type line is set smaller than the name: it needs about 0.85 of the width per character.
      width: columnWidth(field.name, [...samples, type.slice(0, Math.ceil(type.length * 0.85))], {
        ...(measure ? { measure } : {}),
      }),
    };
  });
}
