import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  AUTOSAVE_PREFIX,
  Autosave,
  LEGACY_AUTOSAVE_KEY,
  LEGACY_DRAFT_ID,
  type AutosaveResult,
} from '../../../src/state/autosave';
import { FakeStorage } from './fake-storage';

const AUTOSAVE_KEY = `${AUTOSAVE_PREFIX}tab1`;

const T0 = Date.UTC(2026, 10, 23, 8, 0, 0);
let storage: FakeStorage;
let results: AutosaveResult[];
let autosave: Autosave;

beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
  storage = new FakeStorage();
  results = [];
  autosave = new Autosave({
    storage,
    draftId: 'tab1',
    now: () => Date.now(),
    onResult: (r) => results.push(r),
  });
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
    const again = new Autosave({ storage, draftId: 'tab1' });
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
      draftId: 'tab1',
      now: () => 7,
      delayMs: 50,
      timers: { setTimeout: (callback, ms) => callbacks.push({ callback, ms }), clearTimeout: () => {} },
    });
    custom.schedule({ text: 'x', isDirty: false });
    expect(callbacks.map((c) => c.ms)).toEqual([50]);
    callbacks[0]?.callback();
    expect(stored()).toEqual({ text: 'x', isDirty: false, savedAt: 7 });
  });

  it('writes each tab to its own draft, so a second tab never overwrites the first', () => {
    const other = new Autosave({ storage, draftId: 'tab2', now: () => Date.now() });
    autosave.schedule({ text: 'first tab', isDirty: true });
    other.schedule({ text: 'second tab', isDirty: true });
    autosave.flush();
    other.flush();
    expect(autosave.restore()?.text).toBe('first tab');
    expect(other.restore()?.text).toBe('second tab');
    expect(autosave.storedDrafts().map((d) => [d.id, d.snapshot.text])).toEqual([
      ['tab1', 'first tab'],
      ['tab2', 'second tab'],
    ]);
  });

  it('lists drafts newest first, skipping other keys and removing corrupt drafts', () => {
    storage.items.set(`${AUTOSAVE_PREFIX}old`, JSON.stringify({ text: 'old', savedAt: 1, isDirty: true }));
    storage.items.set(`${AUTOSAVE_PREFIX}new`, JSON.stringify({ text: 'new', savedAt: 2, isDirty: false }));
    storage.items.set(`${AUTOSAVE_PREFIX}bad`, '{');
    storage.items.set('claimlens.theme', 'dark');
    expect(autosave.storedDrafts().map((d) => d.id)).toEqual(['new', 'old']);
    expect(storage.items.has(`${AUTOSAVE_PREFIX}bad`)).toBe(false);
    expect(storage.items.get('claimlens.theme')).toBe('dark');
  });

  it('moves the single slot of earlier versions to a draft of its own (migration)', () => {
    const legacy = JSON.stringify({ text: 'before per-tab drafts', savedAt: 5, isDirty: true });
    storage.items.set(LEGACY_AUTOSAVE_KEY, legacy);
    expect(autosave.storedDrafts()).toEqual([
      { id: LEGACY_DRAFT_ID, snapshot: { text: 'before per-tab drafts', savedAt: 5, isDirty: true } },
    ]);
    expect(storage.items.has(LEGACY_AUTOSAVE_KEY)).toBe(false);
    expect(autosave.read(LEGACY_DRAFT_ID)?.text).toBe('before per-tab drafts');
  });

  it('keeps the single slot where it is when storage is full, to move it next time', () => {
    storage.items.set(LEGACY_AUTOSAVE_KEY, JSON.stringify({ text: 'kept', savedAt: 5, isDirty: true }));
    storage.failWith = new DOMException('full', 'QuotaExceededError');
    expect(autosave.storedDrafts()).toEqual([]);
    expect(storage.items.has(LEGACY_AUTOSAVE_KEY)).toBe(true);
  });

  it('writes a waiting change to the old draft before switching to another', () => {
    autosave.schedule({ text: 'mine', isDirty: true });
    autosave.useDraft('chosen');
    expect(autosave.draftId).toBe('chosen');
    expect(autosave.read('tab1')?.text).toBe('mine');
    autosave.schedule({ text: 'continued', isDirty: true });
    autosave.flush();
    expect(autosave.read('chosen')?.text).toBe('continued');
    expect(autosave.read('tab1')?.text).toBe('mine');
  });

  it('discards another draft, or its own with the waiting change', () => {
    storage.items.set(`${AUTOSAVE_PREFIX}other`, JSON.stringify({ text: 'x', savedAt: 1, isDirty: true }));
    autosave.discard('other');
    expect(storage.items.has(`${AUTOSAVE_PREFIX}other`)).toBe(false);
    autosave.schedule({ text: 'v1', isDirty: true });
    autosave.discard('tab1');
    vi.advanceTimersByTime(10_000);
    expect(storage.items.has(AUTOSAVE_KEY)).toBe(false);
  });
});
