/*
 * Which key does what in a hall deck. Pure, so the page script and the unit tests use the same table.
 * The help dialog and /aula/ describe these keys in words (aula.keys in src/i18n/id.ts): change both
 * together. Presenter clickers send PageDown/PageUp (some send Right/Left), so both are mapped.
 */

export type Command =
  | 'next'
  | 'prev'
  | 'first'
  | 'last'
  | 'reveal'
  | 'black'
  | 'timer'
  | 'fullscreen'
  | 'help';

const table: Record<string, Command> = {
  ArrowRight: 'next',
  ' ': 'next',
  PageDown: 'next',
  ArrowLeft: 'prev',
  PageUp: 'prev',
  Home: 'first',
  End: 'last',
  r: 'reveal',
  Enter: 'reveal',
  b: 'black',
  t: 'timer',
  f: 'fullscreen',
  '?': 'help',
};

export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  /** Tag name of the focused element, upper case as the DOM gives it. */
  targetTag?: string;
  /** The focused element is editable (contenteditable). */
  editable?: boolean;
}

/**
 * The command for a key press, or undefined to leave the key to the browser: while typing in a
 * field (the tally inputs), with Ctrl/Alt/Meta held (browser shortcuts), and for Enter and Space on a
 * focused button or link, which must still activate it.
 */
export function commandForKey(e: KeyInput): Command | undefined {
  if (e.ctrlKey || e.altKey || e.metaKey) return undefined;
  const tag = e.targetTag ?? '';
  if (e.editable || tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return undefined;
  if ((e.key === 'Enter' || e.key === ' ') && (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY')) return undefined;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  return table[key];
}
