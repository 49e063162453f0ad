/** Checking what the reader typed or pasted as a link, before it goes to `import_url`. */

export type UrlCheck = { ok: true; url: string } | { ok: false; message: string };

/** Schemes that are certainly not a web page (a bare `host:port` must not match here). */
const OTHER_SCHEME = /^(?:[a-z][a-z0-9+.-]*:\/\/|(?:mailto|javascript|data|file|about|blob|tel|news|urn|ftp|view-source):)/i;

const NOT_A_LINK = 'That doesn’t look like a web address. Paste a link such as https://example.com/news/story.';

/**
 * Trims `input` and accepts only http(s) links. A bare `example.com/story` (or
 * `//example.com/story`) is completed with `https://`. The URL is returned as typed, apart
 * from the completion, so the backend records what the reader asked for.
 */
export function checkUrl(input: string): UrlCheck {
  const text = input.trim();
  if (text === '') return { ok: false, message: 'Paste or type the link to an article.' };
  if (/\s/.test(text)) return { ok: false, message: 'A web address has no spaces in it. Paste just the link.' };

  let candidate = text;
  if (!/^https?:\/\//i.test(text)) {
    if (text.startsWith('//')) candidate = `https:${text}`;
    else if (OTHER_SCHEME.test(text)) {
      return { ok: false, message: 'Only web pages can be saved: the link has to start with http:// or https://.' };
    } else candidate = `https://${text}`;
  }

  let parsed: URL;
  try {
    parsed = new URL(candidate);
  } catch {
    return { ok: false, message: NOT_A_LINK };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { ok: false, message: NOT_A_LINK };
  const host = parsed.hostname;
  // A typed link needs a real host name; `news` or `hello` is a word, not an address.
  // (Explicit `http://localhost/` passes here; the backend refuses loopback itself.)
  const completed = candidate !== text;
  if (host === '' || (completed && !host.includes('.') && !host.startsWith('['))) return { ok: false, message: NOT_A_LINK };
  return { ok: true, url: candidate };
}

/** Whether pasted text is one http(s) link and nothing else (then it is offered as a URL capture). */
export function pastedUrl(text: string): string | null {
  const trimmed = text.trim();
  if (!/^https?:\/\/\S+$/i.test(trimmed)) return null;
  const check = checkUrl(trimmed);
  return check.ok ? check.url : null;
}

/** A list item's marker before a link: `-`, `*`, `•`, `1.`, `2)`. */
const LIST_MARKER = /^(?:[-*•‣◦]|\d{1,4}[.)])\s+/;

/**
 * The links of a pasted or dropped list of links (one per line, blank lines and list
 * markers allowed), in order without repeats; null unless every line is a link and there
 * are at least two (one link alone is `pastedUrl`'s).
 */
export function pastedLinks(text: string): string[] | null {
  const links: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim().replace(LIST_MARKER, '');
    if (line === '') continue;
    const url = pastedUrl(line);
    if (!url) return null;
    if (!links.includes(url)) links.push(url);
  }
  return links.length >= 2 ? links : null;
}
