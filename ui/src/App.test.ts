import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { clearMocks } from '@tauri-apps/api/mocks';
import type { Article, ImportOutcome } from './api';
import { mockBackend, seedArticle } from './test/fixtures';
import App from './App.svelte';

afterEach(() => {
  cleanup();
  clearMocks();
});

/** The shared in-memory backend, plus pasted text and files stored as new articles. */
function backend(initial: Article[]) {
  const api = mockBackend(initial, {
    handle: (cmd, args, payload) => {
      const { articles } = api;
      switch (cmd) {
        case 'import_text': {
          const text = String(args.text);
          const same = articles.find((a) => a.text === text);
          if (same) return { status: 'already_there', article_id: same.id, title: same.title } satisfies ImportOutcome;
          if (!text.includes('\n')) return Promise.reject({ code: 'invalid_input', message: 'The pasted text has only one line.' });
          const a = seedArticle({ id: articles.length + 1, title: text.split('\n')[0]!, text });
          articles.push(a);
          return { status: 'created', article_id: a.id, title: a.title, warnings: [] } satisfies ImportOutcome;
        }
        case 'import_file': {
          const text = new TextDecoder().decode(payload as Uint8Array);
          if (text.startsWith('%PDF')) return Promise.reject({ code: 'unsupported', message: 'This file is a PDF; Cuttings reads web pages and text.' });
          const a = seedArticle({ id: articles.length + 1, title: text.split('\n')[0]!, text });
          articles.push(a);
          return { status: 'created', article_id: a.id, title: a.title, warnings: [] } satisfies ImportOutcome;
        }
        default:
          return undefined;
      }
    },
  });
  return api;
}

describe('App', () => {
  it('greets an empty library with the paste box, and shows the pasted article', async () => {
    backend([]);
    render(App);
    await screen.findByTestId('welcome');

    const box = screen.getByTestId('paste-text') as HTMLTextAreaElement;
    await fireEvent.input(box, { target: { value: 'Pasted headline\n\nBody text.' } });
    await fireEvent.click(screen.getByTestId('paste-submit'));

    await waitFor(() => expect(screen.getByTestId('reader-title').textContent).toBe('Pasted headline'));
    expect(screen.queryByTestId('welcome')).toBeNull();
    const rows = screen.getAllByTestId('article-row');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.getAttribute('aria-selected')).toBe('true');
  });

  it('moves through the list with j and k', async () => {
    backend([seedArticle({ id: 1, title: 'First stored' }), seedArticle({ id: 2, title: 'Second stored' })]);
    render(App);
    await waitFor(() => expect(screen.getAllByTestId('article-row')).toHaveLength(2));

    await fireEvent.keyDown(window, { key: 'j' });
    await waitFor(() => expect(screen.getByTestId('reader-title').textContent).toBe('Second stored'));
    await fireEvent.keyDown(window, { key: 'j' });
    await waitFor(() => expect(screen.getByTestId('reader-title').textContent).toBe('First stored'));
    const selected = screen.getAllByTestId('article-row').filter((r) => r.getAttribute('aria-selected') === 'true');
    expect(selected).toHaveLength(1);
    expect(selected[0]!.textContent).toContain('First stored');
    await fireEvent.keyDown(window, { key: 'k' });
    await waitFor(() => expect(screen.getByTestId('reader-title').textContent).toBe('Second stored'));
  });

  it('opens the paste dialog from the sidebar and reports a duplicate calmly', async () => {
    backend([seedArticle({ id: 1, text: 'Same text\n\nagain' })]);
    render(App);
    await waitFor(() => expect(screen.getAllByTestId('article-row')).toHaveLength(1));

    await fireEvent.click(screen.getByTestId('open-paste'));
    const box = await screen.findByTestId('paste-text');
    await fireEvent.input(box, { target: { value: 'Same text\n\nagain' } });
    await fireEvent.click(screen.getByTestId('paste-submit'));

    await waitFor(() => expect(screen.getByTestId('notice').textContent).toMatch(/Already in your library/));
    expect(screen.getByTestId('reader-title').textContent).toBe(seedArticle().title);
    expect(screen.queryByTestId('paste-text')).toBeNull();
  });

  it('shows a failed import in a dismissible error banner and keeps the text', async () => {
    backend([seedArticle()]);
    render(App);
    await waitFor(() => expect(screen.getAllByTestId('article-row')).toHaveLength(1));

    await fireEvent.keyDown(window, { key: 'V', ctrlKey: true, shiftKey: true });
    const box = (await screen.findByTestId('paste-text')) as HTMLTextAreaElement;
    await fireEvent.input(box, { target: { value: 'one line only' } });
    await fireEvent.click(screen.getByTestId('paste-submit'));

    const banner = await screen.findByTestId('error-banner');
    expect(banner.textContent).toContain('The pasted text has only one line.');
    expect((screen.getByTestId('paste-text') as HTMLTextAreaElement).value).toBe('one line only');
    await fireEvent.click(screen.getByLabelText('Dismiss'));
    expect(screen.queryByTestId('error-banner')).toBeNull();
  });
});

/** An event carrying a fake DataTransfer (jsdom has none). */
function withData(type: string, data: { text?: string; html?: string; files?: File[] }): Event {
  const event = new Event(type, { bubbles: true, cancelable: true });
  const transfer = {
    types: data.files ? ['Files'] : data.html ? ['text/plain', 'text/html'] : ['text/plain'],
    files: data.files ?? [],
    getData: (kind: string) => (kind === 'text/plain' ? (data.text ?? '') : kind === 'text/html' ? (data.html ?? '') : ''),
    dropEffect: 'none',
  };
  Object.defineProperty(event, type === 'paste' ? 'clipboardData' : 'dataTransfer', { value: transfer });
  return event;
}

describe('App: paste and drop anywhere', () => {
  it('opens the paste box with the clipboard text when Ctrl+V lands outside a text field', async () => {
    backend([seedArticle()]);
    render(App);
    await waitFor(() => expect(screen.getAllByTestId('article-row')).toHaveLength(1));

    const event = withData('paste', { text: 'Copied headline\n\nCopied body.' });
    document.body.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    const box = (await screen.findByTestId('paste-text')) as HTMLTextAreaElement;
    expect(box.value).toBe('Copied headline\n\nCopied body.');
  });

  it('never imports or navigates on an HTML drop: native drag and drop hands the paths to the backend', async () => {
    const { names } = backend([seedArticle()]);
    render(App);
    await waitFor(() => expect(screen.getAllByTestId('article-row')).toHaveLength(1));

    const drop = withData('drop', { files: [new File(['Dropped one\n\nText.'], 'one.txt')] });
    window.dispatchEvent(drop);
    expect(drop.defaultPrevented).toBe(true);
    await new Promise((r) => setTimeout(r, 20));
    expect(names()).not.toContain('import_file');
    expect(screen.getAllByTestId('article-row')).toHaveLength(1);
  });

  it('reads a selection dragged in from a browser like a paste, with the HTML it brought', async () => {
    const { calls } = backend([seedArticle()]);
    render(App);
    await waitFor(() => expect(screen.getAllByTestId('article-row')).toHaveLength(1));
    const text = 'Dropped headline\n\nDropped body.';
    const html = '<h1>Dropped headline</h1><figure><img src="https://x.example/a.jpg"></figure><p>Dropped body.</p>';

    // Entering the page, then one of its elements, then leaving that element: still over
    // the page; leaving the page hides the overlay.
    window.dispatchEvent(withData('dragenter', { text, html }));
    const overlay = await screen.findByTestId('drop-overlay');
    expect(overlay.textContent).toContain('Drop the text to read it as an article');
    document.body.dispatchEvent(withData('dragenter', { text, html }));
    document.body.dispatchEvent(withData('dragleave', { text, html }));
    const over = withData('dragover', { text, html });
    window.dispatchEvent(over);
    expect(over.defaultPrevented).toBe(true);
    expect(screen.getByTestId('drop-overlay')).toBeTruthy();
    window.dispatchEvent(withData('dragleave', { text, html }));
    await waitFor(() => expect(screen.queryByTestId('drop-overlay')).toBeNull());
    // The overlay takes the drop wherever it lands (the article body is a frame of its own).
    window.dispatchEvent(withData('dragenter', { text, html }));
    expect((await screen.findByTestId('drop-overlay')).classList.contains('takes-drop')).toBe(true);
    // A press, which no drag makes, puts away an overlay whose drag ended unheard.
    await fireEvent.pointerDown(window);
    await waitFor(() => expect(screen.queryByTestId('drop-overlay')).toBeNull());
    window.dispatchEvent(withData('dragenter', { text, html }));
    await screen.findByTestId('drop-overlay');

    const drop = withData('drop', { text, html });
    window.dispatchEvent(drop);
    expect(drop.defaultPrevented).toBe(true);
    const box = (await screen.findByTestId('paste-text')) as HTMLTextAreaElement;
    expect(box.value).toBe(text);
    expect(screen.queryByTestId('drop-overlay')).toBeNull();
    await fireEvent.click(screen.getByTestId('paste-submit'));
    await waitFor(() => expect(calls.some(([c]) => c === 'import_text')).toBe(true));
    expect(calls.find(([c]) => c === 'import_text')?.[1]).toMatchObject({ text, html });
  });

  it('saves a pasted, dropped or submitted list of links as a batch', async () => {
    const { calls } = backend([seedArticle()]);
    render(App);
    await waitFor(() => expect(screen.getAllByTestId('article-row')).toHaveLength(1));
    const linkBatches = () => calls.filter(([c]) => c === 'import_links').map(([, a]) => a);

    const paste = withData('paste', { text: 'https://a.example/1\n- https://b.example/2\n' });
    document.body.dispatchEvent(paste);
    expect(paste.defaultPrevented).toBe(true);
    await waitFor(() => expect(linkBatches()).toEqual([{ urls: ['https://a.example/1', 'https://b.example/2'] }]));
    expect(screen.queryByTestId('paste-text')).toBeNull();

    window.dispatchEvent(withData('drop', { text: 'https://c.example/3\nhttps://d.example/4' }));
    await waitFor(() => expect(linkBatches()).toHaveLength(2));
    expect(linkBatches()[1]).toEqual({ urls: ['https://c.example/3', 'https://d.example/4'] });

    // Typed or pasted into the paste box, the list is saved the same way, not read as text.
    await fireEvent.keyDown(window, { key: 'V', ctrlKey: true, shiftKey: true });
    const box = (await screen.findByTestId('paste-text')) as HTMLTextAreaElement;
    await fireEvent.input(box, { target: { value: 'https://e.example/5\nhttps://f.example/6' } });
    await fireEvent.click(screen.getByTestId('paste-submit'));
    await waitFor(() => expect(linkBatches()).toHaveLength(3));
    expect(linkBatches()[2]).toEqual({ urls: ['https://e.example/5', 'https://f.example/6'] });
    expect(calls.map(([c]) => c)).not.toContain('import_text');
  });

  it('lets text dropped into the open paste box land there, keeping the HTML it brought', async () => {
    const { calls } = backend([seedArticle()]);
    render(App);
    await waitFor(() => expect(screen.getAllByTestId('article-row')).toHaveLength(1));
    await fireEvent.keyDown(window, { key: 'V', ctrlKey: true, shiftKey: true });
    const box = (await screen.findByTestId('paste-text')) as HTMLTextAreaElement;
    const text = 'Dropped headline\n\nDropped body.';
    const html = '<h1>Dropped headline</h1><p>Dropped body.</p>';

    // No overlay while a dialog is open: the field takes the drop as its own.
    box.dispatchEvent(withData('dragenter', { text, html }));
    expect(screen.queryByTestId('drop-overlay')).toBeNull();
    const drop = withData('drop', { text, html });
    box.dispatchEvent(drop);
    expect(drop.defaultPrevented).toBe(false);
    // The browser inserts the text; the box then holds just what was dropped.
    await fireEvent.input(box, { target: { value: text } });
    await fireEvent.click(screen.getByTestId('paste-submit'));
    await waitFor(() => expect(calls.some(([c]) => c === 'import_text')).toBe(true));
    expect(calls.find(([c]) => c === 'import_text')?.[1]).toMatchObject({ text, html });
  });

  it('offers a link dragged in as text to the URL box', async () => {
    backend([seedArticle()]);
    render(App);
    await waitFor(() => expect(screen.getAllByTestId('article-row')).toHaveLength(1));
    window.dispatchEvent(withData('drop', { text: 'https://news.example.com/2026/story' }));
    const field = (await screen.findByTestId('url-input')) as HTMLInputElement;
    expect(field.value).toBe('https://news.example.com/2026/story');
  });

  it('imports files pasted with Ctrl+V one by one, carrying on past a failure', async () => {
    const { names } = backend([seedArticle()]);
    render(App);
    await waitFor(() => expect(screen.getAllByTestId('article-row')).toHaveLength(1));

    const files = [
      new File(['Dropped one\n\nText.'], 'one.txt'),
      new File(['%PDF-1.7'], 'scan.pdf'),
      new File(['Dropped two\n\nText.'], 'two.html'),
    ];
    const paste = withData('paste', { files });
    document.body.dispatchEvent(paste);
    expect(paste.defaultPrevented).toBe(true);

    await waitFor(() => expect(screen.getByTestId('notice').textContent).toMatch(/^Imported 2 of 3 files\./));
    expect(names().filter((c) => c === 'import_file')).toHaveLength(3);
    const banner = screen.getByTestId('error-banner');
    expect(banner.textContent).toContain('scan.pdf');
    expect(banner.textContent).toContain('This file is a PDF');
    expect(screen.getByTestId('reader-title').textContent).toBe('Dropped two');
    expect(screen.getAllByTestId('article-row')).toHaveLength(3);
  });
});
