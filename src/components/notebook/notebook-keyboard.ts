import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CellId } from '../../../core/notebook/cell-types';
import { isGlobalHelpKey, keyPlace } from '../../keyboard/global-help-key';
import { matchShortcut, type ShortcutAction } from '../../keyboard/shortcuts';
import type { NotebookStore } from '../../state/notebook-store';
import type { CellFocus } from './cell-focus';
import { cellInPath, isOwnControl, isTextInput } from './event-path';

/** What the notebook's keyboard acts on besides its host element. */
export interface NotebookKeyboardOptions {
  /** The store the keys act on. */
  readonly store: () => NotebookStore | undefined;
  /** Edit mode and the focused cell. */
  readonly focus: CellFocus;
  /** Opens the shortcut help. */
  readonly openHelp: () => void;
  /** Asks the shell to save the notebook. */
  readonly save: () => void;
}

/**
 * The notebook's keyboard, as in Jupyter: command mode acts on the selected cell (A/B insert, D D
 * delete, Z undo, M/Y change type, arrows/J/K move the selection, Enter edits), edit mode types in the
 * cell's editor (Esc leaves it); Shift+Enter, Ctrl/⌘+Enter and Alt+Enter run in both modes. All keys
 * are read in one capturing listener on the host, before the editors; H or ? outside a cell and a text
 * field opens the shortcut help from anywhere in the document.
 */
export class NotebookKeyboardController implements ReactiveController {
  #pendingKey: string | undefined;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly options: NotebookKeyboardOptions,
  ) {
    host.addController(this);
    host.addEventListener('keydown', (e) => this.#onKeyDown(e), { capture: true });
    host.addEventListener('focusin', (e) => this.#onFocusIn(e));
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.#onDocumentKeyDown);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.#onDocumentKeyDown);
  }

  get #store(): NotebookStore | undefined {
    return this.options.store();
  }

  #onFocusIn(e: FocusEvent) {
    const path = e.composedPath();
    const cellElement = cellInPath(path);
    if (!cellElement) return;
    const id = cellElement.cell.id;
    const focus = this.options.focus;
    this.#store?.select(id);
    const inEditor = path.some(isTextInput);
    if (inEditor && focus.editingId !== id) focus.editingId = id;
    else if (!inEditor && focus.editingId === id && cellElement.cell.type !== 'markdown')
      focus.editingId = undefined;
  }

  /** H or ? anywhere outside a cell and a text field (no cell need be selected) opens the shortcut help. */
  readonly #onDocumentKeyDown = (e: KeyboardEvent): void => {
    if (!isGlobalHelpKey(e, keyPlace(e))) return;
    e.preventDefault();
    this.options.openHelp();
  };

  #onKeyDown(e: KeyboardEvent) {
    if (!this.#store || e.defaultPrevented) return;
    const path = e.composedPath();
    // Keys typed in the toolbar or the help dialog are theirs.
    const cellElement = cellInPath(path);
    if (!cellElement) return;
    // A button, link or focusable row inside a cell (a Rule cell's findings) takes its own Enter and Space.
    const isPlainPress =
      (e.key === 'Enter' || e.key === ' ') && !e.shiftKey && !e.ctrlKey && !e.metaKey && !e.altKey;
    if (isPlainPress && path.slice(0, path.indexOf(cellElement)).some(isOwnControl)) return;
    const match = matchShortcut(e, path.some(isTextInput) ? 'edit' : 'command', this.#pendingKey);
    this.#pendingKey = match.pending;
    if (!match.action) {
      if (match.pending) e.preventDefault();
      return;
    }
    e.preventDefault();
    e.stopPropagation();
    cellElement.closePopups();
    void this.#perform(match.action);
  }

  async #perform(action: ShortcutAction): Promise<void> {
    const store = this.#store;
    if (!store) return;
    const focus = this.options.focus;
    const id = store.state.selectedId;
    switch (action) {
      case 'edit':
        if (id) await focus.edit(id);
        return;
      case 'command-mode':
        await focus.commandMode();
        return;
      case 'run':
        if (id) await this.#runCell(id, 'stay');
        return;
      case 'run-advance':
        if (id) await this.#runCell(id, 'advance');
        return;
      case 'run-insert-below':
        if (id) await this.#runCell(id, 'insert');
        return;
      case 'insert-above':
      case 'insert-below': {
        const cell = store.insert('sql', action === 'insert-above' ? 'above' : 'below');
        await focus.focusCell(cell.id);
        return;
      }
      case 'delete':
        if (id) {
          store.delete(id);
          const next = store.state.selectedId;
          if (next) await focus.focusCell(next);
        }
        return;
      case 'undo-delete':
        store.undoDelete();
        if (store.state.selectedId) await focus.focusCell(store.state.selectedId);
        return;
      case 'to-markdown':
      case 'to-sql':
        if (id) store.changeType(id, action === 'to-markdown' ? 'markdown' : 'sql');
        return;
      case 'select-previous':
      case 'select-next': {
        const next = store.selectNext(action === 'select-previous' ? -1 : 1);
        if (next) await focus.focusCell(next);
        return;
      }
      case 'save':
        this.options.save();
        return;
      case 'help':
        this.options.openHelp();
        return;
    }
  }

  async #runCell(id: CellId, then: 'stay' | 'advance' | 'insert'): Promise<void> {
    const store = this.#store;
    if (!store) return;
    const focus = this.options.focus;
    const cell = store.state.notebook.cells.find((c) => c.id === id);
    if (cell?.type === 'markdown' && focus.editingId === id) focus.editingId = undefined;
    const running = store.run({ kind: 'one', id });
    if (then === 'advance') {
      const cells = store.state.notebook.cells;
      const at = cells.findIndex((c) => c.id === id);
      const next = cells[at + 1];
      if (next) {
        store.select(next.id);
        await focus.focusCell(next.id);
      } else {
        const inserted = store.insert('sql', 'below', id);
        await focus.edit(inserted.id);
      }
    } else if (then === 'insert') {
      const inserted = store.insert('sql', 'below', id);
      await focus.edit(inserted.id);
    } else if (focus.editingId !== id) {
      await focus.focusCell(id);
    }
    await running;
  }
}
