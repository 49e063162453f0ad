import { describe, expect, it } from 'vitest';
import { isTextDrag, textDropOf } from './textDrop';

const data = (flavours: Record<string, string>) => ({ getData: (type: string) => flavours[type] ?? '' });

describe('text dropped on the window', () => {
  it('is shown as a text drop only when the native handler does not take it', () => {
    expect(isTextDrag(['text/plain', 'text/html'])).toBe(true);
    expect(isTextDrag(['text/html'])).toBe(true);
    expect(isTextDrag(['Files'])).toBe(false);
    expect(isTextDrag(['text/uri-list', 'text/plain'])).toBe(false);
    expect(isTextDrag([])).toBe(false);
    expect(isTextDrag(undefined)).toBe(false);
  });

  it('asks to save a lone link and to read other text as a paste', () => {
    expect(textDropOf(data({ 'text/plain': '  https://news.example.com/a/story \n' }))).toEqual({
      kind: 'url',
      url: 'https://news.example.com/a/story',
    });
    const article = 'Bridge reopens\nBy Jane Roe\nThe bridge over the river reopened on Monday.';
    expect(textDropOf(data({ 'text/plain': article, 'text/html': '<h1>Bridge reopens</h1>' }))).toEqual({
      kind: 'text',
      text: article,
    });
    expect(textDropOf(data({ 'text/plain': 'https://a.example/1\nhttps://b.example/2' }))).toEqual({
      kind: 'links',
      urls: ['https://a.example/1', 'https://b.example/2'],
    });
    // A link among words is text.
    expect(textDropOf(data({ 'text/plain': 'Read https://news.example.com/a/story' }))?.kind).toBe('text');
    expect(textDropOf(data({ 'text/plain': ' \n ', 'text/html': '<img src="a.png">' }))).toBeNull();
    expect(textDropOf(null)).toBeNull();
  });
});
