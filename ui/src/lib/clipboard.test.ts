import { afterEach, describe, expect, it } from 'vitest';
import { clipOf, forgetPaste, htmlFor, rememberPaste } from './clipboard';

/** A clipboard with the given flavours (jsdom has no DataTransfer). */
const clipboard = (flavours: Record<string, string>) => ({ getData: (kind: string) => flavours[kind] ?? '' });

describe('clipboard', () => {
  afterEach(forgetPaste);

  it('keeps the HTML a browser copied beside the text', () => {
    const data = clipboard({ 'text/plain': 'Bridge closes\n\nThe council voted.', 'text/html': '<h1>Bridge closes</h1>' });
    expect(clipOf(data)).toEqual({ text: 'Bridge closes\n\nThe council voted.', html: '<h1>Bridge closes</h1>' });
    expect(clipOf(clipboard({ 'text/plain': 'Only text' }))).toBeNull();
    expect(clipOf(clipboard({ 'text/html': '<img src="a.jpg">' }))).toBeNull();
    expect(clipOf(null)).toBeNull();
  });

  it('sends the HTML only while the box holds what was pasted', () => {
    rememberPaste(clipboard({ 'text/plain': 'Bridge closes\r\n\r\nThe council voted.', 'text/html': '<p>x</p>' }));
    expect(htmlFor('Bridge closes\n\nThe council voted.\n')).toBe('<p>x</p>');
    expect(htmlFor('Bridge closes\n\nThe council voted. And more.')).toBeNull();
    // A later paste without HTML forgets the earlier one.
    rememberPaste(clipboard({ 'text/plain': 'Bridge closes\n\nThe council voted.' }));
    expect(htmlFor('Bridge closes\n\nThe council voted.')).toBeNull();
  });
});
