import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Progress } from '../../../workers/api';
import { HASH_SLICE_BYTES, sha256Blob } from '../../../workers/loaders/sha256-blob';

describe('sha256Blob', () => {
  it('matches node:crypto across several slices and reports progress', async () => {
    const bytes = new Uint8Array(HASH_SLICE_BYTES * 2 + 12_345).map((_, i) => (i * 31) & 0xff);
    const seen: Progress[] = [];
    const hex = await sha256Blob(new Blob([bytes]), { onProgress: (p) => seen.push(p) });
    expect(hex).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(seen.map((p) => p.done)).toEqual([HASH_SLICE_BYTES, HASH_SLICE_BYTES * 2, bytes.length]);
    expect(seen.every((p) => p.phase === 'hash' && p.unit === 'bytes' && p.total === bytes.length)).toBe(
      true,
    );
  });

  it('hashes a small file (one call to WebCrypto) and an empty one the same way node:crypto does', async () => {
    for (const bytes of [new TextEncoder().encode('结算ID,人员编号\nS1,P1\n'), new Uint8Array(0)]) {
      expect(await sha256Blob(new Blob([bytes]))).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(sha256Blob(new Blob(['x']), { signal: controller.signal })).rejects.toThrow();
  });
});
