/**
 * A fake backend for looking at the UI in a plain browser (`npm run dev:mock`,
 * `npm run preview:mock`). Never part of the production build: only dev/main.ts imports it,
 * and only `--mode mock` uses dev/main.ts as the entry.
 *
 * Query parameters: `?empty` starts with an empty library, `?many` adds 3000 generated rows
 * (sites, sections, tags, photos, notes, collections) to search, filter and scroll through, `?slow` delays every answer by 1.5 s (to see the skeletons), `?step=MS` sets the
 * time a simulated batch spends on each item (default 400).
 *
 * `choose_and_import` simulates the native picker choosing a few files (or a folder of 24)
 * and runs a batch that emits `import-progress` / `import-finished` like the shell, with one
 * failure and one article that is already there; `cancel_import` stops it. Dragging files
 * over the page in the browser plays the webview's native drag events (and a drop starts a
 * batch named after the dropped files).
 *
 * `import_url` takes a while like a real fetch (`?fetch=MS`, default 1200): it fails with
 * `network` for URLs containing "fail", with `unsupported` for ones ending in .pdf or .zip,
 * answers `already_there` for a URL it has stored (the sample articles live at
 * https://example.org/articles/N) and `new_capture` for one containing "changed".
 *
 * `list_articles`, `get_facets` and `list_photos` run a small search engine (dev/mock-search.ts):
 * words match as substrings, snippets carry the U+E000/U+E001 marks, an unclosed quote or
 * an unknown `field:` fails with `invalid_query`, pages are cut by opaque tokens.
 */
import { emit } from '@tauri-apps/api/event';
import { mockIPC, mockWindows } from '@tauri-apps/api/mocks';
import type {
  Annotation,
  Article,
  ArticleSummary,
  BatchFailure,
  BatchProgress,
  BatchReport,
  CommandError,
  Events,
  ImportOutcome,
  ListQuery,
  Photo,
  TagRef,
} from '../src/api';
import { decodeCursor, encodeCursor, facetsFor, photosFor, runQuery, type MockExtras } from './mock-search';
import seedParagraphs from './seed-paragraphs.json';

const SEED_PHOTO_SHA = 'b3'.repeat(32);
const THUMBS: Record<string, string> = {
  [SEED_PHOTO_SHA]: 'border.svg',
  ['a0'.repeat(32)]: 'thumb-a.svg',
  ['b0'.repeat(32)]: 'thumb-b.svg',
  ['c0'.repeat(32)]: 'thumb-c.svg',
  ['d0'.repeat(32)]: 'thumb-d.svg',
};

function imagePath(path: string): string {
  const sha = path.split('/')[1] ?? '';
  return `/mock-img/${THUMBS[sha] ?? 'thumb-a.svg'}`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function paragraphsToHtml(paragraphs: readonly string[]): string {
  return paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
}

function fakeSha(n: number): string {
  return (n * 2654435761).toString(16).padStart(8, '0').repeat(8).slice(0, 64);
}

function seedArticle(): Article {
  const photo: Photo = {
    id: 1,
    caption: 'Security forces at the Kosovo border, July 31, 2022.',
    credit: 'Twitter/ @AmirAlexanderR7',
    alt: null,
    url: null,
    width: 1200,
    height: 720,
    sha256: SEED_PHOTO_SHA,
    has_thumbnail: true,
    missing_reason: null,
    downloaded_at: null,
    position: 0,
    inline: false,
  };
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
    text: seedParagraphs.join('\n\n'),
    html: paragraphsToHtml(seedParagraphs),
    word_count: seedParagraphs.join(' ').split(/\s+/).length,
    photos: [photo],
    related: [{ title: 'Serbia-Kosovo Tension; Russia Claims Provocation by the West', url: null }],
    capture: {
      id: 1,
      captured_at: '2024-05-12T09:14:03Z',
      kind: 'text',
      sha256: '4f1c2a9e0b7d3c85e6a4f2b19d0c7e53a8b6f4d2c1e09a7b5d3f1e8c6a4b2d09',
      bytes: 3912,
      source_name: 'telesur-kosovo-2022.txt',
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
  };
}

const FILLER: Array<[string, string | null, string[], string | null, string | null]> = [
  ['Night trains return to the Alps as demand for slow travel grows', 'The Mountain Courier', ['Travel'], '2024-04-30T06:00:00Z', 'a0'],
  ['City council approves tram line after a decade of debate', 'Riverside Gazette', ['News', 'Local'], '2024-04-28', null],
  ['What the drought means for this year’s wheat harvest', 'Farm & Field Weekly', ['Business', 'Agriculture'], '2024-04-22T14:30:00Z', 'b0'],
  ['Opinion: Libraries are the last free indoor public space', 'The Evening Standard-Bearer', ['Opinion'], '2024-04-19', null],
  ['Archivists race to save decaying nitrate film reels', null, ['Culture', 'Film'], null, 'c0'],
  ['Port strike enters its second week with no talks scheduled', 'Harbour Times', ['News', 'Economy'], '2024-04-11T08:45:00Z', null],
  ['A quiet revolution in how cities count their trees', 'Green Ledger', ['Science', 'Environment'], '2024-04-02', 'd0'],
];

function fillerArticle(id: number, [title, site, section, published, thumb]: (typeof FILLER)[number]): Article {
  const paragraphs = [
    'This is a sample article from the development mock. It stands in for a real clipping so that the list and the reader can be looked at without the desktop app.',
    'Its text is deliberately plain. The real archive keeps the body exactly as the page had it, with the photos, their captions and credits, and the record of when and how it was captured.',
    'A third paragraph gives the reader pane some length, so that the measure, the line height and the spacing between paragraphs can be judged at a glance.',
  ];
  const photos: Photo[] = thumb
    ? [{ id: id * 10, caption: 'A sample photo caption, as printed under the picture.', credit: 'Photo: Mock Agency', alt: null, url: null, width: 160, height: 160, sha256: thumb.repeat(32), has_thumbnail: true, missing_reason: null, downloaded_at: null, position: 0, inline: false }]
    : [];
  return {
    id,
    title,
    standfirst: 'A sample standfirst: one or two sentences that tell the reader what the article is about.',
    byline: 'By A. N. Example',
    authors: ['A. N. Example'],
    published,
    published_raw: published,
    modified: null,
    modified_raw: null,
    site_name: site,
    section,
    genre: section[0] === 'Opinion' ? 'opinion' : 'news',
    language: 'en',
    url: `https://example.org/articles/${id}`,
    text: paragraphs.join('\n\n'),
    html: paragraphsToHtml(paragraphs).replace('the desktop app', '<a href="https://example.org/about">the desktop app</a>'),
    word_count: paragraphs.join(' ').split(/\s+/).length,
    photos,
    related: [{ title: 'Another sample article on the same subject', url: `https://example.org/articles/${id + 100}` }],
    capture: {
      id,
      captured_at: new Date(Date.UTC(2024, 4, 12, 9, 0) - id * 36e5 * 7).toISOString().replace('.000', ''),
      kind: 'url',
      sha256: fakeSha(id),
      bytes: 48213 + id * 977,
      source_name: null,
      requested_url: `https://example.org/articles/${id}?utm_source=feed`,
      final_url: `https://example.org/articles/${id}`,
      http_status: 200,
      media_type: 'text/html',
      extractor_version: 'cuttings-extract 0.1.0',
      refreshed_article: true,
    },
    capture_count: id === 3 ? 2 : 1,
    earlier_captures: [],
    tags: [],
    annotations: [],
  };
}

function summaryOf(a: Article, snippet: string | null): ArticleSummary {
  const thumb = a.photos.find((p) => p.has_thumbnail && p.sha256);
  return {
    id: a.id,
    title: a.title,
    site_name: a.site_name,
    section: a.section,
    genre: a.genre,
    published: a.published,
    modified: a.modified,
    captured_at: a.capture.captured_at,
    thumbnail: thumb?.sha256 ?? null,
    photo_count: a.photos.length,
    annotation_count: a.annotations.length,
    tags: a.tags,
    snippet,
  };
}

// --- a generated library for `?many` ---

const TAGS: TagRef[] = [
  { path: 'Balkans', colour: '#c0392b' },
  { path: 'Balkans/Kosovo', colour: '#c0392b' },
  { path: 'Balkans/Serbia', colour: '#d35400' },
  { path: 'Transport', colour: '#2980b9' },
  { path: 'Transport/Rail', colour: '#2980b9' },
  { path: 'Climate', colour: '#27ae60' },
  { path: 'Climate/Drought', colour: '#16a085' },
  { path: 'Culture', colour: '#8e44ad' },
  { path: 'Follow up', colour: null },
  { path: 'To read', colour: '#f39c12' },
];
const SITES = ['Riverside Gazette', 'The Mountain Courier', 'Harbour Times', 'Green Ledger', 'Farm & Field Weekly', 'Balkan Insight Daily', 'Le Monde Mock'];
const SECTIONS = [['News', 'World'], ['News', 'Local'], ['Business'], ['Opinion'], ['Culture', 'Film'], ['Science', 'Environment'], ['Travel']];
const GENRES = ['news', 'news', 'news', 'analysis', 'opinion', 'interview', 'feature'];
const CREDITS = ['Reuters/Marko Djurica', 'AP Photo/Darko Vojinovic', 'AFP via Getty Images', 'Photo: Mock Agency', 'Reuters/Fatos Bytyci', 'Staff photographer'];
const SUBJECTS = ['Tram line', 'Night trains', 'Wheat harvest', 'Border crossing', 'Film archive', 'Port strike', 'City trees', 'Election', 'Library hours', 'Heatwave', 'Bridge repairs', 'Museum loan'];
const TURNS = ['returns after a decade', 'divides the council', 'faces new delays', 'draws record crowds', 'is put to a vote', 'gets a second look', 'costs more than planned', 'wins over sceptics'];
const WORDS = 'the council said on monday that the plan would go ahead despite objections from residents who fear the works will last longer than promised and that the budget will not hold'.split(' ');

function pick<T>(list: readonly T[], n: number): T {
  return list[n % list.length]!;
}

function note(id: number, n: number): Annotation {
  return {
    id: `mock-${id}-${n}`,
    target: 'body',
    photo_id: null,
    exact: 'the plan',
    prefix: null,
    suffix: null,
    start: null,
    end: null,
    colour: '#f7dc6f',
    note: n % 2 ? 'Check this against the council minutes.' : null,
    created_at: '2024-05-01T10:00:00Z',
    modified_at: '2024-05-01T10:00:00Z',
  };
}

function generated(i: number): Article {
  const id = 100 + i;
  const title = `${pick(SUBJECTS, i * 7)} ${pick(TURNS, i * 3 + (i >> 4))}${i % 9 === 0 ? ' in Kosovo' : ''}`;
  const a = fillerArticle(id, [title, pick(SITES, i * 5), pick(SECTIONS, i * 3), null, null]);
  const day = new Date(Date.UTC(2016, 0, 1) + ((i * 7919) % 3000) * 864e5);
  a.published = i % 11 === 0 ? null : day.toISOString().slice(0, 10);
  a.published_raw = a.published;
  a.capture = { ...a.capture, captured_at: new Date(Date.UTC(2024, 4, 12, 9) - i * 36e5 * 5).toISOString().replace('.000', '') };
  a.genre = pick(GENRES, i);
  a.language = i % 13 === 0 ? 'fr' : i % 17 === 0 ? 'sr' : 'en';
  const words = Array.from({ length: 60 }, (_, w) => pick(WORDS, i + w * 3)).join(' ');
  a.text = `${title}. ${words}.

${a.text}`;
  a.tags = i % 4 === 0 ? [] : [pick(TAGS, i), ...(i % 3 === 0 ? [pick(TAGS, i + 4)] : [])].filter((t, k, all) => all.findIndex((u) => u.path === t.path) === k);
  a.annotations = i % 6 === 0 ? Array.from({ length: 1 + (i % 4) }, (_, n) => note(id, n)) : [];
  const photoCount = i % 5 === 0 ? 0 : 1 + (i % 3);
  a.photos = Array.from({ length: photoCount }, (_, n) => ({
    id: id * 10 + n,
    caption: `${pick(SUBJECTS, i + n)}: a caption as printed under the picture, naming the place and the day it was taken.`,
    credit: pick(CREDITS, i + n * 2),
    alt: null,
    url: `https://example.org/img/${id}-${n}.jpg`,
    width: 1200,
    height: 800,
    sha256: (i + n) % 23 === 0 ? null : pick(['a0', 'b0', 'c0', 'd0', 'b3'], i + n).repeat(32),
    has_thumbnail: (i + n) % 23 !== 0,
    missing_reason: (i + n) % 23 === 0 ? 'the image could not be downloaded: HTTP 404' : null,
    downloaded_at: null,
    position: n,
    inline: false,
  }));
  return a;
}

function fail(code: CommandError['code'], message: string): never {
  throw { code, message } satisfies CommandError;
}

export function installMock(params: URLSearchParams): void {
  const articles: Article[] = [];
  if (!params.has('empty')) {
    articles.push(seedArticle());
    FILLER.forEach((f, i) => articles.push(fillerArticle(i + 2, f)));
    if (params.has('many')) {
      for (let i = 0; i < 3000; i++) articles.push(generated(i));
    }
  }
  articles[0]!.tags = [TAGS[1]!, TAGS[8]!];
  articles[0]!.annotations = [note(1, 1)];
  const collectionNames = new Map([
    [1, 'Kosovo border 2022'],
    [2, 'Rail revival'],
    [3, 'For the book'],
  ]);
  const collections = new Map<number, number[]>();
  for (const a of articles) {
    const ids = [a.id % 7 === 0 ? 2 : null, a.tags.some((t) => t.path.startsWith('Balkans')) ? 1 : null, a.id % 19 === 0 ? 3 : null];
    collections.set(a.id, ids.filter((c): c is number => c !== null));
  }
  const extras: MockExtras = { collections, collectionNames };
  const delay = params.has('slow') ? 1500 : 40;
  let nextId = 1000;

  function store(title: string, paragraphs: string[], kind: 'text' | 'file', sourceName: string | null, bytes: number): ImportOutcome {
    const existing = articles.find((a) => a.title === title || a.text === paragraphs.join('\n\n'));
    if (existing) return { status: 'already_there', article_id: existing.id, title: existing.title };
    const id = nextId++;
    const a = fillerArticle(id, [title, null, [], null, null]);
    a.standfirst = null;
    a.genre = null;
    a.url = null;
    a.byline = null;
    a.authors = [];
    a.text = paragraphs.join('\n\n');
    a.html = paragraphsToHtml(paragraphs);
    a.related = [];
    a.capture = { ...a.capture, kind, captured_at: new Date().toISOString().replace(/\.\d+Z$/, 'Z'), source_name: sourceName, requested_url: null, final_url: null, http_status: null, bytes };
    articles.push(a);
    return { status: 'created', article_id: id, title, warnings: [] };
  }

  function importText(text: string, kind: 'text' | 'file', sourceName: string | null): ImportOutcome {
    const blocks = text.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
    const [title, ...rest] = blocks;
    if (!title) fail('invalid_input', `${sourceName ?? 'The pasted text'} has no text in it.`);
    if (rest.length === 0) {
      fail('invalid_input', `${sourceName ?? 'The pasted text'} is a single paragraph: Cuttings needs at least a title and a body. Copy the whole article and paste again.`);
    }
    return store(title.split('\n')[0]!.slice(0, 200), rest.length ? rest : [title], kind, sourceName, text.length);
  }

  // --- web pages, as `import_url` fetches them ---
  const fetchTime = Number(params.get('fetch') ?? 1200) || 1200;

  async function importUrl(url: string): Promise<ImportOutcome> {
    await new Promise((r) => setTimeout(r, fetchTime));
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return fail('invalid_input', `${url} is not a web address.`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') fail('invalid_input', `${url} is not an http(s) link.`);
    if (url.includes('fail')) {
      fail('network', `Could not fetch ${url}: the server did not answer within 30 seconds.`);
    }
    if (/\.(pdf|zip)$/i.test(parsed.pathname)) {
      fail('unsupported', `${url} is not a web page (it is a ${parsed.pathname.split('.').at(-1)!.toUpperCase()} file).`);
    }
    const same = articles.find((a) => a.url === url || a.capture.requested_url === url || a.capture.final_url === url);
    if (same && url.includes('changed')) {
      same.capture = { ...same.capture, captured_at: new Date().toISOString().replace(/\.\d+Z$/, 'Z') };
      same.capture_count += 1;
      return { status: 'new_capture', article_id: same.id, title: same.title, warnings: [] };
    }
    if (same) return { status: 'already_there', article_id: same.id, title: same.title };
    const slug = parsed.pathname.split('/').filter(Boolean).at(-1)?.replace(/\.[a-z]+$/i, '') ?? '';
    const words = slug.replace(/[-_]+/g, ' ').trim();
    const title = words ? words.replace(/^./, (c) => c.toUpperCase()) : `Front page of ${parsed.hostname}`;
    const id = nextId++;
    const a = fillerArticle(id, [title, parsed.hostname.replace(/^www\./, ''), ['News'], null, 'c0']);
    a.url = url;
    a.capture = {
      ...a.capture,
      kind: 'url',
      captured_at: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      requested_url: url,
      final_url: url,
      http_status: 200,
    };
    articles.push(a);
    return { status: 'created', article_id: id, title, warnings: [] };
  }

  // --- batches, as the shell runs them (one at a time, progress after each item) ---
  const step = Number(params.get('step') ?? 400) || 400;
  let cancelFlag: { cancelled: boolean } | null = null;
  let queue: Promise<void> = Promise.resolve();
  const send = <K extends keyof Events>(event: K, payload: Events[K]): Promise<void> => emit(event, payload);

  function batchFor(kind: 'files' | 'folders'): string[] {
    const dir = '/home/reader/Clippings/2024-05';
    if (kind === 'files') {
      return ['tram-line-vote.html', 'scan-0412.pdf', 'Russia Asks for Respect for Serbs Residing in Kosovo.txt', 'heatwave-live.mhtml', 'letters-page.txt'].map(
        (n) => `${dir}/${n}`,
      );
    }
    const names = [
      'night-trains-return.html',
      'budget-explainer.mhtml',
      'Russia Asks for Respect for Serbs Residing in Kosovo.txt',
      'scan-0412.pdf',
      ...Array.from({ length: 20 }, (_, i) => `weekend-supplement-${String(i + 1).padStart(2, '0')}.html`),
    ];
    return names.map((n) => `${dir}/${n}`);
  }

  function importPath(path: string): ImportOutcome {
    const name = path.split('/').at(-1) ?? path;
    if (name.endsWith('.pdf')) {
      fail('unsupported', `${name} is a PDF: Cuttings reads saved web pages (.html, .mhtml) and text files (.txt).`);
    }
    const title = name
      .replace(/\.[a-z]+$/i, '')
      .replace(/-/g, ' ')
      .replace(/^./, (c) => c.toUpperCase());
    return store(title, [`Imported from ${name} by the development mock.`, 'A second paragraph.'], 'file', name, 12000);
  }

  function runBatch(paths: string[]): void {
    queue = queue.then(async () => {
      const flag = { cancelled: false };
      cancelFlag = flag;
      const failures: BatchFailure[] = [];
      const outcomes: ImportOutcome[] = [];
      const state = (i: number): BatchProgress => ({
        done: i,
        total: paths.length,
        current: paths[i] ?? null,
        imported: outcomes.filter((o) => o.status !== 'already_there').length,
        already_there: outcomes.filter((o) => o.status === 'already_there').length,
        failures: [...failures],
      });
      let report: BatchReport = { outcomes, failures, cancelled: false, skipped: 0 };
      await send('import-progress', state(0));
      for (const [i, path] of paths.entries()) {
        if (flag.cancelled) {
          report = { outcomes, failures, cancelled: true, skipped: paths.length - i };
          break;
        }
        await new Promise((r) => setTimeout(r, step));
        try {
          outcomes.push(importPath(path));
        } catch (reason) {
          failures.push({ input: path, message: (reason as CommandError).message });
        }
        await send('import-progress', state(i + 1));
      }
      cancelFlag = null;
      await send('import-finished', { ...report, failures: [...failures], outcomes: [...outcomes] });
    });
  }

  // The browser's own drag and drop stands in for the webview's native one.
  let dragDepth = 0;
  const position = (e: DragEvent) => ({ x: e.clientX, y: e.clientY });
  window.addEventListener('dragenter', (e) => {
    if (dragDepth++ === 0) void emit('tauri://drag-enter', { paths: [], position: position(e) });
  });
  window.addEventListener('dragleave', () => {
    if (--dragDepth <= 0) {
      dragDepth = 0;
      void emit('tauri://drag-leave', null);
    }
  });
  window.addEventListener('drop', (e) => {
    dragDepth = 0;
    const names = Array.from(e.dataTransfer?.files ?? []).map((f) => `/home/reader/Downloads/${f.name}`);
    void emit('tauri://drag-drop', { paths: [], position: position(e) });
    if (names.length > 0) runBatch(names);
  });

  mockWindows('main');
  mockIPC(async (cmd, payload) => {
    await new Promise((r) => setTimeout(r, delay));
    const args = (payload ?? {}) as Record<string, unknown>;
    switch (cmd) {
      case 'library_info':
        return { path: '/home/reader/.local/share/cuttings', article_count: articles.length, schema_version: 1 };
      case 'list_articles': {
        const query = args.query as ListQuery;
        const start = decodeCursor(args.after as string | null);
        const limit = args.limit as number;
        const matches = runQuery(articles, query, extras);
        const page = matches.slice(start, start + limit);
        return {
          items: page.map((m) => summaryOf(m.article, m.snippet)),
          next: start + limit < matches.length ? encodeCursor(start + limit, query) : null,
        };
      }
      case 'get_facets': {
        const query = args.query as ListQuery;
        // Counting is slower than listing, as in the real backend.
        await new Promise((r) => setTimeout(r, delay * 2));
        return facetsFor(runQuery(articles, query, extras), query, extras);
      }
      case 'list_photos': {
        const query = args.query as ListQuery;
        const start = decodeCursor(args.after as string | null);
        const limit = args.limit as number;
        const photos = photosFor(runQuery(articles, query, extras), query.filter);
        return {
          items: photos.slice(start, start + limit),
          next: start + limit < photos.length ? encodeCursor(start + limit, query) : null,
        };
      }
      case 'get_article': {
        const found = articles.find((a) => a.id === args.id);
        return found ?? fail('not_found', `No article with id ${String(args.id)}.`);
      }
      case 'import_text':
        return importText(String(args.text ?? ''), 'text', null);
      case 'import_url':
        return importUrl(String(args.url ?? ''));
      case 'import_file': {
        // The real shell reads the name from the x-cuttings-file-name header; the mock
        // cannot see headers, so files get a generic label.
        const bytes = payload instanceof Uint8Array ? payload : new Uint8Array();
        const text = new TextDecoder().decode(bytes);
        if (bytes.length === 0) fail('invalid_input', 'The file is empty.');
        if (text.includes('\u0000')) fail('unsupported', 'This file is not text or HTML; Cuttings reads .txt, .html and .mhtml.');
        return importText(text.replace(/<[^>]*>/g, ''), 'file', 'dropped file');
      }
      case 'choose_and_import': {
        const kind = args.kind === 'folders' ? 'folders' : 'files';
        // The native picker takes a moment to be answered.
        setTimeout(() => runBatch(batchFor(kind)), 300);
        return null;
      }
      case 'cancel_import':
        if (!cancelFlag) return false;
        cancelFlag.cancelled = true;
        return true;
      case 'open_link':
        console.info('[mock] open_link', args.url);
        return null;
      case 'download_missing_photos': {
        // Every third image is gone from the web; the others arrive as sample images.
        const article = articles.find((a) => a.id === args.articleId);
        if (!article) return fail('not_found', `No article with id ${String(args.articleId)}.`);
        const report = { downloaded: 0, failed: [] as { url: string; reason: string }[] };
        const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
        article.photos = article.photos.map((p) => {
          if (p.sha256 || !/^https?:/.test(p.url ?? '')) return p;
          if (p.id % 3 === 0) {
            const reason = `download failed: ${p.url}: HTTP 404`;
            report.failed.push({ url: p.url ?? '', reason });
            return { ...p, missing_reason: reason };
          }
          report.downloaded += 1;
          return { ...p, sha256: 'a0'.repeat(32), has_thumbnail: true, missing_reason: null, downloaded_at: now };
        });
        return report;
      }
      default:
        return fail('internal', `The mock does not know the command ${cmd}.`);
    }
  }, { shouldMockEvents: true });

  // convertFileSrc for the app's image protocol, pointed at sample images.
  const internals = (window as unknown as { __TAURI_INTERNALS__: { convertFileSrc: (p: string, s?: string) => string } })
    .__TAURI_INTERNALS__;
  internals.convertFileSrc = (path: string) => imagePath(path);
}
