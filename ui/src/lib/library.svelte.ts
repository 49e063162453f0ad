/**
 * The library as the screens see it: the list (paged by keyset), the selection, the open
 * article, and what to tell the reader (errors, notices, import progress).
 */
import * as realApi from '../api';
import type { Article, ArticleSummary, CommandError, ImportOutcome, LibraryInfo, ListCursor } from '../api';
import { importBatch, reportFor, type BatchResult } from './importer';

/** The slice of the api module the library uses (tests pass a fake). */
export type LibraryApi = Pick<
  typeof realApi,
  'libraryInfo' | 'listArticles' | 'getArticle' | 'importText' | 'importFile'
>;

export const PAGE_SIZE = 100;
/** Start fetching the next page when the selection is this close to the end. */
const PREFETCH_ROWS = 10;

function messageOf(reason: unknown): string {
  return realApi.toCommandError(reason).message;
}

export class Library {
  info = $state.raw<LibraryInfo | null>(null);
  items = $state.raw<ArticleSummary[]>([]);
  next = $state.raw<ListCursor | null>(null);
  /** True until the first page has arrived (or failed). */
  loadingFirst = $state(true);
  loadingMore = $state(false);
  selectedId = $state<number | null>(null);
  article = $state.raw<Article | null>(null);
  articleLoading = $state(false);
  error = $state<string | null>(null);
  notice = $state<string | null>(null);
  /** "Importing 2 of 5…" while a batch runs. */
  progress = $state<string | null>(null);
  importing = $state(false);

  /** The library has nothing in it: show the welcome screen. */
  readonly empty = $derived(!this.loadingFirst && this.items.length === 0 && this.next === null);

  #api: LibraryApi;
  #articleToken = 0;
  #listToken = 0;

  constructor(api: LibraryApi = realApi) {
    this.#api = api;
  }

  async init(): Promise<void> {
    await Promise.all([this.refreshInfo(), this.reload()]);
  }

  async refreshInfo(): Promise<void> {
    try {
      this.info = await this.#api.libraryInfo();
    } catch (reason) {
      this.error = `Could not open the library: ${messageOf(reason)}`;
    }
  }

  /** Loads the first page again (after an import the newest capture is on top). */
  async reload(): Promise<void> {
    const token = ++this.#listToken;
    try {
      const page = await this.#api.listArticles({ after: null, limit: PAGE_SIZE });
      if (token !== this.#listToken) return;
      this.items = page.items;
      this.next = page.next;
    } catch (reason) {
      if (token === this.#listToken) this.error = `Could not list the library: ${messageOf(reason)}`;
    } finally {
      if (token === this.#listToken) this.loadingFirst = false;
    }
  }

  async loadMore(): Promise<void> {
    const after = this.next;
    if (!after || this.loadingMore || this.loadingFirst) return;
    this.loadingMore = true;
    const token = this.#listToken;
    try {
      const page = await this.#api.listArticles({ after, limit: PAGE_SIZE });
      if (token !== this.#listToken) return;
      const seen = new Set(this.items.map((i) => i.id));
      this.items = [...this.items, ...page.items.filter((i) => !seen.has(i.id))];
      this.next = page.next;
    } catch (reason) {
      this.error = `Could not load more articles: ${messageOf(reason)}`;
    } finally {
      this.loadingMore = false;
    }
  }

  async select(id: number): Promise<void> {
    this.selectedId = id;
    if (this.article?.id === id) return;
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

  /** Moves the selection by `delta` rows (j/k), fetching the next page near the end. */
  move(delta: number): void {
    if (this.items.length === 0) return;
    const at = this.items.findIndex((i) => i.id === this.selectedId);
    const target = at < 0 ? 0 : Math.min(Math.max(at + delta, 0), this.items.length - 1);
    const row = this.items[target];
    if (row && row.id !== this.selectedId) void this.select(row.id);
    if (target >= this.items.length - PREFETCH_ROWS) void this.loadMore();
  }

  dismissError(): void {
    this.error = null;
  }

  dismissNotice(): void {
    this.notice = null;
  }

  /** Imports pasted text. Resolves true when it was stored (or already there). */
  async importText(text: string): Promise<boolean> {
    if (this.importing || text.trim() === '') return false;
    this.#startImport();
    try {
      const outcome = await this.#api.importText(text);
      await this.#finish({ imported: [{ name: 'Pasted text', outcome }], failed: [] });
      return true;
    } catch (reason) {
      await this.#finish({ imported: [], failed: [{ name: 'Pasted text', error: realApi.toCommandError(reason) }] });
      return false;
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

  #startImport(): void {
    this.importing = true;
    this.error = null;
    this.notice = null;
  }

  async #finish(result: BatchResult): Promise<void> {
    const report = reportFor(result);
    this.progress = null;
    if (result.imported.length > 0) {
      await Promise.all([this.reload(), this.refreshInfo()]);
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
