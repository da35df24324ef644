/** The `sessionStorage` key holding the id of the draft this tab autosaves to. */
export const TAB_DRAFT_KEY = 'claimlens.autosave.tab';

/** What `tabDraftId` needs: the tab's `sessionStorage` and a source of fresh ids. */
export interface TabDraftIdOptions {
  readonly session: Pick<Storage, 'getItem' | 'setItem'>;
  /** A new unique id (default `newDraftId`). */
  readonly newId?: () => string;
}

/**
 * The id of this tab's autosave draft. `sessionStorage` belongs to one tab and survives its reloads,
 * so a reloaded tab finds its own draft again and two tabs never share one. Unavailable session
 * storage (some private modes) gives a fresh id for this page.
 */
export function tabDraftId(options: TabDraftIdOptions): string {
  const newId = options.newId ?? newDraftId;
  try {
    const stored = options.session.getItem(TAB_DRAFT_KEY);
    if (stored !== null && isDraftId(stored)) return stored;
  } catch {
    return newId();
  }
  return rememberTabDraftId(options.session, newId());
}

/** Records `id` as this tab's draft (after a reload the tab continues it) and returns it. */
export function rememberTabDraftId(session: Pick<Storage, 'setItem'>, id: string): string {
  try {
    session.setItem(TAB_DRAFT_KEY, id);
  } catch {
    // Without session storage the draft is still written; a reload lists it among the others.
  }
  return id;
}

/** Whether `id` can name a draft: letters, digits, `-` and `_`, at most 64. */
export function isDraftId(id: string): boolean {
  return /^[\w-]{1,64}$/.test(id);
}

/**
 * A new random id (32 hex digits). `crypto.getRandomValues`, unlike `crypto.randomUUID`, also works on a
 * page served over plain HTTP (an intranet host).
 */
export function newDraftId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
