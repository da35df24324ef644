// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { EditorView } from '@codemirror/view';
import '../../../src/components/markdown-editor/markdown-editor';
import type { MarkdownInputEvent } from '../../../src/components/markdown-editor/markdown-editor.component';

// jsdom does no layout and has no editing commands; CodeMirror only needs these to exist.
beforeAll(() => {
  document.execCommand = () => false;
  const rects = () => Object.assign([], { item: () => null }) as unknown as DOMRectList;
  Range.prototype.getClientRects = rects;
  Range.prototype.getBoundingClientRect = () => new DOMRect();
});

async function mount(value: string) {
  const editor = document.createElement('cl-markdown-editor');
  editor.value = value;
  document.body.append(editor);
  await editor.updateComplete;
  const content = editor.shadowRoot?.querySelector<HTMLElement>('.cm-content') as HTMLElement;
  const view = EditorView.findFromDOM(content) as EditorView;
  const inputs: string[] = [];
  editor.addEventListener('cl-markdown-input', (e: MarkdownInputEvent) => inputs.push(e.detail.value));
  return { editor, content, view, inputs };
}

function key(target: HTMLElement, init: KeyboardEventInit): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { bubbles: true, composed: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

describe('<cl-markdown-editor>', () => {
  it('mounts CodeMirror in its shadow root with a label and the given text', async () => {
    const { editor, content, view } = await mount('# 标题');
    expect(editor.shadowRoot?.querySelector('[data-testid="markdown-editor"] .cm-editor')).not.toBeNull();
    expect(content.getAttribute('aria-label')).toBeTruthy();
    expect(view.state.doc.toString()).toBe('# 标题');
    editor.remove();
  });

  it('announces user edits and not values set from outside', async () => {
    const { editor, view, inputs } = await mount('a');
    view.dispatch({ changes: { from: 1, insert: 'b' } });
    expect(inputs).toEqual(['ab']);
    expect(editor.value).toBe('ab');
    editor.value = 'replaced';
    await editor.updateComplete;
    expect(view.state.doc.toString()).toBe('replaced');
    expect(inputs).toEqual(['ab']);
    editor.remove();
  });

  it('lets Escape and the run keys bubble out, without inserting a line', async () => {
    const { editor, content, view } = await mount('text');
    view.focus();
    const seen: string[] = [];
    const listener = (e: KeyboardEvent) =>
      seen.push(`${e.shiftKey ? 'Shift-' : ''}${e.ctrlKey ? 'Ctrl-' : ''}${e.key}`);
    document.addEventListener('keydown', listener);
    key(content, { key: 'Escape', keyCode: 27 });
    key(content, { key: 'Enter', keyCode: 13, shiftKey: true });
    key(content, { key: 'Enter', keyCode: 13, ctrlKey: true });
    document.removeEventListener('keydown', listener);
    expect(seen).toEqual(['Escape', 'Shift-Enter', 'Ctrl-Enter']);
    expect(view.state.doc.toString()).toBe('text');
    editor.remove();
  });
});
