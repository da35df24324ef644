import { describe, expect, it } from 'vitest';
import { fixOpenFileResults, type HeapModule } from '../../../workers/engine/open-file-fix';

/**
 * A stand-in for a 4 GiB Float64Array heap: sparse, and like a typed array it ignores writes to
 * negative indexes (which is how DuckDB-WASM's signed shift loses its writes).
 */
function sparseHeap(): Float64Array & { cells: Map<number, number> } {
  const cells = new Map<number, number>();
  return new Proxy({ cells } as unknown as Float64Array & { cells: Map<number, number> }, {
    set(target, key, value) {
      const index = Number(key);
      if (Number.isInteger(index)) {
        if (index >= 0) cells.set(index, value as number);
        return true;
      }
      return Reflect.set(target, key, value);
    },
    get(target, key) {
      const index = typeof key === 'string' ? Number(key) : NaN;
      return Number.isInteger(index) ? cells.get(index) : Reflect.get(target, key);
    },
  });
}

/** DuckDB-WASM's openFile as 1.32 writes it: malloc 24 bytes, write through `ptr >> 3`. */
function duckdbLikeRuntime(ptr: number, grow?: () => void) {
  return {
    openFile(mod: HeapModule & { _malloc?: () => number }, _fileId: number, _flags: number): number {
      grow?.();
      mod.HEAPF64[(ptr >> 3) + 0] = 174_976_225;
      mod.HEAPF64[(ptr >> 3) + 1] = 0;
      mod.HEAPF64[(ptr >> 3) + 2] = 7;
      return ptr;
    },
  };
}

/** An address malloc returned in a tab at 10 M fee lines (above 2 GiB). */
const HIGH = 2_853_190_232;

describe('fixOpenFileResults', () => {
  it('without the fix, a result struct above 2 GiB is lost (the bug it fixes)', () => {
    const mod = { HEAPF64: sparseHeap() };
    duckdbLikeRuntime(HIGH).openFile(mod, 5, 1);
    expect(mod.HEAPF64.cells.size).toBe(0);
  });

  it('puts a result struct above 2 GiB where DuckDB reads it (ptr >>> 3)', () => {
    const mod = { HEAPF64: sparseHeap() };
    const runtime = duckdbLikeRuntime(HIGH);
    fixOpenFileResults(runtime);
    expect(runtime.openFile(mod, 5, 1)).toBe(HIGH);
    expect([0, 1, 2].map((k) => mod.HEAPF64[(HIGH >>> 3) + k])).toEqual([174_976_225, 0, 7]);
  });

  it('leaves a result struct below 2 GiB as it was written', () => {
    const mod = { HEAPF64: sparseHeap() };
    const low = 1_317_948_248;
    const runtime = duckdbLikeRuntime(low);
    fixOpenFileResults(runtime);
    runtime.openFile(mod, 4, 1);
    expect(mod.HEAPF64[low >> 3]).toBe(174_976_225);
    expect(mod.HEAPF64.cells.size).toBe(3);
  });

  it('follows a heap that grows during the call, and leaves the new heap as a plain property', () => {
    const first = sparseHeap();
    const grown = sparseHeap();
    const mod: HeapModule = { HEAPF64: first };
    const runtime = duckdbLikeRuntime(HIGH, () => {
      mod.HEAPF64 = grown; // what Emscripten's updateMemoryViews does after memory.grow
    });
    fixOpenFileResults(runtime);
    runtime.openFile(mod, 6, 1);
    expect(grown[HIGH >>> 3]).toBe(174_976_225);
    expect(first.cells.size).toBe(0);
    expect(Object.getOwnPropertyDescriptor(mod, 'HEAPF64')).toMatchObject({ value: grown, writable: true });
  });
});
