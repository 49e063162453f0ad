import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyQuery, type ArticlePage, type CommandError, type ImportOutcome, type ListQuery } from '../api';
import { facets, seedArticle, summary } from '../test/fixtures';
import { Library, PAGE_SIZE, SEARCH_DEBOUNCE_MS, type LibraryApi } from './library.svelte';

afterEach(() => vi.useRealTimers());

/** A fake api whose pages are cut by an opaque token (`page:<offset>`). */
function fakeApi(total: number): LibraryApi & { calls: Array<string | null>; queries: ListQuery[] } {
  const rows = Array.from({ length: total }, (_, i) => summary(i + 1));
  const calls: Array<string | null> = [];
  const queries: ListQuery[] = [];
  return {
    calls,
    queries,
    libraryInfo: vi.fn(async () => ({ path: '/lib', article_count: rows.length, schema_version: 1 })),
    listArticles: vi.fn(async (query: ListQuery, after: string | null, limit: number): Promise<ArticlePage> => {
      calls.push(after);
      queries.push(query);
      const start = after ? Number(after.split(':')[1]) : 0;
      const items = rows.slice(start, start + limit);
      return { items, next: start + limit < rows.length ? `page:${start + limit}` : null };
    }),
    listArticlesBefore: vi.fn(async (query: ListQuery, before: string | null, limit: number): Promise<ArticlePage> => {
      calls.push(`before ${before}`);
      queries.push(query);
      const end = before ? Number(before.split(':')[1]) : rows.length;
      const start = Math.max(0, end - limit);
      return { items: rows.slice(start, end), next: start > 0 ? `up:${start}` : null };
    }),
    getFacets: vi.fn(async () => facets({ total: rows.length })),
    getArticle: vi.fn(async (id: number) => seedArticle({ id, title: `Article ${id}` })),
    importText: vi.fn(async (): Promise<ImportOutcome> => ({ status: 'created', article_id: 1, title: 'Article 1', warnings: [] })),
    importFile: vi.fn(async (f: File): Promise<ImportOutcome> => ({ status: 'created', article_id: 2, title: f.name, warnings: [] })),
    importUrl: vi.fn(async (): Promise<ImportOutcome> => ({ status: 'created', article_id: 3, title: 'Article 3', warnings: [] })),
    downloadMissingPhotos: vi.fn(async () => ({ downloaded: 0, failed: [] })),
  };
}

/** Makes `api[method]` wait until the returned function is called (a slow backend). */
function holdBack(api: LibraryApi, method: 'listArticles' | 'listArticlesBefore'): () => void {
  const fast = api[method];
  let release: () => void = () => {};
  api[method] = vi.fn(async (query: ListQuery, token: string | null, limit: number) => {
    await new Promise<void>((resolve) => (release = resolve));
    return fast(query, token, limit);
  });
  return () => release();
}

describe('Library', () => {
  it('loads the first page, then the next by keyset', async () => {
    const api = fakeApi(PAGE_SIZE + 30);
    const lib = new Library(api);
    expect(lib.loadingFirst).toBe(true);
    await lib.init();
    expect(lib.loadingFirst).toBe(false);
    expect(lib.items).toHaveLength(PAGE_SIZE);
    expect(lib.info?.article_count).toBe(PAGE_SIZE + 30);
    expect(api.calls[0]).toBeNull();

    await lib.loadMore();
    expect(api.calls[1]).toBe(`page:${PAGE_SIZE}`);
    expect(lib.items).toHaveLength(PAGE_SIZE + 30);
    expect(lib.next).toBeNull();

    await lib.loadMore();
    expect(api.calls).toHaveLength(2);
  });

  it('asks for the first counts only once the list has been painted', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    try {
      const api = fakeApi(10);
      const lib = new Library(api);
      await lib.init();
      expect(lib.items).toHaveLength(10);
      await new Promise((done) => setTimeout(done, 10));
      expect(api.getFacets).not.toHaveBeenCalled();
      // The frame that paints the list, then the next one.
      expect(frames.length).toBeGreaterThan(0);
      while (frames.length > 0) frames.shift()?.(0);
      await vi.waitFor(() => expect(lib.facets?.total).toBe(10));
      const asked = vi.mocked(api.getFacets).mock.calls.length;
      // Later counts (a new query) do not wait for a frame: none is run from here on.
      await lib.setQuery({ ...emptyQuery(), search: 'kosovo' });
      await vi.waitFor(() => expect(api.getFacets).toHaveBeenCalledTimes(asked + 1));
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('jumps to the end of the whole list with End, and loads upwards from there', async () => {
    const total = PAGE_SIZE * 10;
    const api = fakeApi(total);
    const lib = new Library(api);
    await lib.init();
    await lib.moveToEnd();
    // One page fetched from the end, none walked in between.
    expect(api.calls).toEqual([null, 'before null']);
    expect(lib.items.map((i) => i.id)).toEqual(Array.from({ length: PAGE_SIZE }, (_, i) => total - PAGE_SIZE + i + 1));
    expect(lib.selectedId).toBe(total);
    expect(lib.next).toBeNull();
    expect(lib.previous).toBe(`up:${total - PAGE_SIZE}`);

    await lib.loadBefore();
    expect(api.calls.at(-1)).toBe(`before up:${total - PAGE_SIZE}`);
    expect(lib.prepended).toBe(true);
    expect(lib.items).toHaveLength(2 * PAGE_SIZE);
    expect(lib.items[0]?.id).toBe(total - 2 * PAGE_SIZE + 1);
    expect(lib.items.at(-1)?.id).toBe(total);
    // j/k go on through the joined rows.
    lib.move(-1);
    expect(lib.selectedId).toBe(total - 1);

    // Home goes back to the top of the list, which starts again from its first page.
    await lib.moveToStart();
    expect(lib.previous).toBeNull();
    expect(lib.prepended).toBe(false);
    expect(lib.items[0]?.id).toBe(1);
    expect(lib.selectedId).toBe(1);
    expect(lib.next).toBe(`page:${PAGE_SIZE}`);
  });

  it('drops a page from the top that lands after End replaced the rows', async () => {
    const total = PAGE_SIZE * 10;
    const api = fakeApi(total);
    const lib = new Library(api);
    await lib.init();
    // The next page from the top is slow to come.
    const release = holdBack(api, 'listArticles');
    const more = lib.loadMore();
    const end = lib.moveToEnd();
    // The list asks for more as End begins (its near-end check runs again): not now.
    await lib.loadMore();
    await end;
    expect(lib.items.at(-1)?.id).toBe(total);
    release();
    await more;
    expect(api.listArticles).toHaveBeenCalledTimes(1);
    expect(lib.items).toHaveLength(PAGE_SIZE);
    expect(lib.items.at(-1)?.id).toBe(total);
    expect(lib.next).toBeNull();
  });

  it('lets Home cancel an End still on its way', async () => {
    const total = PAGE_SIZE * 10;
    const api = fakeApi(total);
    const lib = new Library(api);
    await lib.init();
    const release = holdBack(api, 'listArticlesBefore');
    const end = lib.moveToEnd();
    // A second End while the first is on its way asks for nothing more.
    await lib.moveToEnd();
    expect(api.listArticlesBefore).toHaveBeenCalledTimes(1);
    await lib.moveToStart();
    release();
    await end;
    expect(lib.items[0]?.id).toBe(1);
    expect(lib.previous).toBeNull();
    expect(lib.selectedId).toBe(1);
    expect(lib.searching).toBe(false);
  });

  it('moves to the last row without fetching when the whole list is loaded', async () => {
    const api = fakeApi(12);
    const lib = new Library(api);
    await lib.init();
    await lib.moveToEnd();
    expect(lib.selectedId).toBe(12);
    expect(api.calls).toEqual([null]);
    await lib.moveToStart();
    expect(lib.selectedId).toBe(1);
    expect(api.calls).toEqual([null]);
  });

  it('is empty only once the first page came back with nothing', async () => {
    const lib = new Library(fakeApi(0));
    expect(lib.empty).toBe(false);
    await lib.init();
    expect(lib.empty).toBe(true);
  });

  it('moves the selection with j/k, within bounds, and opens the article', async () => {
    const api = fakeApi(3);
    const lib = new Library(api);
    await lib.init();
    lib.move(1);
    expect(lib.selectedId).toBe(1);
    lib.move(1);
    lib.move(1);
    lib.move(1);
    expect(lib.selectedId).toBe(3);
    lib.move(-1);
    expect(lib.selectedId).toBe(2);
    await vi.waitFor(() => expect(lib.article?.id).toBe(2));
  });

  it('fetches the next page when the selection nears the end', async () => {
    const api = fakeApi(PAGE_SIZE + 5);
    const lib = new Library(api);
    await lib.init();
    await lib.select(PAGE_SIZE - 5);
    lib.move(1);
    await vi.waitFor(() => expect(lib.items).toHaveLength(PAGE_SIZE + 5));
  });

  it('shows the newest article after a paste import', async () => {
    const api = fakeApi(2);
    const lib = new Library(api);
    await lib.init();
    await expect(lib.importText('Title\n\nBody')).resolves.toBe(true);
    expect(api.importText).toHaveBeenCalledWith('Title\n\nBody', null);
    expect(lib.selectedId).toBe(1);
    expect(lib.article?.id).toBe(1);
    expect(lib.notice).toBeNull();
    expect(lib.error).toBeNull();
    expect(lib.importing).toBe(false);
  });

  it('says "Already in your library" and selects the existing article', async () => {
    const api = fakeApi(5);
    api.importText = vi.fn(async (): Promise<ImportOutcome> => ({ status: 'already_there', article_id: 4, title: 'Article 4' }));
    const lib = new Library(api);
    await lib.init();
    await lib.importText('same again');
    expect(lib.notice).toMatch(/^Already in your library/);
    expect(lib.selectedId).toBe(4);
    expect(lib.article?.id).toBe(4);
  });

  it('puts a failed import’s message in the error banner and keeps the text', async () => {
    const api = fakeApi(1);
    api.importText = vi.fn(() => Promise.reject({ code: 'invalid_input', message: 'The pasted text has no title.' } satisfies CommandError));
    const lib = new Library(api);
    await lib.init();
    await expect(lib.importText('???')).resolves.toBe(false);
    expect(lib.error).toBe('The pasted text has no title.');
    lib.dismissError();
    expect(lib.error).toBeNull();
  });

  it('imports a batch of files with progress and lists the failures', async () => {
    const api = fakeApi(1);
    const progress: Array<string | null> = [];
    api.importFile = vi.fn(async (f: File): Promise<ImportOutcome> => {
      progress.push(lib.progress);
      if (f.name === 'bad.pdf') throw { code: 'unsupported', message: 'bad.pdf: PDF files are not supported' };
      return { status: 'created', article_id: 1, title: f.name, warnings: [] };
    });
    const lib = new Library(api);
    await lib.init();
    await lib.importFiles([new File(['a'], 'a.html'), new File(['b'], 'bad.pdf'), new File(['c'], 'c.txt')]);
    expect(progress).toEqual(['Importing 1 of 3…', 'Importing 2 of 3…', 'Importing 3 of 3…']);
    expect(lib.progress).toBeNull();
    expect(lib.notice).toBe('Imported 2 of 3 files.');
    expect(lib.error).toBe('1 file could not be imported:\nbad.pdf: PDF files are not supported');
    expect(lib.selectedId).toBe(1);
  });

  it('saves a URL: marks it as saving meanwhile, names the URL in a failure', async () => {
    const api = fakeApi(3);
    const lib = new Library(api);
    await lib.init();
    const saving: boolean[] = [];
    api.importUrl = vi.fn(async (): Promise<ImportOutcome> => {
      saving.push(lib.savingUrl, lib.importing);
      return { status: 'created', article_id: 3, title: 'Article 3', warnings: [] };
    });
    await expect(lib.importUrl('https://example.com/a')).resolves.toBe(true);
    expect(saving).toEqual([true, true]);
    expect(lib.savingUrl).toBe(false);
    expect(lib.selectedId).toBe(3);
    expect(lib.notice).toBeNull();

    api.importUrl = vi.fn(() => Promise.reject({ code: 'network', message: 'connection refused' } satisfies CommandError));
    await expect(lib.importUrl('https://example.com/b')).resolves.toBe(false);
    expect(lib.error).toBe('Could not save https://example.com/b: connection refused');
    expect(lib.savingUrl).toBe(false);
    expect(lib.importing).toBe(false);
  });

  it('downloads an article’s missing photos, then shows them in the reader and its row', async () => {
    const api = fakeApi(3);
    const lib = new Library(api);
    await lib.init();
    await lib.select(2);
    const sha = 'ab'.repeat(32);
    const waiting: unknown[] = [];
    api.downloadMissingPhotos = vi.fn(async () => {
      waiting.push(lib.photoDownload);
      return { downloaded: 1, failed: [{ url: 'https://x.test/b.jpg', reason: 'download failed: HTTP 404' }] };
    });
    const stored = seedArticle({ id: 2 });
    stored.photos = [
      { ...stored.photos[0]!, id: 21, url: 'https://x.test/icon.png', sha256: 'cd'.repeat(32), has_thumbnail: true, width: 16, height: 16 },
      { ...stored.photos[0]!, id: 22, url: 'https://x.test/a.jpg', sha256: sha, has_thumbnail: true, width: 800, height: 600 },
    ];
    api.getArticle = vi.fn(async () => stored);

    const report = await lib.downloadMissingPhotos(2);
    expect(api.downloadMissingPhotos).toHaveBeenCalledWith(2);
    expect(waiting).toEqual([{ articleId: 2, report: null }]);
    expect(report?.downloaded).toBe(1);
    expect(lib.photoDownload).toEqual({ articleId: 2, report });
    expect(lib.article?.photos[1]?.sha256).toBe(sha);
    // The row's thumbnail is the first photo's that is not an icon.
    expect(lib.items.find((r) => r.id === 2)?.thumbnail).toBe(sha);
    expect(lib.items.find((r) => r.id === 1)?.thumbnail).toBe(summary(1).thumbnail);

    // Another article opened: the finished report is forgotten.
    await lib.select(1);
    expect(lib.photoDownload).toBeNull();

    // A download finishing after its article was left still gives its row the thumbnail,
    // and leaves the open article alone.
    const sha3 = 'ef'.repeat(32);
    const third = seedArticle({ id: 3 });
    third.photos = [{ ...third.photos[0]!, id: 31, sha256: sha3, has_thumbnail: true, width: 800, height: 600 }];
    api.getArticle = vi.fn(async (id: number) => (id === 3 ? third : seedArticle({ id })));
    api.downloadMissingPhotos = vi.fn(async () => ({ downloaded: 1, failed: [] }));
    const open = lib.article;
    await lib.downloadMissingPhotos(3);
    expect(lib.items.find((r) => r.id === 3)?.thumbnail).toBe(sha3);
    expect(lib.article).toBe(open);

    api.downloadMissingPhotos = vi.fn(() => Promise.reject({ code: 'storage', message: 'disk full' } satisfies CommandError));
    await expect(lib.downloadMissingPhotos(1)).resolves.toBeNull();
    expect(lib.error).toBe('Could not download the photos: disk full');
    expect(lib.photoDownload).toBeNull();
  });

  it('passes the opaque next token back as it is, with the same query', async () => {
    const api = fakeApi(PAGE_SIZE * 2 + 1);
    const lib = new Library(api);
    await lib.init();
    await lib.setFilter({ ...emptyQuery().filter, sites: ['Example'] });
    await lib.loadMore();
    await lib.loadMore();
    expect(api.calls.slice(-3)).toEqual([null, `page:${PAGE_SIZE}`, `page:${PAGE_SIZE * 2}`]);
    expect(api.queries.slice(-2).every((q) => q.filter.sites[0] === 'Example')).toBe(true);
    expect(lib.items).toHaveLength(PAGE_SIZE * 2 + 1);
    expect(lib.next).toBeNull();
  });

  it('searches as the user types, once typing pauses', async () => {
    vi.useFakeTimers();
    const api = fakeApi(3);
    const lib = new Library(api);
    await lib.init();
    lib.typeSearch('k');
    lib.typeSearch('ko');
    lib.typeSearch('kos');
    expect(lib.searchText).toBe('kos');
    expect(api.queries).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS + 5);
    expect(api.queries.map((q) => q.search)).toEqual(['', 'kos']);
  });

  it('asks for facets after the list, and not again when only the order changes', async () => {
    const api = fakeApi(3);
    const order: string[] = [];
    api.listArticles = vi.fn(async (): Promise<ArticlePage> => {
      order.push('list');
      return { items: [summary(1)], next: null };
    });
    api.getFacets = vi.fn(async () => {
      order.push('facets');
      return facets({ total: 1 });
    });
    const lib = new Library(api);
    await lib.init();
    await vi.waitFor(() => expect(lib.facets?.total).toBe(1));
    await lib.setSort('title');
    await lib.setQuery({ ...lib.query, search: 'x' });
    await vi.waitFor(() => expect(order).toEqual(['list', 'facets', 'list', 'list', 'facets']));
  });

  it('keeps the results and explains a search the backend cannot read', async () => {
    const api = fakeApi(3);
    const lib = new Library(api);
    await lib.init();
    api.listArticles = vi.fn(() =>
      Promise.reject({ code: 'invalid_query', message: 'A quote is not closed.' } satisfies CommandError),
    );
    await lib.setQuery({ ...lib.query, search: '"kosovo' });
    expect(lib.queryError).toBe('A quote is not closed.');
    expect(lib.error).toBeNull();
    expect(lib.items).toHaveLength(3);
  });

  it('selects with clicks: one, toggled, a range, and all matching as a query', async () => {
    const api = fakeApi(6);
    const lib = new Library(api);
    await lib.init();
    await vi.waitFor(() => expect(lib.facets?.total).toBe(6));
    lib.click(2);
    lib.click(4, { toggle: true });
    expect([1, 2, 3, 4].map((id) => lib.selection.has(id))).toEqual([false, true, false, true]);
    lib.click(6, { extend: true });
    expect(lib.selection.count(6)).toBe(4);
    lib.selectAll();
    lib.click(3, { toggle: true });
    expect(lib.selection.state).toMatchObject({ kind: 'all', query: lib.query });
    expect(lib.selection.count(lib.facets!.total)).toBe(5);
    lib.clearSelection();
    expect(lib.selection.count(6)).toBe(1);
  });
});
