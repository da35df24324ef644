import { tableFromArrays, tableToIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import type { ResultPage } from '../../../../workers/api';
import { MAX_HELD_PAGES, PAGE_ROWS, PageCache } from '../../../../src/components/result-table/page-cache';

const TOTAL = 100_000;

/** Rows `offset …` of a result whose column `i` is the row number. */
function pageAt(offset: number, rows = PAGE_ROWS): ResultPage {
  const i = Int32Array.from({ length: Math.min(rows, TOTAL - offset) }, (_, k) => offset + k);
  const ipc = tableToIPC(tableFromArrays({ i }), 'stream');
  return { ipc, offset, rowCount: i.length, totalRows: TOTAL, columns: [{ name: 'i', type: 'INTEGER' }] };
}

describe('PageCache', () => {
  it('holds the first page, asks for the pages of rows it lacks once, and finds each row in its page', () => {
    const cache = new PageCache(pageAt(0));
    expect(cache.missing(0, 40)).toEqual([]);
    expect(cache.missing(490, 20)).toEqual([500]);
    cache.asked(500);
    expect(cache.missing(490, 20)).toEqual([]);
    cache.add(pageAt(500));
    const page = cache.pageOf(503)!;
    expect(page.offset).toBe(500);
    expect(page.table.getChild('i')?.get(503 - page.offset)).toBe(503);
  });

  it('keeps at most a few pages besides the first, dropping the least recently used', () => {
    const cache = new PageCache(pageAt(0));
    for (let k = 1; k <= MAX_HELD_PAGES + 3; k++) cache.add(pageAt(k * PAGE_ROWS));
    expect(cache.heldRows).toBe((MAX_HELD_PAGES + 1) * PAGE_ROWS);
    expect(cache.pageOf(PAGE_ROWS)).toBeUndefined();
    expect(cache.pageOf(0)?.offset).toBe(0);
    expect(cache.pageOf((MAX_HELD_PAGES + 3) * PAGE_ROWS)?.offset).toBe((MAX_HELD_PAGES + 3) * PAGE_ROWS);
  });

  it('asks again for a page whose request failed', () => {
    const cache = new PageCache(pageAt(0));
    cache.asked(50_000);
    expect(cache.missing(50_000, 10)).toEqual([]);
    cache.failed(50_000);
    expect(cache.missing(50_000, 10)).toEqual([50_000]);
  });
});
