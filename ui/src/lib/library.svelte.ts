/**
 * The library as the screens see it: the list (paged by keyset), the selection, the open
 * article, and what to tell the reader (errors, notices, import progress).
 */
import * as realApi from '../api';
import type {
  Article,
  ArticleSummary,
  BatchProgress,
  BatchReport,
  CommandError,
  ImportOutcome,
  LibraryInfo,
  ListCursor,
  PickKind,
  Unlisten,
} from '../api';
import { firstNewArticle, type BatchView } from './batch';
import { importBatch, reportFor, type BatchResult } from './importer';

/** The slice of the api module the library uses (tests pass a fake). */
export type LibraryApi = Pick<
  typeof realApi,
  'libraryInfo' | 'listArticles' | 'getArticle' | 'importText' | 'importFile' | 'importUrl'
>;

/** The backend's batch imports (native pickers and drops), reported through events. */
export type BatchApi = Pick<typeof realApi, 'listen' | 'chooseAndImport' | 'cancelImport'>;

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
  /** The running import is a URL being fetched (the URL box says "Saving…"). */
  savingUrl = $state(false);
  /** The backend's current or last batch import, until its summary is dismissed. */
  batch = $state.raw<BatchView | null>(null);

  /** A batch is under way (its report has not arrived). */
  readonly batchRunning = $derived(this.batch !== null && this.batch.report === null);

  /** The library has nothing in it: show the welcome screen. */
  readonly empty = $derived(!this.loadingFirst && this.items.length === 0 && this.next === null);

  #api: LibraryApi;
  #batchApi: BatchApi;
  #articleToken = 0;
  #listToken = 0;
  /** The welcome screen already gave way to the list during this batch. */
  #shownDuringBatch = false;

  constructor(api: LibraryApi = realApi, batchApi: BatchApi = realApi) {
    this.#api = api;
    this.#batchApi = batchApi;
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
      // A new batch (batches take turns, so the previous one has finished).
      this.batch = { progress, report: null, cancelling: false };
      this.#shownDuringBatch = false;
    } else {
      this.batch = { ...batch, progress };
    }
    // An empty library: leave the welcome screen as soon as the first article is in.
    if (this.empty && progress.imported > 0 && !this.#shownDuringBatch) {
      this.#shownDuringBatch = true;
      void Promise.all([this.reload(), this.refreshInfo()]);
    }
  }

  async #onFinished(report: BatchReport): Promise<void> {
    const batch = this.batch;
    this.batch = { progress: batch && !batch.report ? batch.progress : null, report, cancelling: false };
    if (report.outcomes.length === 0) return;
    await Promise.all([this.reload(), this.refreshInfo()]);
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
