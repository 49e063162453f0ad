/**
 * The one door to the backend. Nothing else in the UI imports `@tauri-apps/*`.
 *
 * Every command goes through {@link call}, which types the arguments and result from the
 * generated command table and turns any rejection into a {@link CommandError}, so callers
 * can `switch (err.code)` without guessing what shape came back.
 */
import { convertFileSrc, invoke, type InvokeArgs } from '@tauri-apps/api/core';
import { listen as tauriListen } from '@tauri-apps/api/event';
import { getCurrentWebview } from '@tauri-apps/api/webview';
import type { Article } from './bindings/Article';
import type { ArticlePage } from './bindings/ArticlePage';
import type { Commands, Events } from './bindings/commands';
import type { CommandError } from './bindings/CommandError';
import type { ErrorCode } from './bindings/ErrorCode';
import type { ImportOutcome } from './bindings/ImportOutcome';
import type { LibraryInfo } from './bindings/LibraryInfo';
import type { UiMark } from './bindings/UiMark';
import type { Facets } from './bindings/Facets';
import type { Filter } from './bindings/Filter';
import type { ListQuery } from './bindings/ListQuery';
import type { PhotoDownloads } from './bindings/PhotoDownloads';
import type { PhotoPage } from './bindings/PhotoPage';
import type { PickKind } from './bindings/PickKind';
import type { SavedOriginal } from './bindings/SavedOriginal';

export type { Annotation } from './bindings/Annotation';
export type { Article } from './bindings/Article';
export type { ArticlePage } from './bindings/ArticlePage';
export type { ArticleSummary } from './bindings/ArticleSummary';
export type { BatchFailure } from './bindings/BatchFailure';
export type { BatchProgress } from './bindings/BatchProgress';
export type { BatchReport } from './bindings/BatchReport';
export type { Capture } from './bindings/Capture';
export type { CaptureKind } from './bindings/CaptureKind';
export type { Commands, Events } from './bindings/commands';
export type { CommandError } from './bindings/CommandError';
export type { ErrorCode } from './bindings/ErrorCode';
export type { ImportOutcome } from './bindings/ImportOutcome';
export type { LibraryInfo } from './bindings/LibraryInfo';
export type { Facets } from './bindings/Facets';
export type { FacetValue } from './bindings/FacetValue';
export type { Filter } from './bindings/Filter';
export type { ListQuery } from './bindings/ListQuery';
export type { FailedDownload } from './bindings/FailedDownload';
export type { PhotoDownloads } from './bindings/PhotoDownloads';
export type { PhotoPage } from './bindings/PhotoPage';
export type { PhotoSummary } from './bindings/PhotoSummary';
export type { SortOrder } from './bindings/SortOrder';
export type { Photo } from './bindings/Photo';
export type { PickKind } from './bindings/PickKind';
export type { RelatedLink } from './bindings/RelatedLink';
export type { SavedOriginal } from './bindings/SavedOriginal';
export type { TagRef } from './bindings/TagRef';

const ERROR_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  'not_found',
  'invalid_input',
  'invalid_query',
  'not_a_library',
  'library_too_new',
  'corrupt',
  'storage',
  'unsupported',
  'forbidden',
  'network',
  'internal',
]);

/** Header that carries the (URI-encoded) file name of an `import_file` body. */
export { FILE_NAME_HEADER } from './bindings/commands';
import { FILE_NAME_HEADER } from './bindings/commands';

/** Whether `value` already is a `{code, message}` from the shell. */
export function isCommandError(value: unknown): value is CommandError {
  if (typeof value !== 'object' || value === null) return false;
  const { code, message } = value as { code?: unknown; message?: unknown };
  return typeof code === 'string' && ERROR_CODES.has(code) && typeof message === 'string';
}

/** Normalises whatever a failed `invoke` rejected with into a `CommandError`. */
export function toCommandError(reason: unknown): CommandError {
  if (isCommandError(reason)) return { code: reason.code, message: reason.message };
  if (typeof reason === 'string') return { code: 'internal', message: reason };
  if (reason instanceof Error) return { code: 'internal', message: reason.message };
  if (typeof reason === 'object' && reason !== null) {
    const message = (reason as { message?: unknown }).message;
    if (typeof message === 'string') return { code: 'internal', message };
  }
  let text: string;
  try {
    text = JSON.stringify(reason) ?? String(reason);
  } catch {
    text = String(reason);
  }
  return { code: 'internal', message: `Unexpected error from the app: ${text}` };
}

async function invokeNormalised<T>(
  cmd: string,
  args: InvokeArgs,
  options?: { headers: Record<string, string> },
): Promise<T> {
  try {
    return await invoke<T>(cmd, args, options);
  } catch (reason) {
    throw toCommandError(reason);
  }
}

/** Calls a backend command; rejects with a `CommandError` only. */
export function call<K extends keyof Commands>(
  cmd: K,
  args: Commands[K]['args'],
): Promise<Commands[K]['result']> {
  return invokeNormalised<Commands[K]['result']>(cmd, args as InvokeArgs);
}

export function libraryInfo(): Promise<LibraryInfo> {
  return call('library_info', {});
}

/** A filter that lets everything through. */
export function emptyFilter(): Filter {
  return { tags: [], sites: [], sections: [], genres: [], languages: [] };
}

/** The whole library, newest capture first. */
export function emptyQuery(): ListQuery {
  return { search: '', filter: emptyFilter(), sort: 'relevance' };
}

/**
 * One page of the list for `query`; pass the previous page's `next` as `after` (null for
 * the first page). A search the backend cannot read fails with `invalid_query`.
 */
export function listArticles(query: ListQuery, after: string | null, limit: number): Promise<ArticlePage> {
  return call('list_articles', { query, after, limit });
}

/**
 * The page of the list just above `before` (a token from an earlier such page), or the
 * list's last page when `before` is null: the End key. Rows come in list order; the
 * page's `next` continues upwards.
 */
export function listArticlesBefore(query: ListQuery, before: string | null, limit: number): Promise<ArticlePage> {
  return call('list_articles_before', { query, before, limit });
}

/** Counts beside each filter value for the articles `query` matches. */
export function getFacets(query: ListQuery): Promise<Facets> {
  return call('get_facets', { query });
}

/** One page of the photo gallery for `query` (same paging as {@link listArticles}). */
export function listPhotos(query: ListQuery, after: string | null, limit: number): Promise<PhotoPage> {
  return call('list_photos', { query, after, limit });
}

export function getArticle(id: number): Promise<Article> {
  return call('get_article', { id });
}

/**
 * Stores pasted text; `html` is the HTML the browser put on the clipboard beside it (a copied
 * page's photos and captions are read from it), or null.
 */
export function importText(text: string, html: string | null = null): Promise<ImportOutcome> {
  return call('import_text', { text, html });
}

/**
 * Fetches a web page and its images and stores it. The backend refuses loopback and private
 * addresses and gives up after 30 s or 20 MB; it fails with `network` (could not fetch) or
 * `unsupported` (not a web page), with a message that names the URL.
 */
export function importUrl(url: string): Promise<ImportOutcome> {
  return call('import_url', { url });
}

/** Sends a file's raw bytes as the request body; its name travels in a header. */
export async function importFile(file: File): Promise<ImportOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (reason) {
    const why = reason instanceof Error ? reason.message : String(reason);
    throw { code: 'invalid_input', message: `Could not read ${file.name}: ${why}` } satisfies CommandError;
  }
  return invokeNormalised<ImportOutcome>('import_file', bytes, {
    headers: { [FILE_NAME_HEADER]: encodeURIComponent(file.name) },
  });
}

/**
 * Opens the native file or folder picker; the backend imports what the user chose as a
 * batch and reports through the `import-*` events. Resolves at once (paths never reach
 * the page).
 */
export function chooseAndImport(kind: PickKind): Promise<null> {
  return call('choose_and_import', { kind });
}

/**
 * Saves `urls` from the web as a batch, reported through the `import-*` events like a
 * drop. Resolves once the batch is started.
 */
export function importLinks(urls: string[]): Promise<null> {
  return call('import_links', { urls });
}

/** Stops the running batch after its current item. False when none is running. */
export function cancelImport(): Promise<boolean> {
  return call('cancel_import', {});
}

/** Stops listening; safe to call more than once. */
export type Unlisten = () => void;

/**
 * Listens to a backend event with a typed payload. Resolves once the listener is
 * registered; the returned function removes it.
 */
export async function listen<K extends keyof Events>(
  event: K,
  handler: (payload: Events[K]) => void,
): Promise<Unlisten> {
  const stop = await tauriListen<Events[K]>(event, (e) => handler(e.payload));
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    void Promise.resolve(stop()).catch(() => {});
  };
}

/** What the window's native drag and drop is doing (the dropped paths stay in the backend). */
export type DragPhase = 'enter' | 'over' | 'leave' | 'drop';

/**
 * Follows files being dragged over the window, for the drop overlay. The backend imports
 * what is dropped by itself; the paths are deliberately not passed on.
 */
export async function onDragDrop(handler: (phase: DragPhase) => void): Promise<Unlisten> {
  let stop: () => Promise<void> | void;
  try {
    stop = await getCurrentWebview().onDragDropEvent((e) => handler(e.payload.type));
  } catch {
    // Not inside the app's webview (a plain browser, a test without windows): no native drops.
    return () => {};
  }
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    void Promise.resolve(stop()).catch(() => {});
  };
}

/**
 * Asks where to save a capture's original (native save dialog) and writes its bytes there
 * exactly as received, checking them against their fingerprint. Null when the user cancels.
 */
export function saveOriginal(captureId: number): Promise<SavedOriginal | null> {
  return call('save_original', { captureId });
}

/**
 * Downloads the images an article's photos name but do not hold (a page saved without its
 * pictures); each failure says why and the rest go on.
 */
export function downloadMissingPhotos(articleId: number): Promise<PhotoDownloads> {
  return call('download_missing_photos', { articleId });
}

/** Opens an http(s) or mailto link in the system browser (the shell checks the scheme). */
export function openLink(url: string): Promise<null> {
  return call('open_link', { url });
}

/** Tells the shell the first screen has painted (used by the start-up benchmark). */
export function reportReady(marks: UiMark[] | null = null): Promise<null> {
  return call('report_ready', { marks });
}

/**
 * The page's start-up marks (`performance.mark` and the navigation timing), on the
 * epoch clock the shell uses: what the start-up benchmark breaks its time into.
 */
export function startupMarks(): UiMark[] {
  const origin = performance.timeOrigin;
  const marks: UiMark[] = performance
    .getEntriesByType('mark')
    .map((m) => ({ name: m.name, at: origin + m.startTime }));
  const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  if (nav) {
    for (const key of ['responseEnd', 'domInteractive', 'domContentLoadedEventEnd'] as const) {
      if (nav[key] > 0) marks.push({ name: key, at: origin + nav[key] });
    }
  }
  marks.push({ name: 'navigation-start', at: origin });
  return marks;
}

/** URL of a stored image, served by the app's `cuttings-img` protocol. */
/** The isolated content origin's page for an article body (see ArticleBody.svelte). */
export function contentUrl(articleId: number, version: string | number = ''): string {
  const url = convertFileSrc(`article/${articleId}`, 'cuttings-content');
  return version === '' ? url : `${url}?v=${encodeURIComponent(String(version))}`;
}

export function imageUrl(kind: 'thumb' | 'list' | 'photo', sha256: string): string {
  return convertFileSrc(`${kind}/${sha256}`, 'cuttings-img');
}
