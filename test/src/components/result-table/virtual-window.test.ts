import { describe, expect, it } from 'vitest';
import { virtualWindow } from '../../../../src/components/result-table/virtual-window';

describe('virtualWindow', () => {
  const base = { viewportHeight: 280, rowHeight: 28, overscan: 2 };

  it('renders nothing for an empty result', () => {
    expect(virtualWindow({ ...base, scrollTop: 0, rowCount: 0 })).toEqual({
      first: 0,
      count: 0,
      offsetY: 0,
      totalHeight: 0,
    });
  });

  it('renders every row of a short result', () => {
    expect(virtualWindow({ ...base, scrollTop: 0, rowCount: 3 })).toEqual({
      first: 0,
      count: 3,
      offsetY: 0,
      totalHeight: 84,
    });
  });

  it('maps the scroll position 1:1 below the height cap', () => {
    const w = virtualWindow({ ...base, scrollTop: 28 * 100 + 5, rowCount: 1000 });
    // Row 100 is at the top; two rows of overscan above it; 10 visible + 1 partial + 2 below.
    expect(w).toEqual({ first: 98, count: 15, offsetY: 98 * 28, totalHeight: 28_000 });
  });

  it('clamps past-the-end scroll positions to the last rows', () => {
    const w = virtualWindow({ ...base, scrollTop: 1e9, rowCount: 1000 });
    expect(w.first + w.count).toBe(1000);
    expect(w.offsetY + (1000 - w.first) * 28).toBe(w.totalHeight);
  });

  it('compresses a million rows under the cap and still reaches both ends', () => {
    const rows = 1_000_000;
    const input = { ...base, rowCount: rows, maxScrollHeight: 1_000_000 };
    const top = virtualWindow({ ...input, scrollTop: 0 });
    expect(top).toMatchObject({ first: 0, offsetY: 0, totalHeight: 1_000_000 });

    const bottom = virtualWindow({ ...input, scrollTop: 1_000_000 - 280 });
    expect(bottom.first + bottom.count).toBe(rows);
    // The last row's bottom edge sits exactly at the bottom of the scrollable area.
    expect(bottom.offsetY + (rows - bottom.first) * 28).toBeCloseTo(1_000_000, 6);

    const middle = virtualWindow({ ...input, scrollTop: (1_000_000 - 280) / 2 });
    expect(middle.first).toBeGreaterThan(rows / 2 - 20);
    expect(middle.first).toBeLessThan(rows / 2 + 20);
  });

  it('moves rows smoothly: one pixel of scroll moves the rows by a pixel within a row', () => {
    const input = { ...base, rowCount: 1_000_000, maxScrollHeight: 1_000_000 };
    const a = virtualWindow({ ...input, scrollTop: 500_000 });
    const b = virtualWindow({ ...input, scrollTop: 500_001 });
    if (a.first === b.first) {
      // Same rows: in viewport coordinates (offsetY - scrollTop) they moved up by the virtual step.
      const step = a.offsetY - 500_000 - (b.offsetY - 500_001);
      expect(step).toBeGreaterThan(0);
      expect(step).toBeLessThan(28);
    } else {
      expect(b.first).toBe(a.first + 1);
    }
  });
});
