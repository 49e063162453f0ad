/** Keyboard shortcuts: which key means what, decided without touching the DOM state. */

export type Action =
  | 'next'
  | 'previous'
  | 'extend-next'
  | 'extend-previous'
  | 'first'
  | 'last'
  | 'focus-reader'
  | 'focus-search'
  | 'select-all'
  | 'open-file'
  | 'open-folder'
  | 'open-paste'
  | 'open-url'
  | 'close';

/** Where the key was pressed, as far as shortcuts care. */
export type KeyTarget = 'editable' | 'interactive' | 'reader' | 'other';

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** Shortcut hints shown in the sidebar and in `title` attributes. */
export const HINTS = {
  move: 'j / k',
  read: 'Enter',
  importFile: 'Ctrl+O',
  importFolder: 'Ctrl+Shift+O',
  paste: 'Ctrl+Shift+V',
  url: 'Ctrl+L',
  close: 'Esc',
  search: '/',
} as const;

export function actionForKey(e: KeyLike, target: KeyTarget): Action | null {
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;

  if (key === 'Escape') return 'close';
  if (mod && !e.altKey && !e.shiftKey && key === 'o') return 'open-file';
  if (mod && !e.altKey && e.shiftKey && key === 'o') return 'open-folder';
  if (mod && !e.altKey && !e.shiftKey && key === 'l') return 'open-url';
  // In a text field Ctrl+Shift+V is "paste as plain text"; leave it alone there.
  if (mod && !e.altKey && e.shiftKey && key === 'v') return target === 'editable' ? null : 'open-paste';

  if (mod && !e.altKey && !e.shiftKey && key === 'a' && target === 'other') return 'select-all';

  if (mod || e.altKey || target === 'editable') return null;
  if (key === '/') return 'focus-search';
  if (key === 'j') return e.shiftKey ? 'extend-next' : 'next';
  if (key === 'k') return e.shiftKey ? 'extend-previous' : 'previous';
  // Arrows, Home and End scroll the reader while it has focus; elsewhere they move through the list.
  const listKeys = target !== 'reader' && target !== 'interactive';
  if (key === 'ArrowDown' && listKeys) return e.shiftKey ? 'extend-next' : 'next';
  if (key === 'ArrowUp' && listKeys) return e.shiftKey ? 'extend-previous' : 'previous';
  if (key === 'Home' && listKeys) return 'first';
  if (key === 'End' && listKeys) return 'last';
  if (key === 'o' && !e.shiftKey && target !== 'reader') return 'focus-reader';
  if (key === 'Enter' && target === 'other') return 'focus-reader';
  return null;
}

/** Classifies an event target for {@link actionForKey}. */
export function keyTargetOf(el: EventTarget | null): KeyTarget {
  if (!(el instanceof Element)) return 'other';
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return 'editable';
  if (el instanceof HTMLInputElement) {
    const nonText = ['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'range', 'color'];
    return nonText.includes(el.type) ? 'interactive' : 'editable';
  }
  if (el instanceof HTMLElement && el.isContentEditable) return 'editable';
  if (el.closest('[data-reader]')) return 'reader';
  if (el.closest('button, a[href], summary, [role="button"]')) return 'interactive';
  return 'other';
}
