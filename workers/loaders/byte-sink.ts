/**
 * Where transcoded bytes go: an OPFS file in the browser (so multi-GB files never sit in memory), a
 * memory buffer in tests and for small files. `close()` returns the bytes as a Blob the engine can read.
 */
export interface ByteSink {
  write(chunk: Uint8Array): Promise<void> | void;
  /** Finishes writing and returns the written bytes (for OPFS, a disk-backed File). */
  close(): Promise<Blob>;
  /** Gives up: releases and deletes whatever was written. */
  abort(): Promise<void>;
  /** Deletes the closed file once the engine no longer needs it (optional: memory sinks need not). */
  discard?(): Promise<void>;
}

/** A sink that keeps the bytes in memory. */
export function createMemorySink(): ByteSink {
  let chunks: Uint8Array[] = [];
  return {
    write(chunk) {
      chunks.push(chunk);
    },
    async close() {
      const blob = new Blob(chunks as BlobPart[]);
      chunks = [];
      return blob;
    },
    async abort() {
      chunks = [];
    },
  };
}
