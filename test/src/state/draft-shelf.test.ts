import { beforeEach, describe, expect, it } from 'vitest';
import { AUTOSAVE_PREFIX, Autosave, LEGACY_AUTOSAVE_KEY } from '../../../src/state/autosave';
import type { DraftLocks } from '../../../src/state/draft-locks';
import { DraftShelf } from '../../../src/state/draft-shelf';
import { TAB_DRAFT_KEY, tabDraftId } from '../../../src/state/tab-draft-id';
import { FakeStorage } from './fake-storage';

/** Web Locks as one browser has them: a lock is held by one tab until it lets go or closes. */
class FakeLockBroker {
  readonly owners = new Map<string, string>();

  locksFor(tab: string): DraftLocks & { close(): void } {
    const owners = this.owners;
    return {
      async claim(id) {
        const owner = owners.get(id);
        if (owner !== undefined && owner !== tab) return false;
        owners.set(id, tab);
        return true;
      },
      release(id) {
        if (owners.get(id) === tab) owners.delete(id);
      },
      async held() {
        return new Set(owners.keys());
      },
      close() {
        for (const [id, owner] of owners) if (owner === tab) owners.delete(id);
      },
    };
  }
}

const notebook = (title: string, cells: number) =>
  `---\ntitle: ${title}\n---\n\n${Array.from({ length: cells }, (_, i) => `\`\`\`sql {id=c${i + 1} name=v${i + 1}}\nSELECT ${i}\n\`\`\`\n`).join('\n')}`;

let local: FakeStorage;
let broker: FakeLockBroker;
let clock: number;
let counter: number;

/** One tab: its session storage, autosave and shelf, over the browser's shared storage and locks. */
function openTab(name: string, session = new FakeStorage()) {
  const newId = () => `${name}-draft${(counter += 1)}`;
  const autosave = new Autosave({
    storage: local,
    draftId: tabDraftId({ session, newId }),
    now: () => clock,
  });
  const locks = broker.locksFor(name);
  const shelf = new DraftShelf(autosave, locks, { session, newId });
  const edit = (text: string, isDirty = true) => {
    clock += 1000;
    autosave.schedule({ text, isDirty });
    autosave.flush();
  };
  return { session, autosave, locks, shelf, edit };
}

beforeEach(() => {
  local = new FakeStorage();
  broker = new FakeLockBroker();
  clock = Date.UTC(2026, 11, 7, 9, 0, 0);
  counter = 0;
});

describe('DraftShelf', () => {
  it('gives each tab its own draft back after a reload, and lists neither in the other', async () => {
    const a = openTab('a');
    const b = openTab('b');
    expect(await a.shelf.start()).toBeUndefined();
    expect(await b.shelf.start()).toBeUndefined();
    a.edit(notebook('甲 / A', 1));
    b.edit(notebook('乙 / B', 2));
    // Reload: the same session storage, new pages; the browser's locks go with the old pages.
    a.locks.close();
    b.locks.close();
    const a2 = openTab('a2', a.session);
    const b2 = openTab('b2', b.session);
    expect((await a2.shelf.start())?.text).toBe(notebook('甲 / A', 1));
    expect((await b2.shelf.start())?.text).toBe(notebook('乙 / B', 2));
    await a2.shelf.refresh();
    expect(a2.shelf.state.drafts).toEqual([]);
    expect(b2.shelf.state.drafts).toEqual([]);
  });

  it('in a new tab, continues the newest draft closed tabs left and lists the others', async () => {
    const a = openTab('a');
    const b = openTab('b');
    await a.shelf.start();
    await b.shelf.start();
    a.edit(notebook('甲 / A', 1));
    b.edit(notebook('乙 / B', 2));
    a.locks.close();
    b.locks.close();
    const c = openTab('c');
    expect((await c.shelf.start())?.text).toBe(notebook('乙 / B', 2));
    expect(c.autosave.draftId).toBe(b.autosave.draftId);
    expect(c.session.getItem(TAB_DRAFT_KEY)).toBe(b.autosave.draftId);
    expect(c.shelf.state.drafts).toEqual([
      {
        id: a.autosave.draftId,
        title: '甲 / A',
        fileName: undefined,
        cells: 1,
        savedAt: clock - 1000,
        isDirty: true,
      },
    ]);
  });

  it('never offers a draft an open tab is writing', async () => {
    const a = openTab('a');
    await a.shelf.start();
    a.edit(notebook('甲 / A', 1));
    const c = openTab('c');
    expect(await c.shelf.start()).toBeUndefined();
    expect(c.shelf.state.drafts).toEqual([]);
    expect(await c.shelf.continueDraft(a.autosave.draftId)).toBeUndefined();
    expect(c.autosave.draftId).not.toBe(a.autosave.draftId);
  });

  it('continues a listed draft, keeping and listing the one the tab had', async () => {
    const a = openTab('a');
    const b = openTab('b');
    await a.shelf.start();
    await b.shelf.start();
    a.edit(notebook('甲 / A', 1));
    b.edit(notebook('乙 / B', 2));
    a.locks.close();
    b.locks.close();
    const c = openTab('c');
    await c.shelf.start();
    c.edit(notebook('乙 / B', 3));
    const chosen = await c.shelf.continueDraft(a.autosave.draftId);
    expect(chosen?.text).toBe(notebook('甲 / A', 1));
    expect(c.autosave.draftId).toBe(a.autosave.draftId);
    expect(c.shelf.state.drafts.map((d) => [d.title, d.cells])).toEqual([['乙 / B', 3]]);
  });

  it('removes drafts without unsaved changes that no tab holds, and discards on request', async () => {
    const a = openTab('a');
    const b = openTab('b');
    await a.shelf.start();
    await b.shelf.start();
    a.edit(notebook('甲 / A', 1), false);
    b.edit(notebook('乙 / B', 2));
    a.locks.close();
    b.locks.close();
    // A new tab continues b's draft; a's (saved to a file) is removed once no tab holds it.
    const c = openTab('c');
    expect((await c.shelf.start())?.text).toBe(notebook('乙 / B', 2));
    expect(local.items.has(`${AUTOSAVE_PREFIX}${a.autosave.draftId}`)).toBe(false);
    expect(c.shelf.state.drafts).toEqual([]);
    // An unsaved draft left by a tab that crashed before it started is listed, and can be discarded.
    local.setItem(
      `${AUTOSAVE_PREFIX}crashed`,
      JSON.stringify({ text: notebook('丙 / C', 1), savedAt: 1, isDirty: true }),
    );
    await c.shelf.refresh();
    expect(c.shelf.state.drafts.map((x) => [x.id, x.title])).toEqual([['crashed', '丙 / C']]);
    await c.shelf.discard('crashed');
    expect(c.shelf.state.drafts).toEqual([]);
    expect(local.items.has(`${AUTOSAVE_PREFIX}crashed`)).toBe(false);
  });

  it('restores the single slot of earlier versions in the first tab after the update', async () => {
    local.setItem(
      LEGACY_AUTOSAVE_KEY,
      JSON.stringify({ text: notebook('旧 / Old', 2), savedAt: 7, isDirty: true }),
    );
    const a = openTab('a');
    const restored = await a.shelf.start();
    expect(restored).toEqual({ text: notebook('旧 / Old', 2), savedAt: 7, isDirty: true });
    expect(local.items.has(LEGACY_AUTOSAVE_KEY)).toBe(false);
  });

  it('gives a duplicated tab (same session storage, original still open) a copy in a new draft', async () => {
    const a = openTab('a');
    await a.shelf.start();
    a.edit(notebook('甲 / A', 1));
    const copy = openTab('copy', a.session);
    expect((await copy.shelf.start())?.text).toBe(notebook('甲 / A', 1));
    expect(copy.autosave.draftId).not.toBe(a.autosave.draftId);
    expect(copy.session.getItem(TAB_DRAFT_KEY)).toBe(copy.autosave.draftId);
  });

  it('opens a shipped notebook in a new draft, keeping the tab’s unsaved one listed', async () => {
    const a = openTab('a');
    await a.shelf.start();
    a.edit(notebook('甲 / A', 1));
    a.locks.close();
    const a2 = openTab('a2', a.session);
    expect(await a2.shelf.start({ isFresh: true })).toBeUndefined();
    expect(a2.autosave.draftId).not.toBe(a.autosave.draftId);
    expect(a2.shelf.state.drafts.map((d) => d.title)).toEqual(['甲 / A']);
  });
});
