import { tableFromIPC, type Table } from 'apache-arrow';
import type { ResultPage } from '../../../workers/api';

/** Rows asked for at a time when the table scrolls past the pages it holds. */
export const PAGE_ROWS = 500;

/** Pages held at once besides the first: enough for a screen that straddles two, few enough to stay small. */
export const MAX_HELD_PAGES = 4;

/** A held page, decoded once. */
export interface HeldPage {
  readonly offset: number;
  readonly rowCount: number;
  readonly table: Table;
}

/**
 * The pages of one result the table holds: the first (from the notebook state) and at most
 * `MAX_HELD_PAGES` others, the least recently used dropped first. The whole result stays in the worker.
 */
export class PageCache {
  readonly #first: HeldPage;
  readonly #others = new Map<number, HeldPage>();
  readonly #pending = new Set<number>();

  constructor(first: ResultPage) {
    this.#first = held(first);
  }

  /** The first page (its columns are the result's). */
  get first(): HeldPage {
    return this.#first;
  }

  /** The held page holding row `row`, or undefined (refreshing its place in the use order). */
  pageOf(row: number): HeldPage | undefined {
    if (contains(this.#first, row)) return this.#first;
    const start = pageStart(row);
    const page = this.#others.get(start);
    if (page && contains(page, row)) {
      this.#others.delete(start);
      this.#others.set(start, page);
      return page;
    }
    return undefined;
  }

  /** Offsets of the pages to ask for so rows `first … first + count - 1` are all held (none pending). */
  missing(first: number, count: number): number[] {
    const starts = new Set<number>();
    for (let row = first; row < first + count; row++) {
      if (this.pageOf(row)) continue;
      const start = pageStart(row);
      if (!this.#pending.has(start)) starts.add(start);
    }
    return [...starts];
  }

  /** Marks a page as asked for (so it is not asked for twice). */
  asked(offset: number): void {
    this.#pending.add(offset);
  }

  /** Holds a page that arrived, dropping the least recently used beyond `MAX_HELD_PAGES`. */
  add(page: ResultPage): void {
    this.#pending.delete(page.offset);
    this.#others.set(page.offset, held(page));
    while (this.#others.size > MAX_HELD_PAGES) {
      const oldest = this.#others.keys().next().value as number;
      this.#others.delete(oldest);
    }
  }

  /** Forgets that a page was asked for (the request failed). */
  failed(offset: number): void {
    this.#pending.delete(offset);
  }

  /** Rows held in all, first page included. */
  get heldRows(): number {
    let rows = this.#first.rowCount;
    for (const p of this.#others.values()) rows += p.rowCount;
    return rows;
  }
}

const pageStart = (row: number) => Math.floor(row / PAGE_ROWS) * PAGE_ROWS;

const contains = (page: HeldPage, row: number) => row >= page.offset && row < page.offset + page.rowCount;

function held(page: ResultPage): HeldPage {
  return { offset: page.offset, rowCount: page.rowCount, table: tableFromIPC(page.ipc) };
}
