import { describe, expect, it } from 'vitest';
import { isGlobalHelpKey, type KeyPlace } from '../../../src/keyboard/global-help-key';
import type { ShortcutKeyEvent } from '../../../src/keyboard/shortcuts';

const PLAIN: KeyPlace = { inTextField: false, inOpenDialog: false, taken: false };

function key(k: string, mods: Partial<ShortcutKeyEvent> = {}): ShortcutKeyEvent {
  return { key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods };
}

describe('isGlobalHelpKey', () => {
  it('opens the help on H (either case, as Caps Lock gives) and on ? (typed with Shift)', () => {
    expect(isGlobalHelpKey(key('h'), PLAIN)).toBe(true);
    expect(isGlobalHelpKey(key('H'), PLAIN)).toBe(true);
    expect(isGlobalHelpKey(key('?', { shiftKey: true }), PLAIN)).toBe(true);
  });

  it('leaves every other key alone, including the notebook command keys', () => {
    for (const k of ['a', 'b', 'j', 'k', 'd', 'Enter', 'Escape', 'ArrowUp', '/', ' ']) {
      expect(isGlobalHelpKey(key(k), PLAIN)).toBe(false);
    }
  });

  it('ignores H with a modifier (browser and OS shortcuts such as Ctrl+H, ⌘H, Alt+H, Shift+H)', () => {
    expect(isGlobalHelpKey(key('h', { ctrlKey: true }), PLAIN)).toBe(false);
    expect(isGlobalHelpKey(key('h', { metaKey: true }), PLAIN)).toBe(false);
    expect(isGlobalHelpKey(key('h', { altKey: true }), PLAIN)).toBe(false);
    expect(isGlobalHelpKey(key('H', { shiftKey: true }), PLAIN)).toBe(false);
  });

  it('ignores H typed into a text field, inside an open dialog, while composing, or already taken', () => {
    expect(isGlobalHelpKey(key('h'), { ...PLAIN, inTextField: true })).toBe(false);
    expect(isGlobalHelpKey(key('h'), { ...PLAIN, inOpenDialog: true })).toBe(false);
    expect(isGlobalHelpKey(key('h'), { ...PLAIN, taken: true })).toBe(false);
    expect(isGlobalHelpKey(key('h', { isComposing: true }), PLAIN)).toBe(false);
  });
});
