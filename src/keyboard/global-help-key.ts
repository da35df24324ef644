/**
 * The shortcut help's key (H or ?) outside the notebook's cells: anywhere in the app that is not a
 * text field, an open dialog or a key already taken, so the welcome text's "press H" works before any
 * cell is selected. Inside a cell the notebook's own command mode reads the key first.
 */
import { matchShortcut, type ShortcutKeyEvent } from './shortcuts';

/** Where a key press happened, as much as the guard needs (all false for a plain page). */
export interface KeyPlace {
  /** The key was typed into a text field (input, select, textarea, an editor, contenteditable). */
  readonly inTextField: boolean;
  /** The key was pressed inside an open dialog (it belongs to the dialog). */
  readonly inOpenDialog: boolean;
  /** Another handler already acted on the key. */
  readonly taken: boolean;
}

/**
 * Whether a key press opens the shortcut help: the help binding of command mode (H, or ?), with no
 * Ctrl, ⌘ or Alt, not while an input method composes, and not in a text field, a dialog or a key
 * someone else took.
 */
export function isGlobalHelpKey(event: ShortcutKeyEvent, place: KeyPlace): boolean {
  if (place.inTextField || place.inOpenDialog || place.taken) return false;
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return false;
  return matchShortcut(event, 'command', undefined).action === 'help';
}

/** Whether a node takes typed text: a form field, a CodeMirror editor or any contenteditable element. */
export function isTextField(node: EventTarget): boolean {
  if (!(node instanceof HTMLElement)) return false;
  return (
    ['INPUT', 'SELECT', 'TEXTAREA'].includes(node.tagName) ||
    node.classList.contains('cm-content') ||
    node.isContentEditable
  );
}

/** Where a key event happened, read from its composed path (it crosses shadow roots). */
export function keyPlace(event: KeyboardEvent): KeyPlace {
  const path = event.composedPath();
  return {
    inTextField: path.some(isTextField),
    inOpenDialog: path.some((n) => n instanceof HTMLDialogElement && n.open),
    taken: event.defaultPrevented,
  };
}
