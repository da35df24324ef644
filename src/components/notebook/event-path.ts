import type { NotebookCellElement } from '../notebook-cell/notebook-cell.component';

/** The notebook cell an event happened in, if any. */
export function cellInPath(path: readonly EventTarget[]): NotebookCellElement | undefined {
  return path.find(
    (n): n is NotebookCellElement => n instanceof HTMLElement && n.tagName === 'CL-NOTEBOOK-CELL',
  );
}

/** Whether a node is a control that handles Enter, Space and arrows itself (not the cell's own frame). */
export function isOwnControl(node: EventTarget): boolean {
  return (
    node instanceof HTMLElement &&
    !node.classList.contains('cell') &&
    !node.classList.contains('cm-content') &&
    (['BUTTON', 'A', 'SUMMARY'].includes(node.tagName) || node.hasAttribute('tabindex'))
  );
}

/** Whether a node takes typed text (an editor or a form control): the keyboard is in edit mode there. */
export function isTextInput(node: EventTarget): boolean {
  return (
    node instanceof HTMLElement &&
    (node.classList.contains('cm-content') || ['INPUT', 'SELECT', 'TEXTAREA'].includes(node.tagName))
  );
}
