import { msg, type Msg } from '../../core/shared/msg';

/**
 * Where drafts are stored: one key per draft, this prefix then the draft's id (bump the version if the
 * snapshot's shape changes). Each tab writes its own draft, so two tabs never overwrite each other.
 */
export const AUTOSAVE_PREFIX = 'claimlens.autosave.v2.';

/** The single slot versions before per-tab drafts wrote to; read once and moved to a draft of its own. */
export const LEGACY_AUTOSAVE_KEY = 'claimlens.autosave.v1';

/** The id of the draft the single slot moves to (`restoredDrafts` then lists it like any other). */
export const LEGACY_DRAFT_ID = 'legacy';

/** What is autosaved: the notebook as text (method only, never data), and how it stood. */
export interface AutosaveSnapshot {
  /** The serialized notebook (`serializeNotebook`). */
  readonly text: string;
  /** The file it was opened from or last saved to, if any. */
  readonly fileName?: string;
  /** When it was written to storage, in epoch milliseconds. */
  readonly savedAt: number;
  /** Whether it had changes not saved to a file. */
  readonly isDirty: boolean;
}

/** A snapshot to write; `savedAt` is stamped when it is written. */
export type AutosaveDraft = Omit<AutosaveSnapshot, 'savedAt'>;

/** A draft in storage: its id (the key after `AUTOSAVE_PREFIX`) and what it holds. */
export interface StoredDraft {
  readonly id: string;
  readonly snapshot: AutosaveSnapshot;
}

/** The storage calls autosave makes (`localStorage` has them all). */
export type AutosaveStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** How a write went. `nothing-pending`: `flush` found nothing to write. */
export type AutosaveResult =
  | { readonly status: 'saved'; readonly savedAt: number }
  | { readonly status: 'nothing-pending' }
  | { readonly status: 'failed'; readonly reason: 'quota' | 'unavailable'; readonly message: Msg };

/** Timer functions, injectable for tests (default: the global ones). */
export interface AutosaveTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Options for `Autosave`. */
export interface AutosaveOptions {
  readonly storage: AutosaveStorage;
  /** The draft this tab writes (see `tabDraftId`); `useDraft` changes it. */
  readonly draftId: string;
  /** Epoch milliseconds (default `Date.now`). */
  readonly now?: () => number;
  /** Quiet time after the last change before writing (default 2000 ms). */
  readonly delayMs?: number;
  /** Longest a change waits while changes keep coming (default 10 000 ms). */
  readonly maxWaitMs?: number;
  readonly timers?: AutosaveTimers;
  /** Called after every write, debounced or flushed (e.g. to show "autosave failed: storage full"). */
  readonly onResult?: (result: AutosaveResult) => void;
}

const GLOBAL_TIMERS: AutosaveTimers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Keeps the open notebook in browser storage so a closed tab or a crash loses little, as this tab's
 * draft: each tab writes its own key, so a second tab never overwrites the first one's work. `schedule`
 * is debounced (written once changes pause for `delayMs`, and at least every `maxWaitMs`); `flush`
 * writes at once (e.g. on `pagehide`). Writes never throw: a full or unavailable storage is reported as
 * a `failed` result.
 */
export class Autosave {
  private readonly storage: AutosaveStorage;
  private draft: string;
  private readonly now: () => number;
  private readonly delayMs: number;
  private readonly maxWaitMs: number;
  private readonly timers: AutosaveTimers;
  private readonly onResult: ((result: AutosaveResult) => void) | undefined;
  private pending: AutosaveDraft | undefined;
  private pendingSince = 0;
  private timer: unknown;
  private last: AutosaveResult | undefined;

  constructor(options: AutosaveOptions) {
    this.storage = options.storage;
    this.draft = options.draftId;
    this.now = options.now ?? Date.now;
    this.delayMs = options.delayMs ?? 2000;
    this.maxWaitMs = options.maxWaitMs ?? 10_000;
    this.timers = options.timers ?? GLOBAL_TIMERS;
    this.onResult = options.onResult;
  }

  /** The id of the draft this tab writes. */
  get draftId(): string {
    return this.draft;
  }

  /** Whether a change waits to be written. */
  get isPending(): boolean {
    return this.pending !== undefined;
  }

  /** How the last write went, if any. */
  get lastResult(): AutosaveResult | undefined {
    return this.last;
  }

  /** Queues `draft` to be written once changes pause; a later call replaces it. */
  schedule(draft: AutosaveDraft): void {
    const now = this.now();
    if (this.pending === undefined) this.pendingSince = now;
    this.pending = { ...draft };
    this.cancelTimer();
    const wait = Math.max(0, Math.min(this.delayMs, this.pendingSince + this.maxWaitMs - now));
    this.timer = this.timers.setTimeout(() => {
      this.timer = undefined;
      this.flush();
    }, wait);
  }

  /** Writes the queued draft now. */
  flush(): AutosaveResult {
    this.cancelTimer();
    const draft = this.pending;
    if (draft === undefined) return { status: 'nothing-pending' };
    this.pending = undefined;
    const snapshot: AutosaveSnapshot = { ...draft, savedAt: this.now() };
    let result: AutosaveResult;
    try {
      this.storage.setItem(AUTOSAVE_PREFIX + this.draft, JSON.stringify(snapshot));
      result = { status: 'saved', savedAt: snapshot.savedAt };
    } catch (error) {
      result = failure(error);
    }
    this.last = result;
    this.onResult?.(result);
    return result;
  }

  /** This tab's stored draft, if it is whole (e.g. after a reload); a corrupt one is removed. Never throws. */
  restore(): AutosaveSnapshot | undefined {
    return this.read(this.draft);
  }

  /** The stored draft `id`, if it is whole; a corrupt one is removed. Never throws. */
  read(id: string): AutosaveSnapshot | undefined {
    let stored: string | null;
    try {
      stored = this.storage.getItem(AUTOSAVE_PREFIX + id);
    } catch {
      return undefined;
    }
    if (stored === null) return undefined;
    const snapshot = readSnapshot(stored);
    if (snapshot === undefined) this.remove(AUTOSAVE_PREFIX + id);
    return snapshot;
  }

  /**
   * Every whole draft in storage, this tab's included, newest first. A snapshot in the single slot of
   * earlier versions is first moved to the draft `LEGACY_DRAFT_ID` (unless that one exists), so it is
   * listed and restored like the others. Never throws.
   */
  storedDrafts(): StoredDraft[] {
    this.migrateLegacy();
    const ids: string[] = [];
    try {
      for (let i = 0; i < this.storage.length; i += 1) {
        const key = this.storage.key(i);
        if (key?.startsWith(AUTOSAVE_PREFIX)) ids.push(key.slice(AUTOSAVE_PREFIX.length));
      }
    } catch {
      return [];
    }
    const drafts = ids.flatMap((id): StoredDraft[] => {
      const snapshot = this.read(id);
      return snapshot ? [{ id, snapshot }] : [];
    });
    return drafts.sort((a, b) => b.snapshot.savedAt - a.snapshot.savedAt || a.id.localeCompare(b.id));
  }

  /**
   * Makes `id` the draft this tab writes (e.g. the user chose to continue it). A change still waiting
   * is written to the previous draft first, so switching loses nothing.
   */
  useDraft(id: string): void {
    if (id === this.draft) return;
    this.flush();
    this.draft = id;
  }

  /** Drops the queued change and this tab's stored draft (e.g. after saving to a file or closing). */
  clear(): void {
    this.cancelTimer();
    this.pending = undefined;
    this.remove(AUTOSAVE_PREFIX + this.draft);
  }

  /** Deletes the stored draft `id` (the user discarded it). */
  discard(id: string): void {
    if (id === this.draft) this.clear();
    else this.remove(AUTOSAVE_PREFIX + id);
  }

  private migrateLegacy(): void {
    try {
      const stored = this.storage.getItem(LEGACY_AUTOSAVE_KEY);
      if (stored === null) return;
      const target = AUTOSAVE_PREFIX + LEGACY_DRAFT_ID;
      if (readSnapshot(stored) !== undefined && this.storage.getItem(target) === null)
        this.storage.setItem(target, stored);
      this.storage.removeItem(LEGACY_AUTOSAVE_KEY);
    } catch {
      // A full storage keeps the old slot where it is: it is read again next time.
    }
  }

  private remove(key: string): void {
    try {
      this.storage.removeItem(key);
    } catch {
      // Storage that cannot be read cannot hold a snapshot to remove either.
    }
  }

  private cancelTimer(): void {
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
  }
}

/** Reads a stored snapshot, or undefined unless every field has the right type. */
function readSnapshot(stored: string): AutosaveSnapshot | undefined {
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { text, fileName, savedAt, isDirty } = value as Record<string, unknown>;
  if (typeof text !== 'string' || typeof isDirty !== 'boolean') return undefined;
  if (typeof savedAt !== 'number' || !Number.isFinite(savedAt)) return undefined;
  if (fileName !== undefined && typeof fileName !== 'string') return undefined;
  return { text, savedAt, isDirty, ...(fileName !== undefined && { fileName }) };
}

function failure(error: unknown): AutosaveResult {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  const code = typeof error === 'object' && error !== null && 'code' in error ? Number(error.code) : 0;
  // Chrome and Safari name it QuotaExceededError (code 22); older Firefox NS_ERROR_DOM_QUOTA_REACHED (1014).
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014)
    return {
      status: 'failed',
      reason: 'quota',
      message: msg(
        '自动保存失败：浏览器存储空间已满。请将笔记本保存为文件，以免丢失修改。',
        'Autosave failed: browser storage is full. Save the notebook to a file so changes are not lost.',
      ),
    };
  return {
    status: 'failed',
    reason: 'unavailable',
    message: msg(
      '自动保存失败：浏览器存储不可用（可能处于隐私模式）。请将笔记本保存为文件，以免丢失修改。',
      'Autosave failed: browser storage is unavailable (private mode, perhaps). Save the notebook to a file so changes are not lost.',
    ),
  };
}
