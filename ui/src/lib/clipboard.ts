/**
 * What the last paste brought beside its text. A browser that copies a page puts the
 * selection on the clipboard twice: as text, and as HTML that keeps its photos, captions and
 * links. The paste box shows the text; the HTML is remembered here and sent with it, while
 * the box still holds just what was pasted.
 */

/** The clipboard's two flavours of one paste. */
export interface PastedClip {
  text: string;
  html: string;
}

let remembered: PastedClip | null = null;

/** The paste's HTML beside its text, or null when it brought no HTML (or no text). */
export function clipOf(data: Pick<DataTransfer, 'getData'> | null | undefined): PastedClip | null {
  const text = data?.getData('text/plain') ?? '';
  const html = data?.getData('text/html') ?? '';
  return text.trim() !== '' && html.trim() !== '' ? { text, html } : null;
}

/** Remembers what a paste brought (forgetting any earlier paste). */
export function rememberPaste(data: Pick<DataTransfer, 'getData'> | null | undefined): void {
  remembered = clipOf(data);
}

export function forgetPaste(): void {
  remembered = null;
}

/**
 * The HTML to import with the paste box's `value`: the clip's, when the box holds exactly the
 * text that was pasted (line ends and surrounding space aside); null once the user has
 * edited it or pasted into other text, as the HTML no longer says the same.
 */
export function htmlFor(value: string, clip: PastedClip | null = remembered): string | null {
  if (!clip) return null;
  const same = (text: string) => text.replace(/\r\n?/g, '\n').trim();
  return same(value) === same(clip.text) ? clip.html : null;
}
