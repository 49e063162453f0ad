/**
 * The mock backend's search, filters, sorts, facets and cursors: a small stand-in for the
 * real engine, good enough to look at the UI. Words match as case-insensitive substrings;
 * snippets wrap matches in U+E000 … U+E001 like the backend does.
 */
import type { Article, CommandError, Facets, FacetValue, Filter, ListQuery, PhotoSummary } from '../src/api';

const MARK_START = '\uE000';
const MARK_END = '\uE001';
/** Like the real engine: a search ranks at most this many matches. */
const RANK_WINDOW = 2000;

const FIELDS = ['title', 'author', 'site', 'section', 'caption', 'credit', 'tag', 'note', 'published', 'has'] as const;
type Field = (typeof FIELDS)[number];

interface Term {
  field: Field | null;
  value: string;
  negated: boolean;
  /** Any of these (from `a OR b`). */
  alternatives?: Term[];
}

export interface MockExtras {
  /** Collection ids by article id. */
  collections: ReadonlyMap<number, readonly number[]>;
  collectionNames: ReadonlyMap<number, string>;
}

function invalid(message: string): never {
  throw { code: 'invalid_query', message } satisfies CommandError;
}

/** Parses the search syntax of docs/search.md (a forgiving subset). */
export function parseSearch(search: string): Term[] {
  if ((search.match(/"/g)?.length ?? 0) % 2 === 1) {
    invalid('The search has an opening " without a closing one: add the closing " or remove it.');
  }
  const terms: Term[] = [];
  const re = /(-?)(?:([a-z]+):)?("([^"]*)"|\S+)/gi;
  let pendingOr = false;
  for (const m of search.matchAll(re)) {
    const [, minus, rawField, whole, quoted] = m;
    if (!rawField && !minus && whole === 'OR') {
      if (terms.length === 0) invalid('OR needs a word on each side, as in: tram OR metro.');
      pendingOr = true;
      continue;
    }
    const field = rawField ? rawField.toLowerCase() : null;
    if (field && !(FIELDS as readonly string[]).includes(field)) {
      invalid(`Unknown field "${rawField}:". Use title:, author:, site:, section:, caption:, credit:, tag:, note:, published: or has:.`);
    }
    const value = (quoted ?? whole ?? '').replace(/\*$/, '').toLowerCase();
    if (field === 'has' && value !== 'photos' && value !== 'annotations') {
      invalid(`"has:${value}" is not a filter: use has:photos or has:annotations.`);
    }
    if (field === 'published' && !/^[<>]?\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) {
      invalid(`"published:${value}" is not a date: write published:2022, published:2022-08 or published:>2022-01-01.`);
    }
    if (!value) continue;
    const term: Term = { field: field as Field | null, value, negated: minus === '-' };
    if (pendingOr) {
      const last = terms.pop()!;
      terms.push({ ...last, alternatives: [...(last.alternatives ?? [last]), term] });
      pendingOr = false;
    } else {
      terms.push(term);
    }
  }
  if (pendingOr) invalid('OR needs a word on each side, as in: tram OR metro.');
  return terms;
}

function fieldText(a: Article, field: Field | null): string {
  switch (field) {
    case 'title':
      return a.title;
    case 'author':
      return `${a.byline ?? ''} ${a.authors.join(' ')}`;
    case 'site':
      return a.site_name ?? '';
    case 'section':
      return a.section.join(' / ');
    case 'caption':
      return a.photos.map((p) => p.caption ?? '').join(' ');
    case 'credit':
      return a.photos.map((p) => p.credit ?? '').join(' ');
    case 'tag':
      return a.tags.map((t) => t.path).join(' ');
    case 'note':
      return a.annotations.map((n) => n.note ?? '').join(' ');
    default:
      return `${a.title} ${a.standfirst ?? ''} ${a.text}`;
  }
}

function termHolds(a: Article, t: Term): boolean {
  if (t.alternatives) return t.alternatives.some((alt) => termHolds(a, { ...alt, alternatives: undefined }));
  let hit: boolean;
  if (t.field === 'has') hit = t.value === 'photos' ? a.photos.length > 0 : a.annotations.length > 0;
  else if (t.field === 'published') {
    const p = a.published ?? '';
    if (t.value.startsWith('>')) hit = p > t.value.slice(1);
    else if (t.value.startsWith('<')) hit = p !== '' && p < t.value.slice(1);
    else hit = p.startsWith(t.value);
  } else hit = fieldText(a, t.field).toLowerCase().includes(t.value);
  return hit !== t.negated;
}

/** The words to highlight (free text and title words, not exclusions). */
function highlightWords(terms: readonly Term[]): string[] {
  return terms
    .flatMap((t) => t.alternatives ?? [t])
    .filter((t) => !t.negated && (t.field === null || t.field === 'title'))
    .map((t) => t.value);
}

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A passage of the body around the first match, the matches wrapped in the marks. */
function snippetFor(a: Article, words: readonly string[]): string | null {
  if (words.length === 0) return null;
  const text = `${a.standfirst ?? ''} ${a.text}`.replace(/\s+/g, ' ').trim();
  const lower = text.toLowerCase();
  const at = Math.min(...words.map((w) => lower.indexOf(w)).filter((i) => i >= 0));
  const start = Number.isFinite(at) ? Math.max(0, at - 60) : 0;
  let passage = text.slice(start, start + 200);
  if (start > 0) passage = `…${passage.slice(passage.indexOf(' ') + 1)}`;
  if (start + 200 < text.length) passage = `${passage.slice(0, passage.lastIndexOf(' '))}…`;
  const re = new RegExp(`(${words.map(escapeRe).join('|')})`, 'gi');
  return passage.replace(re, `${MARK_START}$1${MARK_END}`);
}

function dateHolds(value: string | null, from?: string, to?: string): boolean {
  if (!from && !to) return true;
  if (!value) return false;
  if (from && value.slice(0, from.length) < from) return false;
  if (to && value.slice(0, to.length) > to) return false;
  return true;
}

function underPath(path: string, prefix: string, sep: string): boolean {
  return path === prefix || path.startsWith(prefix + sep);
}

export function filterHolds(a: Article, f: Filter, extras: MockExtras): boolean {
  if (f.sites.length && !f.sites.includes(a.site_name ?? '')) return false;
  if (f.sections.length && !f.sections.some((s) => underPath(a.section.join(' / '), s, ' / '))) return false;
  if (f.genres.length && !f.genres.includes(a.genre ?? '')) return false;
  if (f.languages.length && !f.languages.includes(a.language ?? '')) return false;
  if (!f.tags.every((tag) => a.tags.some((t) => underPath(t.path, tag, '/')))) return false;
  if (!dateHolds(a.published, f.published_from, f.published_to)) return false;
  if (!dateHolds(a.capture.captured_at, f.captured_from, f.captured_to)) return false;
  if (f.has_photos !== undefined && a.photos.length > 0 !== f.has_photos) return false;
  if (f.has_annotations !== undefined && a.annotations.length > 0 !== f.has_annotations) return false;
  if (f.collection !== undefined && !(extras.collections.get(a.id) ?? []).includes(f.collection)) return false;
  if (f.credit) {
    const credit = f.credit.toLowerCase();
    if (!a.photos.some((p) => (p.credit ?? '').toLowerCase().includes(credit))) return false;
  }
  return true;
}

export interface Match {
  article: Article;
  score: number;
  snippet: string | null;
}

function newestCapture(a: Article, b: Article): number {
  return b.capture.captured_at.localeCompare(a.capture.captured_at) || b.id - a.id;
}

/** The articles `query` matches, in its order. Throws `invalid_query` for a bad search. */
export function runQuery(articles: readonly Article[], query: ListQuery, extras: MockExtras): Match[] {
  const terms = parseSearch(query.search);
  const words = highlightWords(terms);
  const matches: Match[] = [];
  for (const a of articles) {
    if (!terms.every((t) => termHolds(a, t))) continue;
    if (!filterHolds(a, query.filter, extras)) continue;
    const title = a.title.toLowerCase();
    const score = words.reduce((n, w) => n + (title.includes(w) ? 3 : 0) + (a.text.toLowerCase().includes(w) ? 1 : 0), 0);
    matches.push({ article: a, score, snippet: terms.length ? snippetFor(a, words) : null });
  }
  const searching = terms.length > 0;
  const by: Record<ListQuery['sort'], (x: Match, y: Match) => number> = {
    relevance: (x, y) => (searching ? y.score - x.score : 0) || newestCapture(x.article, y.article),
    captured: (x, y) => newestCapture(x.article, y.article),
    published: (x, y) => (y.article.published ?? '').localeCompare(x.article.published ?? '') || y.article.id - x.article.id,
    title: (x, y) => x.article.title.localeCompare(y.article.title) || x.article.id - y.article.id,
    site: (x, y) => (x.article.site_name ?? '\uffff').localeCompare(y.article.site_name ?? '\uffff') || newestCapture(x.article, y.article),
  };
  return matches.sort(by[query.sort]);
}

/** An opaque page token (the offset, disguised, and the query it belongs to). */
export function encodeCursor(offset: number, query: ListQuery): string {
  return btoa(JSON.stringify([offset, query.search.length, query.sort]));
}

export function decodeCursor(after: string | null): number {
  if (!after) return 0;
  try {
    const [offset] = JSON.parse(atob(after)) as [number];
    return offset;
  } catch {
    return invalid('The page token is not one this library gave out.');
  }
}

function counted(counts: Map<string, number>, labels?: ReadonlyMap<string, string>): FacetValue[] {
  return [...counts]
    .map(([value, count]) => ({ value, label: labels?.get(value) ?? value, count, colour: null }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

function bump(counts: Map<string, number>, key: string | null | undefined): void {
  if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
}

export function facetsFor(matches: readonly Match[], query: ListQuery, extras: MockExtras): Facets {
  const searching = query.search.trim() !== '';
  const truncated = searching && matches.length > RANK_WINDOW;
  const counted_ = truncated ? matches.slice(0, RANK_WINDOW) : matches;
  const sites = new Map<string, number>();
  const sections = new Map<string, number>();
  const genres = new Map<string, number>();
  const languages = new Map<string, number>();
  const tags = new Map<string, number>();
  const years = new Map<string, number>();
  const collections = new Map<string, number>();
  let withPhotos = 0;
  let withNotes = 0;
  for (const { article: a } of counted_) {
    bump(sites, a.site_name);
    a.section.forEach((_, i) => bump(sections, a.section.slice(0, i + 1).join(' / ')));
    bump(genres, a.genre);
    bump(languages, a.language);
    const paths = new Set<string>();
    for (const t of a.tags) {
      const parts = t.path.split('/');
      parts.forEach((_, i) => paths.add(parts.slice(0, i + 1).join('/')));
    }
    paths.forEach((p) => bump(tags, p));
    bump(years, a.published?.slice(0, 4));
    (extras.collections.get(a.id) ?? []).forEach((c) => bump(collections, String(c)));
    if (a.photos.length) withPhotos++;
    if (a.annotations.length) withNotes++;
  }
  const names = new Map([...extras.collectionNames].map(([id, name]) => [String(id), name]));
  return {
    total: counted_.length,
    sites: counted(sites),
    sections: counted(sections),
    genres: counted(genres),
    languages: counted(languages),
    tags: counted(tags),
    published_years: counted(years),
    collections: counted(collections, names),
    with_photos: withPhotos,
    with_annotations: withNotes,
    truncated,
  };
}

/** The gallery: photos of the matching articles (only those with the credit, when asked). */
export function photosFor(matches: readonly Match[], filter: Filter): PhotoSummary[] {
  const credit = filter.credit?.toLowerCase();
  return matches.flatMap(({ article: a }) =>
    a.photos
      .filter((p) => !credit || (p.credit ?? '').toLowerCase().includes(credit))
      .map((p) => ({
        id: p.id,
        article_id: a.id,
        article_title: a.title,
        site_name: a.site_name,
        published: a.published,
        caption: p.caption,
        credit: p.credit,
        alt: p.alt,
        width: p.width,
        height: p.height,
        sha256: p.sha256,
        has_thumbnail: p.has_thumbnail,
        url: p.url,
        missing_reason: p.missing_reason,
        size: null,
        media_type: p.sha256 ? 'image/jpeg' : null,
        captured_at: a.capture.captured_at,
        downloaded_at: p.downloaded_at,
      })),
  );
}
