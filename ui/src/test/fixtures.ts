/** Test data shaped exactly like the generated bindings, and the mock backend the App tests share. */
import { mockConvertFileSrc, mockIPC, mockWindows } from '@tauri-apps/api/mocks';
import type { Article, ArticleSummary, Facets, ListQuery, PhotoSummary } from '../api';

export function seedArticle(overrides: Partial<Article> = {}): Article {
  return {
    id: 1,
    title: 'Russia Asks for Respect for Serbs Residing in Kosovo',
    standfirst:
      'Strong tensions on the Kosovo-Serbia border emerged as a result of the attempt to ban Serb documents and license plates in Kosovo.',
    byline: null,
    authors: [],
    published: '2022-08-01',
    published_raw: 'Published 1 August 2022',
    modified: null,
    modified_raw: null,
    site_name: null,
    section: ['News', 'World'],
    genre: null,
    language: 'en',
    url: null,
    text: 'On Monday, Kremlin spokesman Dmitri Peskov requested respect.\n\nSecond paragraph.',
    html: '<p>On Monday, Kremlin spokesman Dmitri Peskov requested respect.</p><p>Second paragraph.</p>',
    word_count: 10,
    photos: [
      {
        id: 11,
        caption: 'Security forces at the Kosovo border, July 31, 2022.',
        credit: 'Twitter/ @AmirAlexanderR7',
        alt: null,
        url: null,
        width: null,
        height: null,
        sha256: null,
        has_thumbnail: false,
        missing_reason: null,
        downloaded_at: null,
        position: 0,
        inline: false,
      },
    ],
    related: [{ title: 'Serbia-Kosovo Tension; Russia Claims Provocation by the West', url: null }],
    capture: {
      id: 21,
      captured_at: '2024-05-12T09:14:03Z',
      kind: 'text',
      sha256: '4f1c2a9e0b7d3c85e6a4f2b19d0c7e53a8b6f4d2c1e09a7b5d3f1e8c6a4b2d09',
      bytes: 3912,
      source_name: null,
      requested_url: null,
      final_url: null,
      http_status: null,
      media_type: 'text/plain',
      extractor_version: 'cuttings-extract 0.1.0',
      refreshed_article: true,
    },
    capture_count: 1,
    earlier_captures: [],
    tags: [],
    annotations: [],
    ...overrides,
  };
}

export function summary(id: number, capturedAt = `2024-01-${String(28 - (id % 28)).padStart(2, '0')}T00:00:00Z`): ArticleSummary {
  return {
    id,
    title: `Article ${id}`,
    site_name: 'Example',
    section: [],
    published: null,
    modified: null,
    genre: null,
    captured_at: capturedAt,
    thumbnail: null,
    photo_count: 0,
    annotation_count: 0,
    tags: [],
    snippet: null,
  };
}

export function facets(overrides: Partial<Facets> = {}): Facets {
  return {
    total: 0,
    sites: [],
    sections: [],
    genres: [],
    languages: [],
    tags: [],
    published_years: [],
    collections: [],
    with_photos: 0,
    with_annotations: 0,
    truncated: false,
    ...overrides,
  };
}

export function photo(id: number, overrides: Partial<PhotoSummary> = {}): PhotoSummary {
  return {
    id,
    article_id: id,
    article_title: `Article ${id}`,
    site_name: 'Example',
    published: '2022-08-01',
    caption: `Caption ${id}`,
    credit: 'Reuters',
    alt: null,
    width: 800,
    height: 600,
    sha256: 'ab'.repeat(32),
    has_thumbnail: true,
    url: `https://example.com/photos/${id}.jpg`,
    missing_reason: null,
    downloaded_at: null,
    size: 245_000,
    media_type: 'image/jpeg',
    captured_at: '2026-12-01T10:30:00Z',
    ...overrides,
  };
}

/** What a test's own handler answers; `undefined` leaves the command to the defaults. */
export type Handler = (cmd: string, args: Record<string, unknown>, payload: unknown) => unknown;

export interface BackendOptions {
  /** Answers first; return undefined to fall through to the defaults. */
  handle?: Handler;
  /** Mock the event system and a main window (for tests that emit backend events). */
  events?: boolean;
}

/**
 * An in-memory backend behind mockIPC, holding `initial` (newest last). By default it
 * answers `library_info`, `list_articles` (every article, newest first, one page),
 * `get_facets` (the total), `list_photos` (none) and `get_article`; `handle` answers first.
 */
export function mockBackend(initial: Article[], options: BackendOptions = {}) {
  const articles = [...initial];
  const calls: Array<[string, unknown]> = [];
  if (options.events) mockWindows('main');
  mockConvertFileSrc('linux');
  mockIPC(
    async (cmd, payload) => {
      calls.push([cmd, payload]);
      const args = (payload ?? {}) as Record<string, unknown>;
      const own = await options.handle?.(cmd, args, payload);
      if (own !== undefined) return own;
      switch (cmd) {
        case 'library_info':
          return { path: '/lib', article_count: articles.length, schema_version: 1 };
        case 'list_articles':
          return { items: [...articles].reverse().map((a) => ({ ...summary(a.id), title: a.title })), next: null };
        case 'get_facets':
          return facets({ total: articles.length });
        case 'list_photos':
          return { items: [], next: null };
        case 'get_article':
          return articles.find((a) => a.id === args.id) ?? Promise.reject({ code: 'not_found', message: 'gone' });
        default:
          return null;
      }
    },
    { shouldMockEvents: options.events ?? false },
  );
  return {
    articles,
    calls,
    names: (): string[] => calls.map(([c]) => c),
    /** The queries `list_articles` was asked for, in order. */
    queries: (): ListQuery[] =>
      calls.filter(([c]) => c === 'list_articles').map(([, p]) => (p as { query: ListQuery }).query),
    /** Stores an article as an import would have. */
    add: (a: Article) => articles.push(a),
  };
}
