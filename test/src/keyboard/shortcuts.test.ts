import { describe, expect, it } from 'vitest';
import {
  SHORTCUTS,
  displayBinding,
  keyCaps,
  matchShortcut,
  type ShortcutKeyEvent,
  type ShortcutMode,
} from '../../../src/keyboard/shortcuts';
import { messages } from '../../../src/i18n/messages';

/** A key press from a compact spec: `Mod-Enter`, `Shift-?`, `a`. */
function press(spec: string, extra: Partial<ShortcutKeyEvent> = {}): ShortcutKeyEvent {
  const parts = spec.split('-');
  const key = parts.pop() ?? '';
  return {
    key,
    ctrlKey: parts.includes('Ctrl'),
    metaKey: parts.includes('Meta'),
    shiftKey: parts.includes('Shift'),
    altKey: parts.includes('Alt'),
    ...extra,
  };
}

const action = (spec: string, mode: ShortcutMode = 'command', pending?: string) =>
  matchShortcut(press(spec), mode, pending).action;

describe('matchShortcut in command mode', () => {
  it('maps the Jupyter keys to actions', () => {
    expect(action('Enter')).toBe('edit');
    expect(action('Shift-Enter')).toBe('run-advance');
    expect(action('Ctrl-Enter')).toBe('run');
    expect(action('Meta-Enter')).toBe('run');
    expect(action('Alt-Enter')).toBe('run-insert-below');
    expect(action('a')).toBe('insert-above');
    expect(action('b')).toBe('insert-below');
    expect(action('z')).toBe('undo-delete');
    expect(action('m')).toBe('to-markdown');
    expect(action('y')).toBe('to-sql');
    expect(action('ArrowUp')).toBe('select-previous');
    expect(action('k')).toBe('select-previous');
    expect(action('ArrowDown')).toBe('select-next');
    expect(action('j')).toBe('select-next');
    expect(action('Ctrl-s')).toBe('save');
    expect(action('Meta-s')).toBe('save');
    expect(action('h')).toBe('help');
    expect(action('Shift-?')).toBe('help');
  });

  it('reads letters in either case (Caps Lock) but not with Shift or Ctrl', () => {
    expect(action('A')).toBe('insert-above');
    expect(action('Shift-A')).toBeUndefined();
    expect(action('Ctrl-a')).toBeUndefined();
    expect(action('Alt-m')).toBeUndefined();
    expect(action('Ctrl-Shift-s')).toBeUndefined();
    expect(action('Shift-ArrowUp')).toBeUndefined();
  });

  it('deletes on D D, carrying the first D as pending state', () => {
    const first = matchShortcut(press('d'), 'command', undefined);
    expect(first).toEqual({ pending: 'd' });
    expect(matchShortcut(press('d'), 'command', first.pending)).toEqual({ action: 'delete' });
    expect(matchShortcut(press('D'), 'command', 'd')).toEqual({ action: 'delete' });
  });

  it('keeps the pending D across a bare modifier and drops it on any other key', () => {
    expect(matchShortcut(press('Shift', { shiftKey: true }), 'command', 'd')).toEqual({ pending: 'd' });
    expect(matchShortcut(press('Shift', { shiftKey: true }), 'command', undefined)).toEqual({});
    // The other key is then read on its own.
    expect(matchShortcut(press('a'), 'command', 'd')).toEqual({ action: 'insert-above' });
    expect(matchShortcut(press('x'), 'command', 'd')).toEqual({});
  });

  it('does not let auto-repeat start or finish D D', () => {
    expect(matchShortcut(press('d', { repeat: true }), 'command', undefined)).toEqual({});
    expect(matchShortcut(press('d', { repeat: true }), 'command', 'd')).toEqual({});
    expect(matchShortcut(press('ArrowDown', { repeat: true }), 'command', undefined)).toEqual({
      action: 'select-next',
    });
  });

  it('ignores keys that belong to an input method', () => {
    expect(matchShortcut(press('Enter', { isComposing: true }), 'command', undefined)).toEqual({});
    expect(matchShortcut(press('Escape', { isComposing: true }), 'edit', undefined)).toEqual({});
  });
});

describe('matchShortcut in edit mode', () => {
  it('leaves, runs and saves, and leaves typing alone', () => {
    expect(action('Escape', 'edit')).toBe('command-mode');
    expect(action('Esc', 'edit')).toBe('command-mode');
    expect(action('Shift-Enter', 'edit')).toBe('run-advance');
    expect(action('Ctrl-Enter', 'edit')).toBe('run');
    expect(action('Alt-Enter', 'edit')).toBe('run-insert-below');
    expect(action('Meta-s', 'edit')).toBe('save');
    for (const key of ['Enter', 'a', 'd', 'm', 'k', 'ArrowUp', 'h', '?']) {
      expect(matchShortcut(press(key), 'edit', undefined), key).toEqual({});
    }
    expect(matchShortcut(press('d'), 'edit', 'd')).toEqual({});
  });

  it('does nothing on Escape in command mode', () => {
    expect(action('Escape')).toBeUndefined();
  });
});

describe('SHORTCUTS', () => {
  it('shows keys the way people read them', () => {
    expect(displayBinding('Mod-Enter')).toBe('Ctrl/⌘+Enter');
    expect(displayBinding('d d')).toBe('D D');
    expect(displayBinding('ArrowUp')).toBe('↑');
    expect(displayBinding('Escape')).toBe('Esc');
    expect(keyCaps('Alt-Enter')).toEqual([['Alt/⌥', 'Enter']]);
    expect(keyCaps('d d')).toEqual([['D'], ['D']]);
    const help = SHORTCUTS.find((s) => s.action === 'help');
    expect(help?.keys).toEqual(['H', '?']);
  });

  it('binds no key twice in a mode and describes every shortcut in both languages', () => {
    for (const mode of ['command', 'edit'] as const) {
      const bindings = SHORTCUTS.filter((s) => s.mode === mode).flatMap((s) => s.bindings);
      expect(new Set(bindings).size, mode).toBe(bindings.length);
    }
    for (const s of SHORTCUTS) {
      expect(messages[s.description].zh, s.action).toMatch(/[\u4e00-\u9fff]/);
      expect(messages[s.description].en, s.action).not.toBe('');
    }
  });

  it('matches every binding it lists', () => {
    for (const s of SHORTCUTS) {
      for (const binding of s.bindings) {
        const steps = binding
          .split(' ')
          .map((step) => press(step.replace('Mod-', 'Ctrl-').replace(/^\?$/, 'Shift-?')));
        let pending: string | undefined;
        let got: string | undefined;
        for (const step of steps) ({ action: got, pending } = matchShortcut(step, s.mode, pending));
        expect(got, `${s.mode} ${binding}`).toBe(s.action);
      }
    }
  });
});
