/**
 * Text dragged onto the window: a selection dragged out of a browser (or an editor) reads
 * like a paste. The webview's native drop handler takes files and links (`text/uri-list`)
 * and the backend imports them; any other drag reaches the page as a DOM drop, with the
 * selection as text and, from a browser, as HTML.
 */

import { pastedLinks, pastedUrl } from './url';

/** What a drop of text asks for: a link to save, a list of links, or text for the paste box. */
export type TextDrop = { kind: 'url'; url: string } | { kind: 'links'; urls: string[] } | { kind: 'text'; text: string };

/**
 * Whether a drag over the page carries text the page will receive: not files or links,
 * which the native handler takes (their overlay comes from it).
 */
export function isTextDrag(types: readonly string[] | null | undefined): boolean {
  if (!types) return false;
  const has = (type: string) => types.includes(type);
  return (has('text/plain') || has('text/html')) && !has('Files') && !has('text/uri-list');
}

/** What `data`, dropped on the page (or pasted: the clipboard reads the same), asks
 *  for; null when it holds no text. */
export function textDropOf(data: Pick<DataTransfer, 'getData'> | null | undefined): TextDrop | null {
  const text = data?.getData('text/plain') ?? '';
  if (text.trim() === '') return null;
  const url = pastedUrl(text);
  if (url) return { kind: 'url', url };
  const urls = pastedLinks(text);
  return urls ? { kind: 'links', urls } : { kind: 'text', text };
}
