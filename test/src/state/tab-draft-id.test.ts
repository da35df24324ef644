import { describe, expect, it } from 'vitest';
import { TAB_DRAFT_KEY, isDraftId, tabDraftId } from '../../../src/state/tab-draft-id';
import { FakeStorage } from './fake-storage';

describe('tabDraftId', () => {
  it('makes an id once per tab and keeps it for the tab’s reloads', () => {
    const session = new FakeStorage();
    let n = 0;
    const newId = () => `id${(n += 1)}`;
    expect(tabDraftId({ session, newId })).toBe('id1');
    expect(tabDraftId({ session, newId })).toBe('id1');
    expect(tabDraftId({ session: new FakeStorage(), newId })).toBe('id2');
  });

  it('replaces a stored id it cannot use as a storage key part', () => {
    const session = new FakeStorage();
    session.setItem(TAB_DRAFT_KEY, 'a b');
    expect(tabDraftId({ session, newId: () => 'fresh' })).toBe('fresh');
    expect(session.getItem(TAB_DRAFT_KEY)).toBe('fresh');
    expect(isDraftId('0b6f7c1e-8a4e-4d1c-9f3a-2b5c6d7e8f90')).toBe(true);
  });

  it('still gives an id when session storage is unavailable', () => {
    const session = new FakeStorage();
    session.failWith = new DOMException('denied', 'SecurityError');
    expect(tabDraftId({ session, newId: () => 'page' })).toBe('page');
  });
});
