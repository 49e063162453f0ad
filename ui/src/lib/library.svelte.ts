/**
 * The library as the screens see it: the query (search, filters, sort) and its facets, the
 * list (paged by the backend's opaque `next` token), the selection, the open article, and
 * what to tell the reader (errors, notices, import progress).
 */
import * as realApi from '../api';
import type {
  Article,
  ArticleSummary,
  BatchProgress,
  BatchReport,
  CommandError,
  Facets,
  Filter,
  ImportOutcome,
  LibraryInfo,
  PhotoDownloads,
  ListQuery,
  PickKind,
  SortOrder,
  Unlisten,
} from '../api';
import { firstNewArticle, type BatchView } from './batch';
import { importBatch, reportFor, warningsOf, type BatchResult } from './importer';
import { isFiltered, patchFilter, queryKey } from './query';
import { Selection } from './selection.svelte';

/** The slice of the api module the library uses (tests pass a fake). */
export type LibraryApi = Pick<
  typeof realApi,
  | 'libraryInfo'
  | 'listArticles'
  | 'listArticlesBefore'
  | 'getFacets'
  | 'getArticle'
  | 'importText'
  | 'importFile'
  | 'importUrl'
  | 'downloadMissingPhotos'
>;

/** The backend's batch imports (native pickers and drops), reported through events. */
export type BatchApi = Pick<typeof realApi, 'listen' | 'chooseAndImport' | 'importLinks' | 'cancelImport'>;

export const PAGE_SIZE = 100;
/** A photo with a side under this many pixels is an icon, never a row's thumbnail (`ICON_SIDE` in the core). */
const ICON_SIDE = 32;
/** Start fetching the next page when the selection is this close to the end. */
const PREFETCH_ROWS = 10;
/** How long typing in the search (or credit) box waits before asking the backend. */
export const SEARCH_DEBOUNCE_MS = 120;

function messageOf(reason: unknown): string {
  return realApi.toCommandError(reason).message;
}

export class Library {
  info = $state.raw<LibraryInfo | null>(null);
  /** What the list shows; changed through {@link setQuery} and friends. */
  query = $state.raw<ListQuery>(realApi.emptyQuery());
  /** The search box's text (ahead of `query.search` while the user types). */
  searchText = $state('');
  /** The gallery's credit box's text (ahead of `query.filter.credit`). */
  creditText = $state('');
  /** Why the backend could not read the search (`invalid_query`); the old results stay. */
  queryError = $state<string | null>(null);
  facets = $state.raw<Facets | null>(null);
  /** Counts for a newer query are on their way: the ones shown belong to the previous one. */
  facetsPending = $state(false);
  /** Colours of the tags seen so far, by path (facets carry no colours). */
  tagColours = $state.raw<ReadonlyMap<string, string>>(new Map());
  /**
   * The loaded rows: a window of the list, from its top unless the End key jumped to its
   * bottom (then {@link previous} fetches what lies above).
   */
  items = $state.raw<ArticleSummary[]>([]);
  next = $state.raw<string | null>(null);
  /** Token of the rows above the window; null when it starts at the top of the list. */
  previous = $state.raw<string | null>(null);
  loadingBefore = $state(false);
  /** The last change to `items` added rows above (the list keeps its place from the end). */
  prepended = $state(false);
  /** True until the first page has arrived (or failed). */
  loadingFirst = $state(true);
  /** Counts first pages that landed (the list scrolls back to the top on each). */
  listVersion = $state(0);
  /** A new query is on its way (the previous results stay in view meanwhile). */
  searching = $state(false);
  loadingMore = $state(false);
  /** The row with the cursor: the open article. */
  selectedId = $state<number | null>(null);
  /** The rows selected for bulk actions (the open one included). */
  readonly selection = new Selection();
  article = $state.raw<Article | null>(null);
  articleLoading = $state(false);
  error = $state<string | null>(null);
  notice = $state<string | null>(null);
  /** "Importing 2 of 5…" while a batch runs. */
  progress = $state<string | null>(null);
  importing = $state(false);
  /** The running import is a URL being fetched (the URL box says "Saving…"). */
  savingUrl = $state(false);
  /**
   * Downloading the missing images of an article's photos: under way (no report yet) or
   * done, until another article is opened.
   */
  photoDownload = $state.raw<{ articleId: number; report: PhotoDownloads | null } | null>(null);
  /** The backend's current or last batch import, until its summary is dismissed. */
  batch = $state.raw<BatchView | null>(null);

  /** A batch is under way (its report has not arrived). */
  readonly batchRunning = $derived(this.batch !== null && this.batch.report === null);

  /** The library has nothing in it: show the welcome screen. */
  readonly empty = $derived(
    !this.loadingFirst && this.items.length === 0 && this.next === null && !isFiltered(this.query),
  );

  #api: LibraryApi;
  #batchApi: BatchApi;
  #articleToken = 0;
  #listToken = 0;
  #facetToken = 0;
  /** The query (without its sort) the facets were counted for. */
  #facetKey: string | null = null;
  #typing: ReturnType<typeof setTimeout> | null = null;
  /** The query whose results are shown (an unreadable search falls back to it). */
  #shown: ListQuery = realApi.emptyQuery();
  #init: Promise<void> | null = null;
  /** The welcome screen already gave way to the list during this batch. */
  #shownDuringBatch = false;

  constructor(api: LibraryApi = realApi, batchApi: BatchApi = realApi) {
    this.#api = api;
    this.#batchApi = batchApi;
  }

  /** Loads the library's facts and the first page; asked again, the same promise. */
  init(): Promise<void> {
    this.#init ??= Promise.all([this.refreshInfo(), this.reload()]).then(() => {});
    return this.#init;
  }

  async refreshInfo(): Promise<void> {
    try {
      this.info = await this.#api.libraryInfo();
    } catch (reason) {
      this.error = `Could not open the library: ${messageOf(reason)}`;
    }
  }

  /**
   * Shows `query`: the first page of its list, then its facets. Only the latest query's
   * answer lands; an unreadable search keeps the previous results and says why.
   */
  async setQuery(query: ListQuery): Promise<void> {
    this.#cancelTyping();
    this.searchText = query.search;
    this.creditText = query.filter.credit ?? '';
    if (queryKey(query) === queryKey(this.query) && !this.queryError) return;
    const filterChanged = queryKey(query, { withSort: false }) !== queryKey(this.query, { withSort: false });
    this.query = query;
    if (filterChanged) this.#keepSelection();
    await this.reload();
  }

  /** Replaces the filter (keeping what was typed in the search box). */
  setFilter(filter: Filter): Promise<void> {
    return this.setQuery({ ...this.query, search: this.searchText, filter });
  }

  setSort(sort: SortOrder): Promise<void> {
    return this.setQuery({ ...this.query, search: this.searchText, sort });
  }

  /** Search-as-you-type: the query follows the box once typing pauses. */
  typeSearch(text: string): void {
    this.searchText = text;
    this.#scheduleTyped();
  }

  /** The gallery's credit box: sets `filter.credit` once typing pauses. */
  typeCredit(text: string): void {
    this.creditText = text;
    this.#scheduleTyped();
  }

  /** Empties the search box and shows the unsearched list at once. */
  clearSearch(): Promise<void> {
    this.searchText = '';
    return this.#commitTyped();
  }

  /** Loads the first page again (after an import the newest capture is on top). */
  async reload({ facets = false }: { facets?: boolean } = {}): Promise<void> {
    const token = ++this.#listToken;
    const query = this.query;
    if (!this.loadingFirst) this.searching = true;
    let listed = false;
    try {
      if (this.loadingFirst) performance.mark('list-asked');
      const page = await this.#api.listArticles(query, null, PAGE_SIZE);
      if (this.loadingFirst) performance.mark('list-received');
      if (token !== this.#listToken) return;
      this.prepended = false;
      this.items = page.items;
      this.next = page.next;
      this.previous = null;
      this.queryError = null;
      this.#shown = query;
      this.listVersion += 1;
      this.#rememberColours(page.items);
      listed = true;
    } catch (reason) {
      if (token !== this.#listToken) return;
      const error = realApi.toCommandError(reason);
      if (error.code === 'invalid_query') {
        // The results (and chips, facets, "select all") stay those of the last good query;
        // the box keeps what was typed.
        this.queryError = error.message;
        this.query = this.#shown;
      } else this.error = `Could not list the library: ${error.message}`;
    } finally {
      if (token === this.#listToken) {
        this.loadingFirst = false;
        this.searching = false;
      }
    }
    // Facets come after the list, so counting never delays the rows.
    if (listed) void this.#loadFacets(query, facets);
  }

  async #loadFacets(query: ListQuery, force: boolean): Promise<void> {
    const key = queryKey(query, { withSort: false });
    if (!force && key === this.#facetKey) return;
    const token = ++this.#facetToken;
    this.facetsPending = true;
    // The first counts wait for the list to be on screen: they come back in a millisecond
    // (the whole library's are kept between sessions), and drawing the sidebar's hundreds
    // of values in the same frame would hold the first screen back.
    if (this.facets === null) await afterNextPaint();
    try {
      const facets = await this.#api.getFacets(query);
      // The start-up benchmark's mark, for the first facets only.
      if (this.facets === null) performance.mark('facets-received');
      if (token !== this.#facetToken) return;
      this.facets = facets;
      this.#facetKey = key;
    } catch {
      // The filters keep their previous counts; the list itself is fine.
      if (token === this.#facetToken) this.#facetKey = null;
    } finally {
      if (token === this.#facetToken) this.facetsPending = false;
    }
  }

  async loadMore(): Promise<void> {
    const after = this.next;
    // Not while a query or a jump replaces the rows: the token would belong to the old ones.
    if (!after || this.loadingMore || this.loadingFirst || this.searching) return;
    this.loadingMore = true;
    const token = this.#listToken;
    const query = this.query;
    try {
      const page = await this.#api.listArticles(query, after, PAGE_SIZE);
      if (token !== this.#listToken) return;
      const seen = new Set(this.items.map((i) => i.id));
      this.prepended = false;
      this.items = [...this.items, ...page.items.filter((i) => !seen.has(i.id))];
      this.next = page.next;
      this.#rememberColours(page.items);
    } catch (reason) {
      if (token === this.#listToken) this.error = `Could not load more articles: ${messageOf(reason)}`;
    } finally {
      this.loadingMore = false;
    }
  }

  /** After the End key: fetches the page above the window as the user scrolls up. */
  async loadBefore(): Promise<void> {
    const before = this.previous;
    if (!before || this.loadingBefore || this.loadingFirst || this.searching) return;
    this.loadingBefore = true;
    const token = this.#listToken;
    const query = this.query;
    try {
      const page = await this.#api.listArticlesBefore(query, before, PAGE_SIZE);
      if (token !== this.#listToken) return;
      const seen = new Set(this.items.map((i) => i.id));
      this.prepended = true;
      this.items = [...page.items.filter((i) => !seen.has(i.id)), ...this.items];
      this.previous = page.next;
      this.#rememberColours(page.items);
    } catch (reason) {
      if (token === this.#listToken) this.error = `Could not load more articles: ${messageOf(reason)}`;
    } finally {
      this.loadingBefore = false;
    }
  }

  /**
   * End: the cursor to the last row of the whole list. When rows below the window are not
   * loaded, the window is replaced by the list's last page (fetched from the end, not by
   * walking there), and rows above it load as the user scrolls up. With `extend` the
   * selection can only grow over loaded rows, so it stops at the last of them.
   */
  async moveToEnd({ extend = false } = {}): Promise<void> {
    if (this.next === null || extend) {
      this.moveTo(this.items.length - 1, { extend });
      return;
    }
    // A query still landing comes first (its rows, facets and errors are its own).
    if (this.searching || this.loadingFirst) return;
    const token = ++this.#listToken;
    const query = this.query;
    // Like a new query: pages already on their way are dropped (their token is old), and
    // none starts until the end's page has replaced the rows.
    this.searching = true;
    try {
      const page = await this.#api.listArticlesBefore(query, null, PAGE_SIZE);
      if (token !== this.#listToken) return;
      this.prepended = false;
      this.items = page.items;
      this.next = null;
      this.previous = page.next;
      this.#rememberColours(page.items);
      this.moveTo(this.items.length - 1);
    } catch (reason) {
      if (token === this.#listToken) this.error = `Could not go to the end of the list: ${messageOf(reason)}`;
    } finally {
      if (token === this.#listToken) this.searching = false;
    }
  }

  /**
   * Home: the cursor to the first row. After a jump to the end (or during one, which it
   * cancels) the top is fetched again.
   */
  async moveToStart({ extend = false } = {}): Promise<void> {
    if ((this.previous !== null || this.searching) && !extend) await this.reload();
    this.moveTo(0, { extend });
  }

  /**
   * A click on a row: plain opens it and selects it alone, `toggle` (Ctrl/Cmd) adds or
   * removes it, `extend` (Shift) selects the range from the last clicked row.
   */
  click(id: number, { toggle = false, extend = false } = {}): void {
    if (extend) {
      this.selection.extendTo(
        id,
        this.items.map((i) => i.id),
      );
      void this.#open(id);
    } else if (toggle) {
      this.selection.toggle(id);
      if (this.selection.has(id)) void this.#open(id);
    } else {
      void this.select(id);
    }
  }

  /** Selects every article matching the query (without loading them). */
  selectAll(): void {
    this.selection.all(this.query);
  }

  /** Back to one selected row: the open one. */
  clearSelection(): void {
    if (this.selectedId !== null) this.selection.only(this.selectedId);
    else this.selection.clear();
  }

  /** Opens the article `id` and selects it alone. */
  async select(id: number): Promise<void> {
    this.selection.only(id);
    await this.#open(id);
  }

  async #open(id: number): Promise<void> {
    this.selectedId = id;
    if (this.article?.id === id) return;
    if (this.photoDownload?.report && this.photoDownload.articleId !== id) this.photoDownload = null;
    const token = ++this.#articleToken;
    this.articleLoading = true;
    try {
      const article = await this.#api.getArticle(id);
      if (token === this.#articleToken) this.article = article;
    } catch (reason) {
      if (token === this.#articleToken) {
        this.article = null;
        this.error = `Could not open the article: ${messageOf(reason)}`;
      }
    } finally {
      if (token === this.#articleToken) this.articleLoading = false;
    }
  }

  /**
   * Downloads the missing images of article `id`'s photos, then shows what is stored now:
   * the open article again, and its row's thumbnail. Resolves to what happened, or null
   * when the backend failed (then `error` says why).
   */
  async downloadMissingPhotos(id: number): Promise<PhotoDownloads | null> {
    if (this.photoDownload?.articleId === id && this.photoDownload.report === null) return null;
    this.photoDownload = { articleId: id, report: null };
    try {
      const report = await this.#api.downloadMissingPhotos(id);
      if (this.photoDownload?.articleId === id) this.photoDownload = { articleId: id, report };
      if (report.downloaded > 0) await this.#refreshArticle(id);
      return report;
    } catch (reason) {
      if (this.photoDownload?.articleId === id) this.photoDownload = null;
      this.error = `Could not download the photos: ${messageOf(reason)}`;
      return null;
    }
  }

  /**
   * Reads article `id` again: the reader shows it anew if it is still open, and its row
   * (if loaded) gets the thumbnail it has now, open or not.
   */
  async #refreshArticle(id: number): Promise<void> {
    const open = this.article?.id === id;
    if (!open && !this.items.some((row) => row.id === id)) return;
    const token = open ? ++this.#articleToken : this.#articleToken;
    const article = await this.#api.getArticle(id);
    if (open && token === this.#articleToken && this.article?.id === id) this.article = article;
    // The backend's rule for a row's thumbnail: its first photo's that is not an icon.
    const first = article.photos.find(
      (p) => p.sha256 && p.has_thumbnail && (p.width ?? ICON_SIDE) >= ICON_SIDE && (p.height ?? ICON_SIDE) >= ICON_SIDE,
    );
    if (first?.sha256) {
      const thumbnail = first.sha256;
      this.items = this.items.map((row) => (row.id === id ? { ...row, thumbnail } : row));
    }
  }

  /** Where the cursor is in the loaded rows (-1 when none is open). */
  get cursorIndex(): number {
    return this.items.findIndex((i) => i.id === this.selectedId);
  }

  /**
   * Moves the cursor by `delta` rows (j/k), fetching the next page near the end. With
   * `extend` (Shift) the selection grows to the new row instead of following it.
   */
  move(delta: number, { extend = false } = {}): void {
    if (this.items.length === 0) return;
    const at = this.cursorIndex;
    this.moveTo(at < 0 ? 0 : at + delta, { extend });
  }

  /** Moves the cursor to row `index` of the loaded rows (Home: 0, End: the last). */
  moveTo(index: number, { extend = false } = {}): void {
    if (this.items.length === 0) return;
    const target = Math.min(Math.max(index, 0), this.items.length - 1);
    const row = this.items[target];
    if (row && row.id !== this.selectedId) {
      if (extend) this.click(row.id, { extend: true });
      else void this.select(row.id);
    }
    if (target >= this.items.length - PREFETCH_ROWS) void this.loadMore();
  }

  #scheduleTyped(): void {
    this.#cancelTyping();
    this.#typing = setTimeout(() => void this.#commitTyped(), SEARCH_DEBOUNCE_MS);
  }

  #cancelTyping(): void {
    if (this.#typing !== null) clearTimeout(this.#typing);
    this.#typing = null;
  }

  #commitTyped(): Promise<void> {
    const credit = this.creditText.trim();
    return this.setQuery({
      ...this.query,
      search: this.searchText,
      filter: patchFilter(this.query.filter, { credit: credit || undefined }),
    });
  }

  /** A new query: a many-row selection no longer means the same rows. */
  #keepSelection(): void {
    if (this.selection.isMany(null) || this.selection.state.kind === 'all') this.clearSelection();
  }

  #rememberColours(items: readonly ArticleSummary[]): void {
    let added: Map<string, string> | null = null;
    for (const item of items) {
      for (const tag of item.tags ?? []) {
        if (tag.colour && this.tagColours.get(tag.path) !== tag.colour) {
          added ??= new Map(this.tagColours);
          added.set(tag.path, tag.colour);
        }
      }
    }
    if (added) this.tagColours = added;
  }

  dismissError(): void {
    this.error = null;
  }

  dismissNotice(): void {
    this.notice = null;
  }

  /**
   * Imports pasted text, with the HTML the browser copied beside it (or null). Resolves true
   * when it was stored (or already there).
   */
  async importText(text: string, html: string | null = null): Promise<boolean> {
    if (this.importing || text.trim() === '') return false;
    this.#startImport();
    try {
      const outcome = await this.#api.importText(text, html);
      await this.#finish({ imported: [{ name: 'Pasted text', outcome }], failed: [] });
      return true;
    } catch (reason) {
      await this.#finish({ imported: [], failed: [{ name: 'Pasted text', error: realApi.toCommandError(reason) }] });
      return false;
    }
  }

  /**
   * Fetches and stores a web page (`url` already checked by `checkUrl`). Resolves true when
   * it was stored (or already there); on failure the error names the URL and the caller
   * keeps it in its field.
   */
  async importUrl(url: string): Promise<boolean> {
    if (this.importing || url.trim() === '') return false;
    this.#startImport();
    this.savingUrl = true;
    try {
      const outcome = await this.#api.importUrl(url);
      await this.#finish({ imported: [{ name: url, outcome }], failed: [] });
      // A warning (no article text found) says more than these; #finish has shown it.
      if (warningsOf(outcome).length > 0) return true;
      if (outcome.status === 'already_there') this.notice = 'Already in your library';
      else if (outcome.status === 'new_capture') this.notice = 'Saved a new capture of this article';
      return true;
    } catch (reason) {
      const error = realApi.toCommandError(reason);
      // The backend names the URL; say which link it was if it ever does not.
      const message = error.message.includes(url) ? error.message : `Could not save ${url}: ${error.message}`;
      await this.#finish({ imported: [], failed: [{ name: url, error: { ...error, message } }] });
      return false;
    } finally {
      this.savingUrl = false;
    }
  }

  /** Imports files one by one, showing progress, and carries on past failures. */
  async importFiles(files: readonly File[]): Promise<BatchResult | null> {
    if (this.importing || files.length === 0) return null;
    this.#startImport();
    const result = await importBatch(files, (f) => this.#api.importFile(f), (current, total) => {
      this.progress = total > 1 ? `Importing ${current} of ${total}…` : 'Importing…';
    });
    await this.#finish(result);
    return result;
  }

  /** Follows the backend's batch events; the returned function stops. */
  async listenForBatches(): Promise<Unlisten> {
    const { listen } = this.#batchApi;
    const stops = await Promise.all([
      listen('import-progress', (p) => this.#onProgress(p)),
      listen('import-finished', (r) => void this.#onFinished(r)),
      listen('import-failed', (e) => {
        this.error = `Could not start the import: ${e.message}`;
      }),
    ]);
    return () => stops.forEach((stop) => stop());
  }

  /** Opens the native picker; the backend imports the choice as a batch. */
  async chooseAndImport(kind: PickKind): Promise<void> {
    try {
      await this.#batchApi.chooseAndImport(kind);
    } catch (reason) {
      this.error = `Could not open the ${kind === 'folders' ? 'folder' : 'file'} picker: ${messageOf(reason)}`;
    }
  }

  /** Saves a list of links from the web; the backend runs it as a batch, like a drop. */
  async importLinks(urls: string[]): Promise<void> {
    try {
      await this.#batchApi.importLinks(urls);
    } catch (reason) {
      this.error = `Could not save the links: ${messageOf(reason)}`;
    }
  }

  /** Asks the backend to stop the batch after its current item; the report says when. */
  async cancelBatch(): Promise<void> {
    const batch = this.batch;
    if (!batch || batch.report || batch.cancelling) return;
    this.batch = { ...batch, cancelling: true };
    const stillWaiting = (): boolean => this.batch !== null && this.batch.report === null;
    try {
      const running = await this.#batchApi.cancelImport();
      // Nothing was running: the report is on its way (or never comes); stop waiting.
      if (!running && stillWaiting()) this.batch = { ...this.batch!, cancelling: false };
    } catch (reason) {
      if (stillWaiting()) this.batch = { ...this.batch!, cancelling: false };
      this.error = `Could not cancel the import: ${messageOf(reason)}`;
    }
  }

  /** Hides a finished batch's summary (a running batch stays in view). */
  dismissBatch(): void {
    if (this.batch?.report) this.batch = null;
  }

  #onProgress(progress: BatchProgress): void {
    const batch = this.batch;
    if (!batch || batch.report) {
      // A new batch (batches take turns, so the previous one has finished). A notice
      // about an earlier import gives way to it.
      this.batch = { progress, report: null, cancelling: false };
      this.notice = null;
      this.#shownDuringBatch = false;
    } else {
      this.batch = { ...batch, progress };
    }
    // An empty library: leave the welcome screen as soon as the first article is in.
    if (this.empty && progress.imported > 0 && !this.#shownDuringBatch) {
      this.#shownDuringBatch = true;
      void Promise.all([this.reload({ facets: true }), this.refreshInfo()]);
    }
  }

  async #onFinished(report: BatchReport): Promise<void> {
    const batch = this.batch;
    this.batch = { progress: batch && !batch.report ? batch.progress : null, report, cancelling: false };
    if (report.outcomes.length === 0) return;
    await Promise.all([this.reload({ facets: true }), this.refreshInfo()]);
    const open = this.article;
    if (open && report.outcomes.some((o) => o.article_id === open.id && o.status === 'new_capture')) {
      // The open article has a new capture: show what is stored now.
      this.article = null;
      await this.select(open.id);
    } else if (this.selectedId === null) {
      const id = firstNewArticle(report.outcomes);
      if (id !== null) await this.select(id);
    }
  }

  #startImport(): void {
    this.importing = true;
    this.error = null;
    this.notice = null;
  }

  async #finish(result: BatchResult): Promise<void> {
    const report = reportFor(result);
    this.progress = null;
    if (result.imported.length > 0) {
      await Promise.all([this.reload({ facets: true }), this.refreshInfo()]);
      if (report.selectId !== null) {
        // A changed page or re-import may have updated the stored article: fetch it again.
        if (this.article?.id === report.selectId) this.article = null;
        await this.select(report.selectId);
      }
    }
    this.notice = report.notice;
    this.error = report.error ?? this.error;
    this.importing = false;
  }
}

export type { CommandError, ImportOutcome };

/** Resolves once the next frame has been painted (two animation frames; a timer where
 *  there are no frames, as in tests). */
function afterNextPaint(): Promise<void> {
  return new Promise((done) => {
    if (typeof requestAnimationFrame !== 'function') {
      setTimeout(done, 0);
      return;
    }
    requestAnimationFrame(() => requestAnimationFrame(() => done()));
  });
}
