/** Finding: the virtual list and its paging, search as you type, filters, selection, keys, the gallery. */
import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { clearMocks } from '@tauri-apps/api/mocks';
import type { ArticleSummary, CommandError, ListQuery } from './api';
import { facets, mockBackend, photo, seedArticle, summary } from './test/fixtures';
import App from './App.svelte';

afterEach(() => {
  clearMocks();
  localStorage.clear();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `n` rows (ids 1..n) served in pages cut by opaque tokens; `rows` may depend on the query. */
function libraryOf(n: number, options: { rows?: (q: ListQuery) => ArticleSummary[]; delay?: (q: ListQuery) => number } = {}) {
  const all = Array.from({ length: n }, (_, i) => summary(i + 1));
  return mockBackend(
    all.map((s) => seedArticle({ id: s.id, title: s.title })),
    {
      handle: async (cmd, args) => {
        if (cmd === 'list_articles_before') {
          const rows = options.rows?.(args.query as ListQuery) ?? all;
          const end = args.before ? Number(String(args.before).replace('up-', '')) : rows.length;
          const start = Math.max(0, end - (args.limit as number));
          return { items: rows.slice(start, end), next: start > 0 ? `up-${start}` : null };
        }
        if (cmd !== 'list_articles') return undefined;
        const query = args.query as ListQuery;
        const wait = options.delay?.(query) ?? 0;
        if (wait) await sleep(wait);
        if (query.search.startsWith('"')) {
          throw { code: 'invalid_query', message: 'A quote is not closed: add the closing " or remove it.' } satisfies CommandError;
        }
        const rows = options.rows?.(query) ?? all;
        const start = args.after ? Number(String(args.after).replace('tok-', '')) : 0;
        const limit = args.limit as number;
        return { items: rows.slice(start, start + limit), next: start + limit < rows.length ? `tok-${start + limit}` : null };
      },
    },
  );
}

const rows = () => screen.queryAllByTestId('article-row');
const titles = () => rows().map((r) => r.querySelector('.title')?.textContent);
const key = (k: string, init: KeyboardEventInit = {}) => fireEvent.keyDown(window, { key: k, ...init });

async function start(): Promise<void> {
  render(App);
  await waitFor(() => expect(rows().length).toBeGreaterThan(0));
}

describe('App: the article list', () => {
  it('renders only a window of a long list and fetches the next page by its token', async () => {
    const api = libraryOf(150);
    await start();
    expect(rows().length).toBeLessThan(60);
    const firstAfters = api.calls.filter(([c]) => c === 'list_articles').map(([, p]) => (p as { after: unknown }).after);
    expect(firstAfters).toEqual([null]);

    // End goes to the end of the whole list: its last page, fetched from the end.
    await key('End');
    await waitFor(() => expect(screen.getByTestId('reader-title').textContent).toBe('Article 150'));
    const befores = api.calls.filter(([c]) => c === 'list_articles_before').map(([, p]) => (p as { before: unknown }).before);
    expect(befores[0]).toBeNull();
    expect(api.calls.filter(([c]) => c === 'list_articles')).toHaveLength(1);
    await waitFor(() => expect(rows().some((r) => r.dataset.id === '150')).toBe(true));
    // Home goes back to the top.
    await key('Home');
    await waitFor(() => expect(screen.getByTestId('reader-title').textContent).toBe('Article 1'));
    expect(rows().some((r) => r.dataset.id === '1')).toBe(true);
  });

  it('moves with j/k and the arrows, Home and End; Enter opens, Esc goes back to the list', async () => {
    libraryOf(5);
    await start();
    await key('j');
    await waitFor(() => expect(screen.getByTestId('reader-title').textContent).toBe('Article 1'));
    await key('ArrowDown');
    await key('j');
    await waitFor(() => expect(screen.getByTestId('reader-title').textContent).toBe('Article 3'));
    await key('k');
    await waitFor(() => expect(screen.getByTestId('reader-title').textContent).toBe('Article 2'));
    await key('End');
    await waitFor(() => expect(screen.getByTestId('reader-title').textContent).toBe('Article 5'));
    await key('Home');
    await waitFor(() => expect(screen.getByTestId('reader-title').textContent).toBe('Article 1'));
    expect(rows().filter((r) => r.getAttribute('aria-selected') === 'true').map((r) => r.dataset.id)).toEqual(['1']);

    await key('Enter');
    const reader = document.querySelector<HTMLElement>('[data-reader]')!;
    expect(document.activeElement).toBe(reader);
    await fireEvent.keyDown(reader, { key: 'Escape' });
    expect(document.activeElement?.getAttribute('role')).toBe('listbox');
  });

  it('selects with clicks: Ctrl toggles, Shift extends, and the bar counts; select all is a query', async () => {
    libraryOf(8);
    await start();
    await fireEvent.click(rows()[1]!);
    await fireEvent.click(rows()[3]!, { ctrlKey: true });
    await fireEvent.click(rows()[5]!, { shiftKey: true });
    const selected = () => rows().filter((r) => r.getAttribute('aria-selected') === 'true').map((r) => r.dataset.id);
    expect(selected()).toEqual(['2', '4', '5', '6']);
    expect(screen.getByTestId('selection-count').textContent).toBe('4 selected');

    await waitFor(() => screen.getByTestId('select-all'));
    await fireEvent.click(screen.getByTestId('select-all'));
    expect(screen.getByTestId('selection-count').textContent).toBe('8 selected');
    await fireEvent.click(rows()[0]!, { metaKey: true });
    expect(screen.getByTestId('selection-count').textContent).toBe('7 selected');
    await fireEvent.click(screen.getByTestId('clear-selection'));
    expect(screen.queryByTestId('selection-bar')).toBeNull();
  });
});

describe('App: search', () => {
  it('searches as the user types, and only the latest query’s answer lands', async () => {
    const api = libraryOf(3, {
      rows: (q) => (q.search ? [{ ...summary(40), title: `Result for ${q.search}` }] : Array.from({ length: 3 }, (_, i) => summary(i + 1))),
      delay: (q) => (q.search === 'ko' ? 300 : 0),
    });
    await start();
    const box = screen.getByTestId('search-input');
    await fireEvent.input(box, { target: { value: 'k' } });
    await fireEvent.input(box, { target: { value: 'ko' } });
    await sleep(180);
    await fireEvent.input(box, { target: { value: 'kos' } });
    await waitFor(() => expect(titles()).toEqual(['Result for kos']));
    await sleep(300);
    expect(titles()).toEqual(['Result for kos']);
    expect(api.queries().map((q) => q.search)).toEqual(['', 'ko', 'kos']);
  });

  it('renders snippets as text, with the matched words marked', async () => {
    const hostile = 'before \uE000match\uE001 <img src=x onerror="window.__pwned=1"> after';
    libraryOf(1, { rows: () => [{ ...summary(1), title: '<b>Title</b>', snippet: hostile }] });
    await start();
    const snippet = screen.getByTestId('row-snippet');
    expect(snippet.textContent).toBe('before match <img src=x onerror="window.__pwned=1"> after');
    expect(snippet.querySelector('img')).toBeNull();
    expect(Array.from(snippet.querySelectorAll('mark')).map((m) => m.textContent)).toEqual(['match']);
    expect(titles()).toEqual(['<b>Title</b>']);
  });

  it('shows a search the backend cannot read under the box, keeping the results', async () => {
    libraryOf(3);
    await start();
    await fireEvent.input(screen.getByTestId('search-input'), { target: { value: '"kosovo' } });
    const error = await screen.findByTestId('search-error');
    expect(error.textContent).toContain('A quote is not closed');
    expect(rows()).toHaveLength(3);
    expect(screen.queryByTestId('error-banner')).toBeNull();
  });

  it('focuses the search with /, clears it with Esc, and leaves it with a second Esc', async () => {
    const api = libraryOf(3);
    await start();
    await key('/');
    const box = screen.getByTestId('search-input') as HTMLInputElement;
    expect(document.activeElement).toBe(box);
    await fireEvent.input(box, { target: { value: 'tram' } });
    await waitFor(() => expect(api.queries().at(-1)?.search).toBe('tram'));
    await fireEvent.keyDown(box, { key: 'Escape' });
    expect(box.value).toBe('');
    await waitFor(() => expect(api.queries().at(-1)?.search).toBe(''));
    await fireEvent.keyDown(box, { key: 'Escape' });
    expect(document.activeElement?.getAttribute('role')).toBe('listbox');
  });

  it('sends the chosen order', async () => {
    const api = libraryOf(3);
    await start();
    await fireEvent.change(screen.getByTestId('sort'), { target: { value: 'published' } });
    await waitFor(() => expect(api.queries().at(-1)?.sort).toBe('published'));
  });

  it('offers "Relevance" only while searching; before that the order shown is newest capture', async () => {
    const api = libraryOf(3);
    await start();
    const menu = screen.getByTestId('sort') as HTMLSelectElement;
    const labels = () => [...menu.options].map((o) => o.textContent);
    expect(labels()).not.toContain('Relevance');
    expect(menu.selectedOptions[0]?.textContent).toBe('Captured');
    expect(api.queries().at(-1)?.sort).toBe('relevance');
    await fireEvent.input(screen.getByTestId('search-input'), { target: { value: 'tram' } });
    await waitFor(() => expect(labels()).toContain('Relevance'));
    expect(menu.selectedOptions[0]?.textContent).toBe('Relevance');
  });
});

describe('App: filters', () => {
  it('marks the counts as the previous query\'s while newer ones are being made', async () => {
    let release: () => void = () => {};
    mockBackend([seedArticle({ id: 1 }), seedArticle({ id: 2 })], {
      handle: async (cmd, args) => {
        if (cmd !== 'get_facets') return undefined;
        const query = args.query as ListQuery;
        if (query.search === '') return facets({ total: 2, with_photos: 1 });
        // A search's counts take their time.
        await new Promise<void>((done) => (release = done));
        return facets({ total: 1, with_photos: 0 });
      },
    });
    render(App);
    const panel = await screen.findByTestId('facets');
    await waitFor(() => expect(screen.getByTestId('result-count').textContent).toContain('2 articles'));
    expect(panel.getAttribute('aria-busy')).toBe('false');
    expect(panel.classList.contains('counting')).toBe(false);

    await fireEvent.input(screen.getByTestId('search-input'), { target: { value: 'tram' } });
    await waitFor(() => expect(panel.classList.contains('counting')).toBe(true));
    expect(panel.getAttribute('aria-busy')).toBe('true');
    expect(screen.getByTestId('result-count').classList.contains('counting')).toBe(true);
    expect(screen.getByTestId('result-count').textContent).toContain('2 articles');

    release();
    await waitFor(() => expect(screen.getByTestId('result-count').textContent).toContain('1 article'));
    expect(panel.classList.contains('counting')).toBe(false);
    expect(panel.getAttribute('aria-busy')).toBe('false');
    expect(screen.getByTestId('result-count').classList.contains('counting')).toBe(false);
  });

  it('shows the facet counts beside each value, tags as a tree', async () => {
    const counts = facets({
      total: 4,
      sites: [{ value: 'Harbour Times', label: 'Harbour Times', count: 3, colour: null }],
      tags: [
        { value: 'Balkans', label: 'Balkans', count: 2, colour: '#c0392b' },
        { value: 'Balkans/Kosovo', label: 'Balkans/Kosovo', count: 1, colour: null },
      ],
      with_photos: 2,
    });
    mockBackend([seedArticle({ id: 1 }), seedArticle({ id: 2 })], {
      handle: (cmd) => (cmd === 'get_facets' ? counts : undefined),
    });
    render(App);
    const sites = await screen.findByTestId('facet-sites');
    expect(within(sites).getByTestId('facet-count').textContent).toBe('3');
    const tags = screen.getByTestId('facet-tags');
    expect(within(tags).getAllByTestId('facet-value').map((b) => b.dataset.value)).toEqual(['Balkans', 'Balkans/Kosovo']);
    // A tag's colour comes with its facet, even before any row carrying it has loaded.
    const dot = within(tags).getAllByTestId('facet-value')[0]!.querySelector('.dot') as HTMLElement | null;
    expect(dot?.style.background).toBe('rgb(192, 57, 43)');
    expect(within(tags).getAllByTestId('facet-count').map((c) => c.textContent)).toEqual(['2', '1']);
    expect(within(screen.getByTestId('filter-has-photos')).getByTestId('facet-count').textContent).toBe('2');
    expect(screen.getByTestId('result-count').textContent).toContain('4 articles');
  });

  it('bounds the captured date from the sidebar, and says how to write a date it cannot read', async () => {
    const api = mockBackend([seedArticle({ id: 1 })]);
    render(App);
    const from = await screen.findByTestId('captured-from');
    await fireEvent.change(from, { target: { value: 'last week' } });
    expect(within(screen.getByTestId('facet-captured')).getByText(/Write a date as YYYY/)).toBeTruthy();
    expect(api.queries().every((q) => q.filter.captured_from === undefined)).toBe(true);
    await fireEvent.change(from, { target: { value: '2024-05' } });
    await fireEvent.change(screen.getByTestId('captured-to'), { target: { value: '2024-06-30' } });
    await waitFor(() => expect(api.queries().at(-1)?.filter).toMatchObject({ captured_from: '2024-05', captured_to: '2024-06-30' }));
    expect(api.queries().at(-1)?.filter.published_from).toBeUndefined();
    const chips = screen.getAllByTestId('filter-chip').map((c) => c.querySelector('.label')?.textContent);
    expect(chips).toEqual(['Captured from 2024-05', 'Captured until 2024-06-30']);
  });

  it('combines filter choices into the ListQuery sent, shows chips, removes one and clears all', async () => {
    const counts = facets({
      total: 2,
      sites: [{ value: 'Harbour Times', label: 'Harbour Times', count: 2, colour: null }],
      tags: [{ value: 'Balkans/Kosovo', label: 'Balkans/Kosovo', count: 1, colour: null }],
      published_years: [{ value: '2022', label: '2022', count: 2, colour: null }],
      collections: [{ value: '7', label: 'Border', count: 2, colour: null }],
      with_photos: 1,
    });
    const api = mockBackend([seedArticle({ id: 1 }), seedArticle({ id: 2 })], {
      handle: (cmd) => (cmd === 'get_facets' ? counts : undefined),
    });
    render(App);
    const value = async (group: string, v: string) =>
      within(await screen.findByTestId(`facet-${group}`))
        .getAllByTestId('facet-value')
        .find((b) => b.dataset.value === v)!;

    await fireEvent.click(await value('sites', 'Harbour Times'));
    await fireEvent.click(await value('tags', 'Balkans/Kosovo'));
    await fireEvent.click(await value('published', '2022'));
    await fireEvent.click(await value('collections', '7'));
    await fireEvent.click(screen.getByTestId('filter-has-photos'));

    await waitFor(() =>
      expect(api.queries().at(-1)?.filter).toEqual({
        tags: ['Balkans/Kosovo'],
        sites: ['Harbour Times'],
        sections: [],
        genres: [],
        languages: [],
        published_from: '2022',
        published_to: '2022',
        collection: 7,
        has_photos: true,
      }),
    );
    const chips = screen.getAllByTestId('filter-chip').map((c) => c.querySelector('.label')?.textContent);
    expect(chips).toEqual(['Site: Harbour Times', 'Tag: Balkans/Kosovo', 'Published in 2022', 'With photos', 'Collection: Border']);

    await fireEvent.click(screen.getByLabelText('Remove filter Site: Harbour Times'));
    await waitFor(() => expect(api.queries().at(-1)?.filter.sites).toEqual([]));
    expect(api.queries().at(-1)?.filter.tags).toEqual(['Balkans/Kosovo']);

    await fireEvent.click(screen.getByTestId('clear-filters'));
    await waitFor(() => expect(api.queries().at(-1)?.filter).toEqual({ tags: [], sites: [], sections: [], genres: [], languages: [] }));
    expect(screen.queryByTestId('filter-chips')).toBeNull();
  });
});

describe('App: photo gallery', () => {
  it('pages by token, opens a photo large, moves with the arrows and opens its article', async () => {
    const photos = Array.from({ length: 8 }, (_, i) => photo(i + 1, { article_id: 1, caption: `Caption ${i + 1}` }));
    photos[2] = { ...photos[2]!, sha256: null, has_thumbnail: false };
    photos[3] = { ...photos[3]!, downloaded_at: '2024-06-01T09:30:00Z' };
    const api = mockBackend([seedArticle({ id: 1, title: 'The photo’s article' })], {
      handle: (cmd, args) => {
        if (cmd !== 'list_photos') return undefined;
        const start = args.after ? Number(String(args.after).slice(2)) : 0;
        return { items: photos.slice(start, start + 4), next: start + 4 < photos.length ? `p-${start + 4}` : null };
      },
    });
    await start();
    await fireEvent.click(screen.getByTestId('view-photos'));
    await waitFor(() => expect(screen.getAllByTestId('photo-tile').length).toBeGreaterThanOrEqual(4));
    // The grid is short: the next page is fetched at once, by its token.
    await waitFor(() => expect(screen.getAllByTestId('photo-tile')).toHaveLength(8));
    const afters = api.calls.filter(([c]) => c === 'list_photos').map(([, p]) => (p as { after: unknown }).after);
    expect(afters).toEqual([null, 'p-4']);
    // The gallery is always newest photo first: the bar says so, with no sort menu.
    expect(screen.getByTestId('fixed-order').textContent).toBe('Newest photos first');
    expect(screen.queryByTestId('sort')).toBeNull();
    expect(screen.getAllByTestId('photo-missing')).toHaveLength(1);
    // Its address is known, its bytes were never fetched: the tile says so, the tooltip in full.
    expect(screen.getByTestId('photo-missing').textContent).toBe('Image not downloaded');
    expect(screen.getByTestId('photo-missing').getAttribute('title')).toBe('Photo: image not downloaded');
    expect(screen.getAllByTestId('tile-caption')[2]!.textContent).toBe('Caption 3');

    await fireEvent.click(screen.getAllByTestId('photo-tile')[1]!.querySelector('button')!);
    const box = await screen.findByTestId('lightbox');
    expect(within(box).getByTestId('lightbox-caption').textContent).toBe('Caption 2');
    expect(within(box).getByTestId('lightbox-credit').textContent).toBe('Reuters');
    expect(within(box).getByTestId('lightbox-image').getAttribute('src')).toContain('photo%2F');
    // Where the image came from: its size and type, fingerprint and address.
    const provenance = within(box).getByTestId('lightbox-provenance').textContent ?? '';
    expect(provenance).toContain('800 × 600 · JPEG · 245 KB');
    expect(within(box).getByTestId('lightbox-sha256').textContent).toBe('ab'.repeat(32));
    // Stored with its capture: no later download to tell of.
    expect(within(box).queryByTestId('lightbox-downloaded')).toBeNull();
    await fireEvent.click(within(box).getByTestId('lightbox-url'));
    await waitFor(() => expect(api.calls.some(([c, p]) => c === 'open_link' && (p as { url: string }).url === 'https://example.com/photos/2.jpg')).toBe(true));
    await key('ArrowRight');
    expect(screen.getByTestId('lightbox-caption').textContent).toBe('Caption 3');
    expect(screen.queryByTestId('lightbox-image')).toBeNull();
    expect(screen.getByTestId('lightbox-missing').textContent).toBe('Photo: image not downloaded');
    expect(screen.queryByTestId('lightbox-sha256')).toBeNull();
    await key('ArrowRight');
    // Downloaded after the capture, at the user's request: said, with the time.
    expect(screen.getByTestId('lightbox-downloaded').textContent).toMatch(
      /^June 1, 2024 at \d\d:30 [AP]M, after the capture: the image may differ from what the page showed$/,
    );
    await key('ArrowLeft');
    await key('ArrowLeft');
    expect(screen.getByTestId('lightbox-caption').textContent).toBe('Caption 2');
    await key('Escape');
    expect(screen.queryByTestId('lightbox')).toBeNull();

    await fireEvent.click(screen.getAllByTestId('photo-tile')[0]!.querySelector('button')!);
    await fireEvent.click(await screen.findByTestId('lightbox-article'));
    await waitFor(() => expect(screen.getByTestId('reader-title').textContent).toBe('The photo’s article'));
  });

  it('moves the focus between tiles with the arrow keys, as the tiles are laid out', async () => {
    const photos = Array.from({ length: 8 }, (_, i) => photo(i + 1, { article_id: 1, caption: `Caption ${i + 1}` }));
    mockBackend([seedArticle()], {
      handle: (cmd) => (cmd === 'list_photos' ? { items: photos, next: null } : undefined),
    });
    await start();
    await fireEvent.click(screen.getByTestId('view-photos'));
    await waitFor(() => expect(screen.getAllByTestId('photo-tile')).toHaveLength(8));
    const button = (i: number): HTMLElement => screen.getAllByTestId('photo-tile')[i]!.querySelector('button')!;
    const focused = (): string | undefined =>
      (document.activeElement?.closest('[data-index]') as HTMLElement | null)?.dataset.index;
    const press = async (k: string): Promise<void> => {
      await fireEvent.keyDown(document.activeElement!, { key: k });
      await waitFor(() => expect(document.activeElement?.tagName).toBe('BUTTON'));
    };
    button(0).focus();
    await press('ArrowRight');
    await waitFor(() => expect(focused()).toBe('1'));
    // Five tiles a row at the test's default width: down moves by a row.
    await press('ArrowDown');
    await waitFor(() => expect(focused()).toBe('6'));
    await press('End');
    await waitFor(() => expect(focused()).toBe('7'));
    await press('Home');
    await waitFor(() => expect(focused()).toBe('0'));
    await press('ArrowUp');
    expect(focused()).toBe('0');
    expect(screen.queryByTestId('lightbox')).toBeNull();
  });

  it('filters by credit as the user types', async () => {
    const api = mockBackend([seedArticle()]);
    await start();
    await fireEvent.click(screen.getByTestId('view-photos'));
    await fireEvent.input(await screen.findByTestId('credit-input'), { target: { value: 'Reuters' } });
    await waitFor(() => {
      const last = api.calls.filter(([c]) => c === 'list_photos').at(-1)?.[1] as { query: ListQuery } | undefined;
      expect(last?.query.filter.credit).toBe('Reuters');
    });
    expect(screen.getByTestId('filter-chip').textContent).toContain('Credit: Reuters');
  });
});

describe('App: reader settings', () => {
  it('changes text size, measure and theme, and remembers them', async () => {
    mockBackend([seedArticle()]);
    await start();
    await key('j');
    await screen.findByTestId('reader-title');
    const page = () => document.querySelector<HTMLElement>('article.page')!;
    const before = page().style.getPropertyValue('--read-size');
    await fireEvent.click(screen.getByTestId('text-larger'));
    expect(page().style.getPropertyValue('--read-size')).not.toBe(before);
    await fireEvent.click(screen.getByTestId('measure-wide'));
    expect(page().style.getPropertyValue('--measure')).toBe('84ch');
    await fireEvent.click(screen.getByTestId('theme-toggle'));
    expect(document.documentElement.dataset.theme).toBe('light');
    expect(JSON.parse(localStorage.getItem('cuttings.reader')!)).toMatchObject({ theme: 'light', measure: 'wide', size: 3 });
    expect(screen.getByTestId('reader-captured').textContent).toMatch(/^Captured/);
  });
});
