/**
 * A fix for DuckDB-WASM 1.32's browser runtime, applied in its worker (duckdb-engine.worker.ts).
 *
 * Opening a registered file, the runtime mallocs 24 bytes and writes the file's size, buffer and time
 * there as `HEAPF64[(ptr >> 3) + k] = …`. `>>` is a signed shift: once the wasm heap has grown past
 * 2 GiB and malloc returns an address above it, the index is negative, the writes go nowhere, and
 * DuckDB reads whatever those bytes held — usually a size of 0, so `read_csv` creates an empty table
 * without reading the file (seen at 10 M fee lines: any file loaded after the fee table, 1 KB to
 * 175 MB, sometimes came back empty). While `openFile` runs, this routes writes to such negative
 * indexes to where `ptr >>> 3` would have put them.
 */

/** The part of the Emscripten module the fix touches. */
export interface HeapModule {
  HEAPF64: Float64Array;
}

/** The part of DuckDB-WASM's runtime the fix touches. */
export interface OpenFileRuntime {
  openFile(mod: HeapModule, fileId: number, flags: number): number;
}

/** `(ptr >> 3)` for ptr ≥ 2 GiB is `(ptr >>> 3) - 2^29`. */
const SIGNED_SHIFT_OFFSET = 2 ** 29;

/** Wraps `runtime.openFile` in place so its result struct lands where DuckDB reads it. */
export function fixOpenFileResults(runtime: OpenFileRuntime): void {
  const openFile = runtime.openFile.bind(runtime);
  runtime.openFile = (mod, fileId, flags) => {
    const descriptor = Object.getOwnPropertyDescriptor(mod, 'HEAPF64');
    let heap = mod.HEAPF64;
    const view = () =>
      new Proxy(heap, {
        set(target, key, value) {
          const index = typeof key === 'string' ? Number(key) : NaN;
          if (Number.isInteger(index) && index < 0) {
            target[index + SIGNED_SHIFT_OFFSET] = value as number;
            return true;
          }
          return Reflect.set(target, key, value, target);
        },
        get(target, key) {
          const value = Reflect.get(target, key, target) as unknown;
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      });
    // malloc may grow the heap, and Emscripten then assigns new views: follow them.
    Object.defineProperty(mod, 'HEAPF64', {
      configurable: true,
      enumerable: descriptor?.enumerable ?? true,
      get: view,
      set: (next: Float64Array) => {
        heap = next;
      },
    });
    try {
      return openFile(mod, fileId, flags);
    } finally {
      Object.defineProperty(mod, 'HEAPF64', {
        configurable: true,
        enumerable: descriptor?.enumerable ?? true,
        writable: true,
        value: heap,
      });
    }
  };
}
