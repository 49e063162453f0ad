/** Saving a web page by its URL: the dialog, the welcome screen's link field, pasted links. */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { clearMocks } from '@tauri-apps/api/mocks';
import type { Article, ImportOutcome } from './api';
import { mockBackend, seedArticle } from './test/fixtures';
import App from './App.svelte';

afterEach(() => {
  cleanup();
  clearMocks();
});

/** The shared in-memory backend, whose `import_url` answers when the test says so. */
function backend(initial: Article[]) {
  const urls: string[] = [];
  let hold: Promise<void> | null = null;
  const api = mockBackend(initial, {
    handle: async (cmd, args) => {
      if (cmd !== 'import_url') return undefined;
      const { articles } = api;
      const url = String(args.url);
      urls.push(url);
      if (hold) await hold;
      if (url.includes('fail')) throw { code: 'network', message: `Could not fetch ${url}: connection timed out` };
      const same = articles.find((a) => a.url === url);
      if (same) {
        return url.includes('changed')
          ? ({ status: 'new_capture', article_id: same.id, title: same.title, warnings: [] } satisfies ImportOutcome)
          : ({ status: 'already_there', article_id: same.id, title: same.title } satisfies ImportOutcome);
      }
      const a = seedArticle({ id: articles.length + 1, title: `Fetched from ${new URL(url).pathname}`, url });
      articles.push(a);
      return { status: 'created', article_id: a.id, title: a.title, warnings: [] } satisfies ImportOutcome;
    },
  });
  return {
    urls,
    /** Makes `import_url` wait until the returned function is called. */
    pause(): () => void {
      let release!: () => void;
      hold = new Promise((r) => (release = r));
      return () => {
        hold = null;
        release();
      };
    },
  };
}

async function startWith(rows: number): Promise<void> {
  render(App);
  if (rows > 0) await waitFor(() => expect(screen.getAllByTestId('article-row')).toHaveLength(rows));
  else await screen.findByTestId('welcome');
}

async function openDialog(): Promise<HTMLElement> {
  await fireEvent.click(screen.getByTestId('open-url'));
  return screen.findByTestId('url-dialog');
}

async function typeUrl(scope: HTMLElement, text: string): Promise<HTMLInputElement> {
  const input = within(scope).getByTestId('url-input') as HTMLInputElement;
  await fireEvent.input(input, { target: { value: text } });
  return input;
}

describe('App: saving a URL', () => {
  it('checks the link before fetching: only http(s), a bare address gets https://', async () => {
    const { urls } = backend([seedArticle()]);
    await startWith(1);
    const dialog = await openDialog();

    const input = await typeUrl(dialog, '  ftp://example.com/file ');
    await fireEvent.click(within(dialog).getByTestId('url-submit'));
    expect(within(dialog).getByTestId('url-invalid').textContent).toMatch(/http:\/\/ or https:\/\//);
    expect(input.getAttribute('aria-invalid')).toBe('true');

    await typeUrl(dialog, 'just some words');
    expect(within(dialog).queryByTestId('url-invalid')).toBeNull();
    await fireEvent.submit(input.form!);
    expect(within(dialog).getByTestId('url-invalid').textContent).toMatch(/no spaces/);
    expect(urls).toEqual([]);

    await typeUrl(dialog, ' example.com/news/story ');
    await fireEvent.click(within(dialog).getByTestId('url-submit'));
    await waitFor(() => expect(urls).toEqual(['https://example.com/news/story']));
  });

  it('shows "Saving…" while fetching, then selects the new article and closes the dialog', async () => {
    const api = backend([seedArticle()]);
    await startWith(1);
    const dialog = await openDialog();
    const input = await typeUrl(dialog, 'https://example.com/news/story');
    const release = api.pause();
    await fireEvent.click(within(dialog).getByTestId('url-submit'));

    const button = within(dialog).getByTestId('url-submit');
    await waitFor(() => expect(button.textContent).toContain('Saving…'));
    expect(button.getAttribute('aria-busy')).toBe('true');
    expect(input.disabled).toBe(true);
    // Esc while the page is being fetched keeps the dialog and the link.
    await fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.getByTestId('url-dialog').hasAttribute('open')).toBe(true);
    expect(input.value).toBe('https://example.com/news/story');

    release();
    await waitFor(() => expect(screen.getByTestId('reader-title').textContent).toBe('Fetched from /news/story'));
    await waitFor(() => expect(screen.getByTestId('url-dialog').hasAttribute('open')).toBe(false));
    const selected = screen.getAllByTestId('article-row').filter((r) => r.getAttribute('aria-selected') === 'true');
    expect(selected).toHaveLength(1);
    expect(selected[0]!.textContent).toContain('Fetched from /news/story');
    expect(screen.queryByTestId('notice')).toBeNull();
  });

  it('says calmly that the article is already there, and selects it', async () => {
    backend([seedArticle({ id: 1, title: 'Kept before', url: 'https://example.com/kept' }), seedArticle({ id: 2, title: 'Newer' })]);
    await startWith(2);
    await fireEvent.keyDown(window, { key: 'l', ctrlKey: true });
    const dialog = await screen.findByTestId('url-dialog');
    await typeUrl(dialog, 'https://example.com/kept');
    await fireEvent.click(within(dialog).getByTestId('url-submit'));

    await waitFor(() => expect(screen.getByTestId('notice').textContent).toMatch(/^Already in your library ×$/));
    await waitFor(() => expect(screen.getByTestId('reader-title').textContent).toBe('Kept before'));
    expect(screen.queryByTestId('error-banner')).toBeNull();
  });

  it('says when it saved a new capture of a stored article', async () => {
    backend([seedArticle({ id: 1, title: 'Changed page', url: 'https://example.com/changed' })]);
    await startWith(1);
    const dialog = await openDialog();
    await typeUrl(dialog, 'https://example.com/changed');
    await fireEvent.click(within(dialog).getByTestId('url-submit'));
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toMatch(/^Saved a new capture of this article ×$/));
    expect(screen.getByTestId('reader-title').textContent).toBe('Changed page');
  });

  it('shows a failed fetch inside the dialog and keeps the URL to fix', async () => {
    const { urls } = backend([seedArticle()]);
    await startWith(1);
    const dialog = await openDialog();
    await typeUrl(dialog, 'https://example.com/fail');
    await fireEvent.click(within(dialog).getByTestId('url-submit'));

    const banner = await within(dialog).findByTestId('error-banner');
    expect(banner.textContent).toContain('Could not fetch https://example.com/fail: connection timed out');
    // Only the dialog's copy: the page's banner waits behind the backdrop.
    expect(screen.getAllByTestId('error-banner')).toHaveLength(1);
    const input = within(dialog).getByTestId('url-input') as HTMLInputElement;
    expect(input.value).toBe('https://example.com/fail');
    expect(input.disabled).toBe(false);
    expect(within(dialog).getByTestId('url-submit').textContent).toContain('Save');

    await typeUrl(dialog, 'https://example.com/fixed');
    await fireEvent.click(within(dialog).getByTestId('url-submit'));
    await waitFor(() => expect(screen.getByTestId('reader-title').textContent).toBe('Fetched from /fixed'));
    expect(urls).toEqual(['https://example.com/fail', 'https://example.com/fixed']);
    expect(screen.queryByTestId('error-banner')).toBeNull();
  });

  it('saves from the welcome screen’s link field; a failure shows in the banner and keeps the link', async () => {
    backend([]);
    await startWith(0);
    const welcome = screen.getByTestId('welcome');
    expect(within(welcome).getByLabelText('Paste a link to an article')).toBe(within(welcome).getByTestId('url-input'));

    await typeUrl(welcome, 'example.com/fail');
    await fireEvent.click(within(welcome).getByTestId('url-submit'));
    const banner = await screen.findByTestId('error-banner');
    expect(banner.textContent).toContain('https://example.com/fail');
    expect((within(welcome).getByTestId('url-input') as HTMLInputElement).value).toBe('https://example.com/fail');

    await typeUrl(welcome, 'https://example.com/first-story');
    await fireEvent.click(within(welcome).getByTestId('url-submit'));
    await waitFor(() => expect(screen.getByTestId('reader-title').textContent).toBe('Fetched from /first-story'));
    expect(screen.queryByTestId('welcome')).toBeNull();
    expect(screen.getAllByTestId('article-row')[0]!.getAttribute('aria-selected')).toBe('true');
  });
});

/** A paste event carrying clipboard text (jsdom has no DataTransfer). */
function pasteOf(text: string): Event {
  const event = new Event('paste', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'clipboardData', {
    value: { types: ['text/plain'], files: [], getData: (kind: string) => (kind === 'text/plain' ? text : '') },
  });
  return event;
}

describe('App: pasting a link', () => {
  it('offers a pasted link as a URL capture instead of a text clipping', async () => {
    const { urls } = backend([seedArticle()]);
    await startWith(1);

    const event = pasteOf('  https://example.com/news/pasted-story\n');
    document.body.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    const dialog = await screen.findByTestId('url-dialog');
    await waitFor(() => expect(dialog.hasAttribute('open')).toBe(true));
    expect((within(dialog).getByTestId('url-input') as HTMLInputElement).value).toBe('https://example.com/news/pasted-story');
    expect(screen.queryByTestId('paste-text')).toBeNull();
    expect(urls).toEqual([]);
  });

  it('moves a link pasted into the empty paste box over to the URL dialog', async () => {
    backend([seedArticle()]);
    await startWith(1);
    await fireEvent.click(screen.getByTestId('open-paste'));
    const box = await screen.findByTestId('paste-text');
    const event = pasteOf('https://example.com/in-the-box');
    box.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    const dialog = await screen.findByTestId('url-dialog');
    await waitFor(() => expect(dialog.hasAttribute('open')).toBe(true));
    expect((within(dialog).getByTestId('url-input') as HTMLInputElement).value).toBe('https://example.com/in-the-box');
    expect(screen.queryByTestId('paste-text')).toBeNull();
  });

  it('fills the welcome screen’s link field with a pasted link', async () => {
    backend([]);
    await startWith(0);
    document.body.dispatchEvent(pasteOf('https://example.com/welcome-paste'));
    const input = (await within(screen.getByTestId('welcome')).findByTestId('url-input')) as HTMLInputElement;
    await waitFor(() => expect(input.value).toBe('https://example.com/welcome-paste'));
    expect((screen.getByTestId('paste-text') as HTMLTextAreaElement).value).toBe('');
  });
});
