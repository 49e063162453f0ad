/**
 * The photo gallery's state: photos matching the list's query, paged by the backend's
 * opaque `next` token, and which photo the lightbox shows. Only the latest query's answer
 * may land.
 */
import * as realApi from '../api';
import type { ListQuery, PhotoSummary } from '../api';
import { queryKey } from './query';

export type GalleryApi = Pick<typeof realApi, 'listPhotos'>;

export const PHOTO_PAGE_SIZE = 120;

export class Gallery {
  items = $state.raw<PhotoSummary[]>([]);
  next = $state.raw<string | null>(null);
  loadingFirst = $state(true);
  loadingMore = $state(false);
  error = $state<string | null>(null);
  /** Index of the photo in the lightbox, or null when it is closed. */
  openIndex = $state<number | null>(null);

  readonly open = $derived(this.openIndex === null ? null : (this.items[this.openIndex] ?? null));

  #api: GalleryApi;
  #token = 0;
  #query: ListQuery | null = null;
  #key: string | null = null;

  constructor(api: GalleryApi = realApi) {
    this.#api = api;
  }

  /** Loads the first page for `query`, unless it is the query already shown. */
  async show(query: ListQuery): Promise<void> {
    const key = queryKey(query);
    if (key === this.#key && !this.error) return;
    this.#key = key;
    this.#query = query;
    const token = ++this.#token;
    this.loadingFirst = this.items.length === 0;
    this.error = null;
    try {
      const page = await this.#api.listPhotos(query, null, PHOTO_PAGE_SIZE);
      if (token !== this.#token) return;
      this.items = page.items;
      this.next = page.next;
      this.openIndex = null;
    } catch (reason) {
      if (token !== this.#token) return;
      this.#key = null;
      this.error = `Could not list the photos: ${realApi.toCommandError(reason).message}`;
    } finally {
      if (token === this.#token) this.loadingFirst = false;
    }
  }

  async loadMore(): Promise<void> {
    const after = this.next;
    const query = this.#query;
    if (!after || !query || this.loadingMore || this.loadingFirst) return;
    this.loadingMore = true;
    const token = this.#token;
    try {
      const page = await this.#api.listPhotos(query, after, PHOTO_PAGE_SIZE);
      if (token !== this.#token) return;
      const seen = new Set(this.items.map((p) => p.id));
      this.items = [...this.items, ...page.items.filter((p) => !seen.has(p.id))];
      this.next = page.next;
    } catch (reason) {
      if (token === this.#token) this.error = `Could not load more photos: ${realApi.toCommandError(reason).message}`;
    } finally {
      this.loadingMore = false;
    }
  }

  openAt(index: number): void {
    if (index >= 0 && index < this.items.length) this.openIndex = index;
  }

  close(): void {
    this.openIndex = null;
  }

  /** Moves the lightbox by `delta` photos, fetching the next page near the end. */
  step(delta: number): void {
    if (this.openIndex === null) return;
    const target = Math.min(Math.max(this.openIndex + delta, 0), this.items.length - 1);
    this.openIndex = target;
    if (target >= this.items.length - 5) void this.loadMore();
  }
}
