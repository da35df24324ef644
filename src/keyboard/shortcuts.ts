/**
 * The notebook's keyboard shortcuts, as data, following Jupyter's conventions: a command mode (a cell
 * is selected, keys act on cells) and an edit mode (typing in a cell's editor). `matchShortcut` turns a
 * key press into an action; the notebook performs it and the help dialog lists the same table.
 */
import type { MessageId } from '../i18n/messages';

/** Where the keyboard is: on the selected cell (command) or in its editor (edit). */
export type ShortcutMode = 'command' | 'edit';

/** What a shortcut asks the notebook to do. */
export type ShortcutAction =
  | 'edit'
  | 'command-mode'
  | 'run'
  | 'run-advance'
  | 'run-insert-below'
  | 'insert-above'
  | 'insert-below'
  | 'delete'
  | 'undo-delete'
  | 'to-markdown'
  | 'to-sql'
  | 'select-previous'
  | 'select-next'
  | 'save'
  | 'help';

/** One shortcut. */
export interface Shortcut {
  readonly action: ShortcutAction;
  readonly mode: ShortcutMode;
  /**
   * The keys, in CodeMirror-like notation: `Mod-Enter` (Ctrl, or ⌘ on a Mac), `Shift-Enter`,
   * `Alt-Enter`, `ArrowUp`, `k`, and `d d` for a sequence of two presses. Any one of them works.
   */
  readonly bindings: readonly string[];
  /** The same keys for people: `Ctrl/⌘+Enter`, `↑`, `K`, `D D`. */
  readonly keys: readonly string[];
  /** What it does (a UI message id). */
  readonly description: MessageId;
}

/** A key press, as much of a `KeyboardEvent` as matching needs. */
export interface ShortcutKeyEvent {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
  /** True while an input method (e.g. Chinese pinyin) is composing: the key belongs to it. */
  readonly isComposing?: boolean;
  /** True for auto-repeat: it never starts or completes a two-key sequence. */
  readonly repeat?: boolean;
}

/** What a key press means: an action, and/or the first key of a sequence to remember for the next press. */
export interface ShortcutMatch {
  readonly action?: ShortcutAction;
  /** Pass back as `pending` with the next key press; absent means nothing is pending. */
  readonly pending?: string;
}

type Row = readonly [ShortcutAction, ShortcutMode, readonly string[], MessageId];

// prettier-ignore
const ROWS: readonly Row[] = [
  ['edit', 'command', ['Enter'], 'shortcut.edit'],
  ['run-advance', 'command', ['Shift-Enter'], 'shortcut.runAdvance'],
  ['run', 'command', ['Mod-Enter'], 'shortcut.run'],
  ['run-insert-below', 'command', ['Alt-Enter'], 'shortcut.runInsertBelow'],
  ['insert-above', 'command', ['a'], 'shortcut.insertAbove'],
  ['insert-below', 'command', ['b'], 'shortcut.insertBelow'],
  ['delete', 'command', ['d d'], 'shortcut.delete'],
  ['undo-delete', 'command', ['z'], 'shortcut.undoDelete'],
  ['to-markdown', 'command', ['m'], 'shortcut.toMarkdown'],
  ['to-sql', 'command', ['y'], 'shortcut.toSql'],
  ['select-previous', 'command', ['ArrowUp', 'k'], 'shortcut.selectPrevious'],
  ['select-next', 'command', ['ArrowDown', 'j'], 'shortcut.selectNext'],
  ['save', 'command', ['Mod-s'], 'shortcut.save'],
  ['help', 'command', ['h', '?'], 'shortcut.help'],
  ['command-mode', 'edit', ['Escape'], 'shortcut.commandMode'],
  ['run-advance', 'edit', ['Shift-Enter'], 'shortcut.runAdvance'],
  ['run', 'edit', ['Mod-Enter'], 'shortcut.run'],
  ['run-insert-below', 'edit', ['Alt-Enter'], 'shortcut.runInsertBelow'],
  ['save', 'edit', ['Mod-s'], 'shortcut.save'],
];

/** One press of a binding: its key and modifiers. */
interface Chord {
  readonly key: string;
  readonly mod: boolean;
  readonly shift: boolean;
  readonly alt: boolean;
}

const MODIFIER_KEYS = new Set([
  'Shift',
  'Control',
  'Alt',
  'Meta',
  'AltGraph',
  'CapsLock',
  'OS',
  'Hyper',
  'Super',
]);

const KEY_LABELS: Readonly<Record<string, string>> = {
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
  Escape: 'Esc',
};

const MODIFIER_LABELS = { mod: 'Ctrl/⌘', shift: 'Shift', alt: 'Alt/⌥' } as const;

/** Every notebook shortcut, command mode first, in the order the help dialog lists them. */
export const SHORTCUTS: readonly Shortcut[] = ROWS.map(([action, mode, bindings, description]) => ({
  action,
  mode,
  bindings,
  keys: bindings.map(displayBinding),
  description,
}));

/**
 * The keys to press for a binding, step by step, each step as its key caps:
 * `Mod-Enter` → `[['Ctrl/⌘', 'Enter']]`, `d d` → `[['D'], ['D']]`.
 */
export function keyCaps(binding: string): readonly (readonly string[])[] {
  return parseBinding(binding).map((chord) => [
    ...(chord.mod ? [MODIFIER_LABELS.mod] : []),
    ...(chord.alt ? [MODIFIER_LABELS.alt] : []),
    ...(chord.shift ? [MODIFIER_LABELS.shift] : []),
    KEY_LABELS[chord.key] ?? (chord.key.length === 1 ? chord.key.toUpperCase() : chord.key),
  ]);
}

/** A binding for people: `Mod-Enter` → `Ctrl/⌘+Enter`, `d d` → `D D`. */
export function displayBinding(binding: string): string {
  return keyCaps(binding)
    .map((caps) => caps.join('+'))
    .join(' ');
}

/**
 * What a key press means in `mode`, given the first key of a sequence still `pending` from the
 * previous press (or undefined). Pure: the caller keeps `pending` and passes it back next time. A
 * pending first key that is not followed by its second is dropped, and the press is read on its own.
 */
export function matchShortcut(
  event: ShortcutKeyEvent,
  mode: ShortcutMode,
  pending: string | undefined,
): ShortcutMatch {
  if (event.isComposing) return {};
  // Pressing Shift on the way to `?` must not forget a pending `d`.
  if (MODIFIER_KEYS.has(event.key)) return pending === undefined ? {} : { pending };
  const candidates = BINDINGS.filter((b) => b.mode === mode);
  if (pending !== undefined && !event.repeat) {
    const done = candidates.find(
      (b) => b.steps.length === 2 && b.first === pending && chordMatches(b.steps[1], event),
    );
    if (done) return { action: done.action };
  }
  const single = candidates.find((b) => b.steps.length === 1 && chordMatches(b.steps[0], event));
  if (single) return { action: single.action };
  const start = event.repeat
    ? undefined
    : candidates.find((b) => b.steps.length === 2 && chordMatches(b.steps[0], event));
  return start ? { pending: start.first } : {};
}

interface ParsedBinding {
  readonly action: ShortcutAction;
  readonly mode: ShortcutMode;
  readonly steps: readonly Chord[];
  /** The first step as written, used as the pending state. */
  readonly first: string;
}

const BINDINGS: readonly ParsedBinding[] = SHORTCUTS.flatMap((s) =>
  s.bindings.map((binding) => ({
    action: s.action,
    mode: s.mode,
    steps: parseBinding(binding),
    first: binding.split(' ')[0] ?? binding,
  })),
);

function parseBinding(binding: string): Chord[] {
  return binding.split(' ').map((step) => {
    const parts = step.split('-');
    const key = parts.pop() ?? '';
    return { key, mod: parts.includes('Mod'), shift: parts.includes('Shift'), alt: parts.includes('Alt') };
  });
}

function chordMatches(chord: Chord | undefined, event: ShortcutKeyEvent): boolean {
  if (!chord) return false;
  if (chord.mod !== (event.ctrlKey || event.metaKey) || chord.alt !== event.altKey) return false;
  const key = event.key === 'Esc' ? 'Escape' : event.key;
  if (chord.key.length === 1 && /\p{L}/u.test(chord.key)) {
    // Letters match either case (Caps Lock), but Shift+A is not A.
    return key.toLowerCase() === chord.key && chord.shift === event.shiftKey;
  }
  // Punctuation: Shift is how `?` is typed on most layouts, so it does not count.
  if (chord.key.length === 1) return key === chord.key;
  return key === chord.key && chord.shift === event.shiftKey;
}
