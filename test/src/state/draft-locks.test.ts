import { describe, expect, it } from 'vitest';
import { webDraftLocks } from '../../../src/state/draft-locks';

/** `navigator.locks` as the spec has it, for `ifAvailable` requests: one holder per name. */
class FakeLockManager {
  readonly held = new Set<string>();

  async request(
    name: string,
    _options: LockOptions,
    callback: (lock: Lock | null) => Promise<void> | undefined,
  ): Promise<void> {
    if (this.held.has(name)) {
      await callback(null);
      return;
    }
    this.held.add(name);
    await callback({ name, mode: 'exclusive' } as Lock);
    this.held.delete(name);
  }

  async query(): Promise<LockManagerSnapshot> {
    return { held: [...this.held].map((name) => ({ name, mode: 'exclusive' as const })), pending: [] };
  }
}

describe('webDraftLocks', () => {
  it('lets one tab hold a draft until it lets go', async () => {
    const manager = new FakeLockManager() as unknown as LockManager;
    const tabA = webDraftLocks(manager);
    const tabB = webDraftLocks(manager);
    expect(await tabA.claim('d1')).toBe(true);
    expect(await tabB.claim('d1')).toBe(false);
    expect(await tabB.held()).toEqual(new Set(['d1']));
    tabA.release('d1');
    await Promise.resolve();
    expect(await tabB.claim('d1')).toBe(true);
  });

  it('without the Web Locks API, claims succeed and no draft counts as held', async () => {
    const locks = webDraftLocks(undefined);
    expect(await locks.claim('d1')).toBe(true);
    expect(await locks.held()).toEqual(new Set());
  });

  it('treats a refused request as no locks instead of hanging', async () => {
    const refusing = {
      request: () => Promise.reject(new DOMException('opaque origin', 'SecurityError')),
      query: () => Promise.reject(new DOMException('opaque origin', 'SecurityError')),
    } as unknown as LockManager;
    const locks = webDraftLocks(refusing);
    expect(await locks.claim('d1')).toBe(true);
    expect(await locks.held()).toEqual(new Set());
  });
});
