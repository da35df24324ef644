import type { ReactiveControllerHost } from 'lit';
import type { CellId } from '../../../core/notebook/cell-types';
import type { NotebookStore } from '../../state/notebook-store';
import type { NotebookCellElement } from '../notebook-cell/notebook-cell.component';

/** What {@link CellFocus} needs of the notebook element. */
export interface CellFocusHost extends ReactiveControllerHost {
  readonly renderRoot: ParentNode;
  readonly store: NotebookStore | undefined;
}

/**
 * Which cell is being edited (edit mode) and where the keyboard is: puts the cursor in a cell's editor,
 * or focuses a cell itself (command mode), after the host has rendered the change.
 */
export class CellFocus {
  #editingId: CellId | undefined;

  constructor(private readonly host: CellFocusHost) {}

  /** The cell being edited (edit mode); undefined in command mode. */
  get editingId(): CellId | undefined {
    return this.#editingId;
  }
  set editingId(id: CellId | undefined) {
    if (id === this.#editingId) return;
    this.#editingId = id;
    this.host.requestUpdate();
  }

  /** Selects a cell and puts the cursor in its editor. */
  async edit(id: CellId): Promise<void> {
    this.host.store?.select(id);
    this.editingId = id;
    await this.host.updateComplete;
    await this.cellElement(id)?.focusEditor();
  }

  /** Leaves edit mode and focuses the cell that was edited (or the selected one). */
  async commandMode(): Promise<void> {
    const id = this.editingId ?? this.host.store?.state.selectedId;
    this.editingId = undefined;
    if (id) await this.focusCell(id);
  }

  /** Focuses a cell itself (command mode), scrolled into view. */
  async focusCell(id: CellId): Promise<void> {
    this.editingId = undefined;
    await this.host.updateComplete;
    const element = this.cellElement(id);
    await element?.updateComplete;
    element?.scrollIntoView({ block: 'nearest' });
    element?.focusCell();
  }

  /** A cell's element, once rendered. */
  cellElement(id: CellId): NotebookCellElement | null {
    return this.host.renderRoot.querySelector<NotebookCellElement>(`cl-notebook-cell[data-cell-id="${id}"]`);
  }
}
