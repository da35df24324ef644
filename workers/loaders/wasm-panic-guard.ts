/**
 * parquet-wasm's async reader panics (a wasm `unreachable` trap) on a corrupt data page instead of
 * rejecting; the trap is thrown from a callback wasm-bindgen-futures schedules with the global
 * `queueMicrotask`, so it escapes as an uncaught error and the read's promise never settles (the worker
 * would hang). The synchronous `readParquet` reports the same file as a clean error, so this is the
 * async path's `unwrap`, not the data. This guard wraps `queueMicrotask` once (it looks the global up at
 * call time) and turns a `WebAssembly.RuntimeError` raised while a guarded call is pending into that
 * call's rejection. Any other error, or one raised when nothing is guarded, is rethrown unchanged.
 */

type Reject = (reason: unknown) => void;

const pending = new Set<Reject>();
let installed = false;

function install(): void {
  if (installed) return;
  installed = true;
  const original = globalThis.queueMicrotask.bind(globalThis);
  globalThis.queueMicrotask = (callback: VoidFunction) =>
    original(() => {
      try {
        callback();
      } catch (e) {
        if (!(e instanceof WebAssembly.RuntimeError) || pending.size === 0) throw e;
        for (const reject of pending) reject(e);
        pending.clear();
      }
    });
}

/** Runs an async wasm call so that a panic inside it rejects the returned promise instead of hanging. */
export function guardWasmPanics<T>(run: () => Promise<T>): Promise<T> {
  install();
  return new Promise<T>((resolve, reject) => {
    pending.add(reject);
    run().then(
      (value) => {
        pending.delete(reject);
        resolve(value);
      },
      (error: unknown) => {
        pending.delete(reject);
        reject(error);
      },
    );
  });
}
