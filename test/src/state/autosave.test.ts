import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_KEY, Autosave, type AutosaveResult } from '../../../src/state/autosave';

/** A Map-backed Storage that counts writes and can be told to fail. */
class FakeStorage {
  readonly items = new Map<string, string>();
  writes = 0;
  failWith: unknown;

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    if (this.failWith !== undefined) throw this.failWith;
    this.writes += 1;
    this.items.set(key, value);
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }
}

const T0 = Date.UTC(2026, 10, 23, 8, 0, 0);
let storage: FakeStorage;
let results: AutosaveResult[];
let autosave: Autosave;

beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
  storage = new FakeStorage();
  results = [];
  autosave = new Autosave({ storage, now: () => Date.now(), onResult: (r) => results.push(r) });
});

afterEach(() => {
  vi.useRealTimers();
});

const stored = () => JSON.parse(storage.items.get(AUTOSAVE_KEY) ?? 'null');

describe('Autosave', () => {
  it('writes once changes pause for two seconds, with the latest text', () => {
    autosave.schedule({ text: 'v1', isDirty: true });
    vi.advanceTimersByTime(1500);
    autosave.schedule({ text: 'v2', fileName: 'a.claimlens.md', isDirty: true });
    vi.advanceTimersByTime(1999);
    expect(storage.writes).toBe(0);
    expect(autosave.isPending).toBe(true);
    vi.advanceTimersByTime(1);
    expect(storage.writes).toBe(1);
    expect(stored()).toEqual({ text: 'v2', fileName: 'a.claimlens.md', isDirty: true, savedAt: T0 + 3500 });
    expect(results).toEqual([{ status: 'saved', savedAt: T0 + 3500 }]);
    expect(autosave.isPending).toBe(false);
  });

  it('still writes every ten seconds while changes keep coming', () => {
    for (let i = 0; i < 12; i += 1) {
      autosave.schedule({ text: `v${i}`, isDirty: true });
      vi.advanceTimersByTime(1000);
    }
    expect(storage.writes).toBe(1);
    expect(stored().savedAt).toBe(T0 + 10_000);
  });

  it('flushes at once, and reports when there is nothing to write', () => {
    autosave.schedule({ text: 'v1', isDirty: false });
    expect(autosave.flush()).toEqual({ status: 'saved', savedAt: T0 });
    expect(autosave.flush()).toEqual({ status: 'nothing-pending' });
    vi.advanceTimersByTime(5000);
    expect(storage.writes).toBe(1);
  });

  it('restores what it wrote', () => {
    autosave.schedule({ text: '---\ntitle: t\n---\n', isDirty: true });
    autosave.flush();
    const again = new Autosave({ storage });
    expect(again.restore()).toEqual({ text: '---\ntitle: t\n---\n', isDirty: true, savedAt: T0 });
  });

  it.each([
    ['not JSON', '{'],
    ['an array', '[]'],
    ['no text', JSON.stringify({ savedAt: 1, isDirty: true })],
    ['a string date', JSON.stringify({ text: '', savedAt: '2026', isDirty: true })],
    ['a numeric file name', JSON.stringify({ text: '', savedAt: 1, isDirty: true, fileName: 3 })],
  ])('drops a corrupt snapshot (%s)', (_, text) => {
    storage.items.set(AUTOSAVE_KEY, text);
    expect(autosave.restore()).toBeUndefined();
    expect(storage.items.has(AUTOSAVE_KEY)).toBe(false);
  });

  it('restores nothing when nothing was saved', () => {
    expect(autosave.restore()).toBeUndefined();
  });

  it('reports a full storage instead of throwing', () => {
    storage.failWith = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    autosave.schedule({ text: 'big', isDirty: true });
    expect(() => vi.advanceTimersByTime(2000)).not.toThrow();
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ status: 'failed', reason: 'quota' });
    expect(autosave.lastResult).toBe(results[0]);
    expect(autosave.lastResult?.status === 'failed' && autosave.lastResult.message.zh).toContain(
      '存储空间已满',
    );
  });

  it('reports an unavailable storage instead of throwing', () => {
    storage.failWith = new DOMException('denied', 'SecurityError');
    autosave.schedule({ text: 'x', isDirty: true });
    expect(autosave.flush()).toMatchObject({ status: 'failed', reason: 'unavailable' });
  });

  it('clears the pending write and the stored snapshot', () => {
    autosave.schedule({ text: 'v1', isDirty: true });
    autosave.flush();
    autosave.schedule({ text: 'v2', isDirty: true });
    autosave.clear();
    vi.advanceTimersByTime(10_000);
    expect(storage.items.has(AUTOSAVE_KEY)).toBe(false);
    expect(storage.writes).toBe(1);
  });

  it('uses injected timers and delay', () => {
    const callbacks: { callback: () => void; ms: number }[] = [];
    const custom = new Autosave({
      storage,
      now: () => 7,
      delayMs: 50,
      timers: { setTimeout: (callback, ms) => callbacks.push({ callback, ms }), clearTimeout: () => {} },
    });
    custom.schedule({ text: 'x', isDirty: false });
    expect(callbacks.map((c) => c.ms)).toEqual([50]);
    callbacks[0]?.callback();
    expect(stored()).toEqual({ text: 'x', isDirty: false, savedAt: 7 });
  });
});
