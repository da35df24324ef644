import { Autosave, type AutosaveResult } from './autosave';
import { webDraftLocks } from './draft-locks';
import { DraftShelf } from './draft-shelf';
import type { NotebookStore } from './notebook-store';
import { newDraftId, tabDraftId } from './tab-draft-id';
import { TAB_CHANNEL, TabPresence, type PresenceChannel } from './tab-presence';

/** This tab among the others: its autosave draft, the drafts closed tabs left, and who else is open. */
export interface TabSession {
  readonly autosave: Autosave;
  readonly drafts: DraftShelf;
  readonly presence: TabPresence;
  /** Follows `notebook`: tells the other tabs which notebook it is, and writes its draft on `pagehide`. */
  connect(notebook: NotebookStore): void;
}

/**
 * Creates the tab's session over the page's `localStorage` (drafts), `sessionStorage` (which draft is
 * this tab's), Web Locks (which drafts open tabs hold) and a BroadcastChannel (which notebooks they
 * have open). All of it stays in this browser.
 */
export function createTabSession(onAutosaveResult: (result: AutosaveResult) => void): TabSession {
  const session = window.sessionStorage;
  const autosave = new Autosave({
    storage: window.localStorage,
    draftId: tabDraftId({ session }),
    onResult: onAutosaveResult,
  });
  const drafts = new DraftShelf(autosave, webDraftLocks(), { session });
  const presence = new TabPresence(presenceChannel(), newDraftId());
  return {
    autosave,
    drafts,
    presence,
    connect(notebook) {
      const name = () => notebook.state.fileName ?? notebook.state.notebook.meta.title;
      notebook.subscribe(() => presence.announce(name()));
      presence.announce(name());
      // A tab that closed leaves its draft to the others' chooser.
      presence.subscribe(() => void drafts.refresh());
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') void drafts.refresh();
      });
      window.addEventListener('pagehide', () => {
        autosave.flush();
        presence.leave();
      });
    },
  };
}

/** The tabs' channel, or one that goes nowhere where BroadcastChannel is missing. */
function presenceChannel(): PresenceChannel {
  if (typeof BroadcastChannel === 'function') return new BroadcastChannel(TAB_CHANNEL);
  return { postMessage: () => undefined, addEventListener: () => undefined, close: () => undefined };
}
