import { assertNever } from '../../../core/shared/invariant';
import type { MessageId } from '../../i18n/messages';

/**
 * Where the notebook is kept and whether the file has caught up, as one state. Two facts, never shown
 * as two contradicting words: the notebook is always autosaved in this browser; it may or may not be
 * in a file, and the file may be behind the edits.
 * - `browser`: only in this browser, unchanged since it was opened (e.g. the starter notebook);
 * - `browser-changed`: only in this browser, edited (the edits are autosaved there);
 * - `file-saved`: saved to a file, no edits since;
 * - `file-changed`: saved to a file once, edited since (the edits are autosaved in the browser).
 */
export type SaveStatus = 'browser' | 'browser-changed' | 'file-saved' | 'file-changed';

/** The save state of a notebook with this file name (empty when never saved to a file) and dirty flag. */
export function saveStatus(fileName: string, dirty: boolean): SaveStatus {
  if (fileName === '') return dirty ? 'browser-changed' : 'browser';
  return dirty ? 'file-changed' : 'file-saved';
}

/** The status line's text and its longer explanation (the hover title), as UI message ids. */
export function saveStatusMessages(status: SaveStatus): {
  readonly text: MessageId;
  readonly hint: MessageId;
} {
  switch (status) {
    case 'browser':
      return { text: 'nb.status.browser', hint: 'nb.status.browserHint' };
    case 'browser-changed':
      return { text: 'nb.status.browserChanged', hint: 'nb.status.browserHint' };
    case 'file-saved':
      return { text: 'nb.status.fileSaved', hint: 'nb.status.fileSavedHint' };
    case 'file-changed':
      return { text: 'nb.status.fileChanged', hint: 'nb.status.fileChangedHint' };
    default:
      return assertNever(status, 'save status');
  }
}

/** Whether the state asks for attention: there are edits that are not in a file. */
export function hasEditsOutsideFile(status: SaveStatus): boolean {
  return status === 'browser-changed' || status === 'file-changed';
}
