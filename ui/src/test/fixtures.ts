/** Test data shaped exactly like the generated bindings. */
import type { Article, ArticleSummary } from '../api';

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
      extractor_version: 'cuttings-extract 0.1.0',
    },
    capture_count: 1,
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
    captured_at: capturedAt,
    thumbnail: null,
    photo_count: 0,
  };
}
