/**
 * Search snippets: the backend wraps matched words in U+E000 … U+E001 (private-use marks,
 * never HTML). Splitting on them gives plain text parts for the view to render as text
 * nodes and <mark> elements. Pure.
 */

export const MARK_START = '\uE000';
export const MARK_END = '\uE001';

export interface SnippetPart {
  text: string;
  marked: boolean;
}

/**
 * Splits a snippet into plain and marked parts. Unbalanced or nested marks never leak
 * into the text: a stray start or end mark is dropped.
 */
export function splitSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let marked = false;
  let current = '';
  const flush = (): void => {
    if (current) {
      const last = parts.at(-1);
      if (last && last.marked === marked) last.text += current;
      else parts.push({ text: current, marked });
    }
    current = '';
  };
  for (const ch of snippet) {
    if (ch === MARK_START) {
      flush();
      marked = true;
    } else if (ch === MARK_END) {
      flush();
      marked = false;
    } else {
      current += ch;
    }
  }
  flush();
  return parts;
}
