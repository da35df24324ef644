import { createSHA256 } from 'hash-wasm';
import type { ProgressCallback } from '../api';

/** Slice size for hashing: large enough to amortise the calls, small enough to keep memory flat. */
export const HASH_SLICE_BYTES = 8 * 1024 * 1024;

/** Options for {@link sha256Blob}. */
export interface Sha256Options {
  /** Stops hashing between slices; the promise then rejects with the signal's reason. */
  readonly signal?: AbortSignal;
  readonly onProgress?: ProgressCallback;
}

/** Hex SHA-256 of a Blob's bytes, read 8 MB at a time so a multi-GB file never sits in memory. */
export async function sha256Blob(blob: Blob, options: Sha256Options = {}): Promise<string> {
  const hasher = await createSHA256();
  hasher.init();
  for (let offset = 0; offset < blob.size; offset += HASH_SLICE_BYTES) {
    options.signal?.throwIfAborted();
    const end = Math.min(offset + HASH_SLICE_BYTES, blob.size);
    hasher.update(new Uint8Array(await blob.slice(offset, end).arrayBuffer()));
    options.onProgress?.({ phase: 'hash', done: end, total: blob.size, unit: 'bytes' });
  }
  return hasher.digest('hex');
}
