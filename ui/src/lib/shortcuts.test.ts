import { describe, expect, it } from 'vitest';
import { actionForKey, keyTargetOf, type KeyLike } from './shortcuts';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('actionForKey', () => {
  it('moves through the list with j/k and the arrows', () => {
    expect(actionForKey(key('j'), 'other')).toBe('next');
    expect(actionForKey(key('k'), 'other')).toBe('previous');
    expect(actionForKey(key('ArrowDown'), 'other')).toBe('next');
    expect(actionForKey(key('ArrowUp'), 'other')).toBe('previous');
  });

  it('leaves the arrows to the reader when it has focus, but j/k still move', () => {
    expect(actionForKey(key('ArrowDown'), 'reader')).toBeNull();
    expect(actionForKey(key('j'), 'reader')).toBe('next');
  });

  it('focuses the reader with Enter or o', () => {
    expect(actionForKey(key('Enter'), 'other')).toBe('focus-reader');
    expect(actionForKey(key('o'), 'other')).toBe('focus-reader');
    expect(actionForKey(key('Enter'), 'interactive')).toBeNull();
  });

  it('opens the file picker with Ctrl+O and the paste box with Ctrl+Shift+V', () => {
    expect(actionForKey(key('o', { ctrlKey: true }), 'other')).toBe('open-file');
    expect(actionForKey(key('O', { metaKey: true }), 'editable')).toBe('open-file');
    expect(actionForKey(key('O', { ctrlKey: true, shiftKey: true }), 'other')).toBe('open-folder');
    expect(actionForKey(key('O', { ctrlKey: true, shiftKey: true }), 'editable')).toBe('open-folder');
    expect(actionForKey(key('V', { ctrlKey: true, shiftKey: true }), 'other')).toBe('open-paste');
    expect(actionForKey(key('V', { ctrlKey: true, shiftKey: true }), 'editable')).toBeNull();
  });

  it('opens the URL dialog with Ctrl+L, in a text field too', () => {
    expect(actionForKey(key('l', { ctrlKey: true }), 'other')).toBe('open-url');
    expect(actionForKey(key('L', { metaKey: true }), 'editable')).toBe('open-url');
    expect(actionForKey(key('l', { ctrlKey: true, shiftKey: true }), 'other')).toBeNull();
    expect(actionForKey(key('l', {}), 'other')).toBeNull();
  });

  it('ignores plain keys while typing', () => {
    expect(actionForKey(key('j'), 'editable')).toBeNull();
    expect(actionForKey(key('Enter'), 'editable')).toBeNull();
    expect(actionForKey(key('Escape'), 'editable')).toBe('close');
  });

  it('ignores other modified keys', () => {
    expect(actionForKey(key('j', { ctrlKey: true }), 'other')).toBeNull();
    expect(actionForKey(key('v', { ctrlKey: true }), 'other')).toBeNull();
  });
});

describe('keyTargetOf', () => {
  it('classifies elements', () => {
    document.body.innerHTML = `
      <textarea id="t"></textarea><input id="i"><input id="c" type="checkbox">
      <button id="b">x</button><main data-reader><p id="r">x</p></main><div id="o"></div>`;
    const el = (id: string) => document.getElementById(id);
    expect(keyTargetOf(el('t'))).toBe('editable');
    expect(keyTargetOf(el('i'))).toBe('editable');
    expect(keyTargetOf(el('c'))).toBe('interactive');
    expect(keyTargetOf(el('b'))).toBe('interactive');
    expect(keyTargetOf(el('r'))).toBe('reader');
    expect(keyTargetOf(el('o'))).toBe('other');
    expect(keyTargetOf(window)).toBe('other');
  });
});

describe('actionForKey: search and list keys', () => {
  it('focuses the search with / outside text fields only', () => {
    expect(actionForKey(key('/'), 'other')).toBe('focus-search');
    expect(actionForKey(key('/'), 'reader')).toBe('focus-search');
    expect(actionForKey(key('/'), 'editable')).toBeNull();
  });

  it('goes to the first and last rows with Home and End, but leaves them to the reader', () => {
    expect(actionForKey(key('Home'), 'other')).toBe('first');
    expect(actionForKey(key('End'), 'other')).toBe('last');
    expect(actionForKey(key('End'), 'reader')).toBeNull();
  });

  it('extends the selection with Shift and the movement keys, and selects all with Ctrl+A', () => {
    expect(actionForKey(key('J', { shiftKey: true }), 'other')).toBe('extend-next');
    expect(actionForKey(key('ArrowUp', { shiftKey: true }), 'other')).toBe('extend-previous');
    expect(actionForKey(key('a', { ctrlKey: true }), 'other')).toBe('select-all');
    expect(actionForKey(key('a', { ctrlKey: true }), 'editable')).toBeNull();
  });
});
