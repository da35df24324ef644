/**
 * Which drafts a live tab holds, so a new tab never continues a draft another tab is still writing.
 * Over the Web Locks API (same origin, no network): a tab holds the lock named after its draft while it
 * is open, and the browser releases it when the tab closes or crashes.
 */
export interface DraftLocks {
  /** Takes the draft's lock if no other tab holds it: whether it now holds it. */
  claim(draftId: string): Promise<boolean>;
  /** Lets go of the draft's lock (the tab moved to another draft). */
  release(draftId: string): void;
  /** The drafts some open tab holds (this one's included). */
  held(): Promise<ReadonlySet<string>>;
}

const PREFIX = 'claimlens.draft.';

/**
 * Draft locks over `navigator.locks`. Without the API (an old browser) every claim succeeds and no
 * draft counts as held: tabs then behave as before per-tab drafts, and nothing fails.
 */
export function webDraftLocks(locks: LockManager | undefined = globalThis.navigator?.locks): DraftLocks {
  const releases = new Map<string, () => void>();
  return {
    claim(draftId) {
      if (!locks) return Promise.resolve(true);
      return new Promise<boolean>((resolve) => {
        locks
          .request(PREFIX + draftId, { ifAvailable: true }, (lock) => {
            if (!lock) {
              resolve(false);
              return undefined;
            }
            resolve(true);
            // Held until `release`, or until the tab goes away.
            return new Promise<void>((done) => releases.set(draftId, done));
          })
          // A refused request (an opaque origin) works as if there were no locks, as above.
          .catch(() => resolve(true));
      });
    },
    release(draftId) {
      releases.get(draftId)?.();
      releases.delete(draftId);
    },
    async held() {
      if (!locks) return new Set();
      const state = await locks.query().catch(() => ({ held: [] }) as LockManagerSnapshot);
      return new Set(
        (state.held ?? []).flatMap((l) => (l.name?.startsWith(PREFIX) ? [l.name.slice(PREFIX.length)] : [])),
      );
    },
  };
}
