import type { Autosave, AutosaveSnapshot, StoredDraft } from './autosave';
import type { DraftLocks } from './draft-locks';
import { draftListing, type DraftListing } from './draft-listing';
import { newDraftId, rememberTabDraftId } from './tab-draft-id';

/** What the restore chooser shows: drafts no open tab is writing that still have unsaved changes. */
export interface DraftShelfState {
  readonly drafts: readonly DraftListing[];
}

/** What `DraftShelf` needs besides the autosave and the locks. */
export interface DraftShelfOptions {
  /** The tab's `sessionStorage` (where the tab remembers its draft). */
  readonly session: Pick<Storage, 'setItem'>;
  /** A new unique draft id (default `newDraftId`). */
  readonly newId?: () => string;
}

/**
 * The drafts autosave left in this browser, one per tab. At start the tab takes back its own draft (a
 * reload), else continues the newest draft no open tab holds (a closed tab, a crash, or the single
 * slot of older versions); the other drafts with unsaved changes are listed so the user can continue or
 * discard each. Drafts without unsaved changes that no tab holds are removed: their notebook is in a
 * file, or was never edited.
 */
export class DraftShelf extends EventTarget {
  #state: DraftShelfState = { drafts: [] };
  readonly #newId: () => string;

  constructor(
    private readonly autosave: Autosave,
    private readonly locks: DraftLocks,
    private readonly options: DraftShelfOptions,
  ) {
    super();
    this.#newId = options.newId ?? newDraftId;
  }

  /** The drafts the chooser lists (never this tab's own). */
  get state(): DraftShelfState {
    return this.#state;
  }

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: (state: DraftShelfState) => void): () => void {
    const handler = () => listener(this.#state);
    this.addEventListener('change', handler);
    return () => this.removeEventListener('change', handler);
  }

  /**
   * Claims this tab's draft and says what to open: its own draft after a reload, else the newest draft no
   * open tab holds (now this tab's), else nothing. A tab whose draft another open tab holds (a duplicated
   * tab copies session storage) opens a copy of it as a new draft of its own. `isFresh`: the tab opens
   * another notebook, in a new draft, and restores none.
   */
  async start(options: { readonly isFresh?: boolean } = {}): Promise<AutosaveSnapshot | undefined> {
    if (options.isFresh) {
      // The tab opens something else (a shipped notebook): a new draft, the old one kept and listed.
      this.locks.release(this.autosave.draftId);
      await this.#moveTo(this.#newId());
      await this.refresh();
      return undefined;
    }
    const own = this.autosave.restore();
    if (!(await this.locks.claim(this.autosave.draftId))) await this.#moveTo(this.#newId());
    if (own) {
      await this.refresh();
      return own;
    }
    const free = await this.#freeDrafts();
    for (const draft of free) {
      if (await this.#continue(draft)) {
        await this.refresh();
        return draft.snapshot;
      }
    }
    await this.refresh();
    return undefined;
  }

  /** Re-reads the drafts in storage (e.g. after another tab closed). */
  async refresh(): Promise<void> {
    const free = await this.#freeDrafts();
    for (const draft of free) if (!draft.snapshot.isDirty) this.autosave.discard(draft.id);
    this.#set(free.filter((d) => d.snapshot.isDirty).map(draftListing));
  }

  /**
   * Makes the listed draft `id` this tab's: returns its snapshot to open, or undefined when it is gone or
   * another tab took it meanwhile. This tab's previous draft stays in storage and is listed.
   */
  async continueDraft(id: string): Promise<AutosaveSnapshot | undefined> {
    const snapshot = this.autosave.read(id);
    const taken = snapshot !== undefined && (await this.#continue({ id, snapshot }));
    await this.refresh();
    return taken ? snapshot : undefined;
  }

  /** Deletes the listed draft `id`. */
  async discard(id: string): Promise<void> {
    if (id !== this.autosave.draftId) this.autosave.discard(id);
    await this.refresh();
  }

  /** Drafts in storage that no open tab holds (this tab's excluded), newest first. */
  async #freeDrafts(): Promise<StoredDraft[]> {
    const held = await this.locks.held();
    return this.autosave.storedDrafts().filter((d) => d.id !== this.autosave.draftId && !held.has(d.id));
  }

  async #continue(draft: StoredDraft): Promise<boolean> {
    if (!(await this.locks.claim(draft.id))) return false;
    this.locks.release(this.autosave.draftId);
    this.autosave.useDraft(draft.id);
    rememberTabDraftId(this.options.session, draft.id);
    return true;
  }

  async #moveTo(id: string): Promise<void> {
    await this.locks.claim(id);
    this.autosave.useDraft(id);
    rememberTabDraftId(this.options.session, id);
  }

  #set(drafts: DraftListing[]): void {
    this.#state = { drafts };
    this.dispatchEvent(new Event('change'));
  }
}
