import { parseNotebook } from '../../core/notebook/parse-notebook';
import type { StoredDraft } from './autosave';

/** What the restore chooser shows of a draft. */
export interface DraftListing {
  readonly id: string;
  /** The notebook's title (the front matter's), or the file name when it has none. */
  readonly title: string;
  readonly fileName: string | undefined;
  /** How many cells it has. */
  readonly cells: number;
  /** When it was autosaved, in epoch milliseconds. */
  readonly savedAt: number;
  /** Whether it has changes not saved to a file. */
  readonly isDirty: boolean;
}

/** Reads a stored draft's title and cell count for the restore chooser. */
export function draftListing(draft: StoredDraft): DraftListing {
  const { notebook } = parseNotebook(draft.snapshot.text);
  return {
    id: draft.id,
    title: notebook.meta.title || draft.snapshot.fileName || '',
    fileName: draft.snapshot.fileName,
    cells: notebook.cells.length,
    savedAt: draft.snapshot.savedAt,
    isDirty: draft.snapshot.isDirty,
  };
}
