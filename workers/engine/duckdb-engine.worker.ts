/**
 * DuckDB-WASM's own worker (the `eh` bundle), started through this module so that files are opened
 * right above 2 GiB of heap (open-file-fix.ts) and a failed read of a user's file is reported, not
 * swallowed.
 *
 * DuckDB-WASM reads a registered `File` with `FileReaderSync`. When a read throws, or the file's handle
 * is missing when DuckDB opens it, its runtime only writes to this worker's console and tells DuckDB
 * the file ended, so `read_csv` silently returns a short or empty table. Here a read that throws is
 * retried, and every such failure, and every warning or error DuckDB's runtime prints, is posted to
 * the engine as a `LOG` message (which DuckDB-WASM's client hands to its logger, file-read-failures.ts);
 * the engine then fails the load instead of keeping a short table.
 *
 * Served without a CSP, it only reaches the app's own files (workers/security/secure-worker.ts).
 */
// First: probes for a CSP and guards the network before DuckDB's bundle runs.
import '../security/secure-worker';
import '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js';
import { fixOpenFileResults, type OpenFileRuntime } from './open-file-fix';
import {
  READ_ATTEMPTS,
  WORKER_CONSOLE_TOPIC,
  READ_FAILURE_TOPIC,
  isMissingFileWarning,
  type FileReadFailure,
} from './file-read-failures';

// The bundle sets `globalThis.DUCKDB_RUNTIME` when it instantiates the wasm; fix it as it is set.
let runtime: OpenFileRuntime | undefined;
Object.defineProperty(globalThis, 'DUCKDB_RUNTIME', {
  configurable: true,
  get: () => runtime,
  set(value: OpenFileRuntime) {
    fixOpenFileResults(value);
    runtime = value;
  },
});

function report(topic: string, value: unknown): void {
  postMessage({ type: 'LOG', data: { topic, value: JSON.stringify(value) } });
}

const readAsArrayBuffer = FileReaderSync.prototype.readAsArrayBuffer;
FileReaderSync.prototype.readAsArrayBuffer = function retried(this: FileReaderSync, blob: Blob) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return readAsArrayBuffer.call(this, blob);
    } catch (e) {
      const recovered = attempt < READ_ATTEMPTS;
      const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
      report(READ_FAILURE_TOPIC, { detail, bytes: blob.size, attempt, recovered } satisfies FileReadFailure);
      if (!recovered) throw e;
    }
  }
};

// DuckDB's runtime reports through this worker's console, which nobody sees: forward it.
/* eslint-disable no-console */
for (const level of ['warn', 'error'] as const) {
  const write = console[level].bind(console);
  console[level] = (...args: unknown[]) => {
    write(...args);
    const text = args.map((a) => (a instanceof Error ? `${a.name}: ${a.message}` : String(a))).join(' ');
    if (isMissingFileWarning(text)) {
      report(READ_FAILURE_TOPIC, {
        detail: text,
        bytes: 0,
        attempt: 1,
        recovered: false,
      } satisfies FileReadFailure);
    } else {
      report(WORKER_CONSOLE_TOPIC, { level, text });
    }
  };
}
/* eslint-enable no-console */
