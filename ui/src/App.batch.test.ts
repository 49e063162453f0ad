/** Batch imports run by the backend (native pickers, native drops), followed through events. */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { clearMocks } from '@tauri-apps/api/mocks';
import { emit } from '@tauri-apps/api/event';
import type { Article, BatchProgress, BatchReport, Events } from './api';
import { mockBackend, seedArticle } from './test/fixtures';
import App from './App.svelte';

afterEach(() => {
  cleanup();
  clearMocks();
});

/** The shared in-memory backend with its events mocked, so tests can emit what the shell would. */
function backend(initial: Article[], options: { cancelResult?: boolean } = {}) {
  return mockBackend(initial, {
    events: true,
    handle: (cmd) => {
      if (cmd === 'choose_and_import') return null;
      if (cmd === 'cancel_import') return options.cancelResult ?? true;
      if (cmd === 'import_text') return { status: 'already_there', article_id: 1, title: 'Seed' };
      return undefined;
    },
  });
}

async function fire<K extends keyof Events>(event: K, payload: Events[K]): Promise<void> {
  await emit(event, payload);
}

function progress(over: Partial<BatchProgress>): BatchProgress {
  return { done: 0, total: 3, current: null, imported: 0, already_there: 0, failures: [], ...over };
}

/** Renders the app and waits until its list is there and its listeners are registered. */
async function start(rows: number): Promise<void> {
  render(App);
  if (rows > 0) await waitFor(() => expect(screen.getAllByTestId('article-row')).toHaveLength(rows));
  else await screen.findByTestId('welcome');
  await new Promise((r) => setTimeout(r, 0));
}

describe('App: batch imports', () => {
  it('shows the progress panel and updates it on every import-progress event', async () => {
    backend([seedArticle()]);
    await start(1);
    expect(screen.queryByTestId('batch-progress')).toBeNull();

    await fire('import-progress', progress({ current: '/home/r/clips/first-page.html' }));
    const panel = await screen.findByTestId('batch-progress');
    expect(panel.textContent).toContain('Importing 1 of 3');
    expect(screen.getByTestId('batch-current').textContent).toBe('first-page.html');
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('0');

    await fire(
      'import-progress',
      progress({
        done: 2,
        current: '/home/r/clips/third.txt',
        imported: 1,
        failures: [{ input: '/home/r/clips/scan.pdf', message: 'scan.pdf: not a web page or text file' }],
      }),
    );
    await waitFor(() => expect(screen.getByTestId('batch-progress').textContent).toContain('Importing 3 of 3'));
    expect(screen.getByTestId('batch-current').textContent).toBe('third.txt');
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('2');
    const counts = screen.getByTestId('batch-counts').textContent ?? '';
    expect(counts).toMatch(/1\s*imported/);
    expect(counts).toMatch(/0\s*already there/);
    expect(counts).toMatch(/1\s*failed/);
    expect(screen.getAllByTestId('batch-failure')).toHaveLength(1);
    expect(screen.queryByTestId('batch-summary')).toBeNull();
  });

  it('cancels through cancel_import and says so until the report arrives', async () => {
    const { names } = backend([seedArticle()]);
    await start(1);
    await fire('import-progress', progress({ done: 1, total: 340, current: '/c/b.html', imported: 1 }));

    const cancel = await screen.findByTestId('batch-cancel');
    await fireEvent.click(cancel);
    await waitFor(() => expect(names()).toContain('cancel_import'));
    expect(cancel.textContent?.trim()).toBe('Cancelling…');
    expect((cancel as HTMLButtonElement).disabled).toBe(true);

    // The current item still finishes before the batch stops.
    await fire('import-progress', progress({ done: 12, total: 340, current: '/c/m.html', imported: 12 }));
    expect(screen.getByTestId('batch-cancel').textContent?.trim()).toBe('Cancelling…');

    const report: BatchReport = {
      outcomes: Array.from({ length: 12 }, (_, i) => ({ status: 'already_there' as const, article_id: 1, title: `t${i}` })),
      failures: [],
      cancelled: true,
      skipped: 328,
    };
    await fire('import-finished', report);
    const summaryEl = await screen.findByTestId('batch-summary');
    expect(summaryEl.textContent).toContain('Cancelled after 12 of 340');
    expect(screen.queryByTestId('batch-cancel')).toBeNull();
  });

  it('stops saying "Cancelling…" when the backend had nothing running', async () => {
    backend([seedArticle()], { cancelResult: false });
    await start(1);
    await fire('import-progress', progress({ done: 1 }));
    await fireEvent.click(await screen.findByTestId('batch-cancel'));
    await waitFor(() => expect(screen.getByTestId('batch-cancel').textContent?.trim()).toBe('Cancel'));
  });

  it('summarises a finished batch, lists each failure with its input and message, and can be dismissed', async () => {
    backend([seedArticle()]);
    await start(1);
    await fire('import-progress', progress({ total: 4 }));
    const report: BatchReport = {
      outcomes: [
        { status: 'already_there', article_id: 1, title: 'Seed' },
        { status: 'already_there', article_id: 1, title: 'Seed' },
      ],
      failures: [
        { input: '/home/r/clips/scan.pdf', message: 'scan.pdf: not a web page or text file' },
        { input: 'C:\\Users\\r\\broken.mhtml', message: 'broken.mhtml: the archive is truncated' },
      ],
      cancelled: false,
      skipped: 0,
    };
    await fire('import-finished', report);

    const summaryEl = await screen.findByTestId('batch-summary');
    expect(summaryEl.textContent).toContain('Imported 0, 2 already there, 2 failed');
    const failures = screen.getAllByTestId('batch-failure');
    expect(failures).toHaveLength(2);
    expect(within(failures[0]!).getByText('scan.pdf')).toBeTruthy();
    expect(failures[0]!.textContent).toContain('/home/r/clips');
    expect(failures[0]!.textContent).toContain('not a web page or text file');
    expect(failures[1]!.textContent).toContain('broken.mhtml');
    expect(failures[1]!.textContent).toContain('the archive is truncated');

    await fireEvent.click(screen.getByLabelText('Dismiss import summary'));
    expect(screen.queryByTestId('batch-progress')).toBeNull();
  });

  it('dismisses a finished summary with Esc, but not a running batch', async () => {
    backend([seedArticle()]);
    await start(1);
    await fire('import-progress', progress({}));
    await screen.findByTestId('batch-progress');
    await fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.getByTestId('batch-progress')).toBeTruthy();

    await fire('import-finished', { outcomes: [], failures: [], cancelled: false, skipped: 0 });
    await screen.findByTestId('batch-summary');
    await fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.queryByTestId('batch-progress')).toBeNull();
  });

  it('refreshes the list when a batch finishes and opens the first new article if nothing was selected', async () => {
    const { add } = backend([seedArticle({ id: 1, title: 'Already stored' })]);
    await start(1);
    await fire('import-progress', progress({ total: 3 }));

    add(seedArticle({ id: 2, title: 'First new' }));
    add(seedArticle({ id: 3, title: 'Second new' }));
    await fire('import-finished', {
      outcomes: [
        { status: 'already_there', article_id: 1, title: 'Already stored' },
        { status: 'created', article_id: 2, title: 'First new', warnings: [] },
        { status: 'created', article_id: 3, title: 'Second new', warnings: [] },
      ],
      failures: [],
      cancelled: false,
      skipped: 0,
    });

    await waitFor(() => expect(screen.getAllByTestId('article-row')).toHaveLength(3));
    await waitFor(() => expect(screen.getByTestId('reader-title').textContent).toBe('First new'));
    expect(screen.getByTestId('batch-summary').textContent).toContain('Imported 2, 1 already there');
  });

  it('lists the articles a batch kept without their text, and opens one on a click', async () => {
    const { add } = backend([seedArticle({ id: 1, title: 'Reading this' })]);
    await start(1);
    await fire('import-progress', progress({ total: 2 }));
    add(seedArticle({ id: 2, title: 'Whole article' }));
    add(seedArticle({ id: 3, title: 'Drawn by its script', text: '', html: '' }));
    await fire('import-finished', {
      outcomes: [
        { status: 'created', article_id: 2, title: 'Whole article', warnings: [] },
        { status: 'created', article_id: 3, title: 'Drawn by its script', warnings: ['no article text was found in the page'] },
      ],
      failures: [],
      cancelled: false,
      skipped: 0,
    });
    const summary = await screen.findByTestId('batch-summary');
    expect(summary.textContent).toContain('Imported 2, 1 to check');
    // Marked for a look, not as done and not as failed.
    expect(screen.getByTestId('batch-progress').classList.contains('check')).toBe(true);
    expect(summary.querySelector('.mark')?.textContent).toBe('!');
    const notes = screen.getAllByTestId('batch-note');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.textContent).toContain('No article text was found in the page.');
    await fireEvent.click(within(notes[0]!).getByRole('button', { name: 'Drawn by its script' }));
    await waitFor(() => expect(screen.getByTestId('reader-title').textContent).toBe('Drawn by its script'));
    expect(screen.getByTestId('reader-no-text')).toBeTruthy();
  });

  it('keeps the selection when a batch finishes', async () => {
    const { add } = backend([seedArticle({ id: 1, title: 'Older' }), seedArticle({ id: 2, title: 'Reading this' })]);
    await start(2);
    await fireEvent.keyDown(window, { key: 'j' });
    await waitFor(() => expect(screen.getByTestId('reader-title').textContent).toBe('Reading this'));

    await fire('import-progress', progress({ total: 1 }));
    add(seedArticle({ id: 3, title: 'Just imported' }));
    await fire('import-finished', {
      outcomes: [{ status: 'created', article_id: 3, title: 'Just imported', warnings: [] }],
      failures: [],
      cancelled: false,
      skipped: 0,
    });

    await waitFor(() => expect(screen.getAllByTestId('article-row')).toHaveLength(3));
    const selected = screen.getAllByTestId('article-row').filter((r) => r.getAttribute('aria-selected') === 'true');
    expect(selected.map((r) => r.dataset.id)).toEqual(['2']);
    expect(screen.getByTestId('reader-title').textContent).toBe('Reading this');
  });

  it('leaves the welcome screen for the list as soon as the first article of a batch is in', async () => {
    const { add } = backend([]);
    await start(0);
    await fire('import-progress', progress({ total: 2, current: '/c/a.html' }));
    add(seedArticle({ id: 7, title: 'First of the batch' }));
    await fire('import-progress', progress({ total: 2, done: 1, imported: 1, current: '/c/b.html' }));
    await waitFor(() => expect(screen.getAllByTestId('article-row')).toHaveLength(1));
    expect(screen.queryByTestId('welcome')).toBeNull();
    expect(screen.getByTestId('batch-progress').textContent).toContain('Importing 2 of 2');
  });

  it('puts away a notice about an earlier import when a new batch starts', async () => {
    backend([seedArticle({ id: 1, title: 'Seed' })]);
    await start(1);
    await fireEvent.keyDown(window, { key: 'V', ctrlKey: true, shiftKey: true });
    const box = (await screen.findByTestId('paste-text')) as HTMLTextAreaElement;
    await fireEvent.input(box, { target: { value: 'Seed\n\nThe same text again.' } });
    await fireEvent.click(screen.getByTestId('paste-submit'));
    const notice = await screen.findByTestId('notice');
    expect(notice.textContent).toMatch(/Already in your library/);

    await fire('import-progress', progress({ total: 2, current: '/c/a.html' }));
    await screen.findByTestId('batch-progress');
    expect(screen.queryByTestId('notice')).toBeNull();
  });

  it('shows a batch that cannot start as an error', async () => {
    backend([seedArticle()]);
    await start(1);
    await fire('import-failed', { code: 'storage', message: 'The library folder is read-only.' });
    const banner = await screen.findByTestId('error-banner');
    expect(banner.textContent).toContain('The library folder is read-only.');
  });
});

describe('App: importing through the native pickers', () => {
  it('opens the native file picker from the sidebar and Ctrl+O, and the folder picker from Ctrl+Shift+O', async () => {
    const { calls } = backend([seedArticle()]);
    await start(1);
    const picks = () => calls.filter(([c]) => c === 'choose_and_import').map(([, a]) => a);

    await fireEvent.click(screen.getByTestId('import-files'));
    await fireEvent.click(screen.getByTestId('import-folder'));
    await fireEvent.keyDown(window, { key: 'o', ctrlKey: true });
    await fireEvent.keyDown(window, { key: 'O', ctrlKey: true, shiftKey: true });
    await waitFor(() =>
      expect(picks()).toEqual([{ kind: 'files' }, { kind: 'folders' }, { kind: 'files' }, { kind: 'folders' }]),
    );
    expect(calls.map(([c]) => c)).not.toContain('import_file');
  });
});

describe('App: drop overlay', () => {
  it('follows the webview’s native drag events', async () => {
    backend([seedArticle()]);
    await start(1);
    expect(screen.queryByTestId('drop-overlay')).toBeNull();

    await emit('tauri://drag-enter', { paths: ['/home/r/secret/path.html'], position: { x: 10, y: 10 } });
    const overlay = await screen.findByTestId('drop-overlay');
    expect(overlay.textContent).toContain('Drop pages, links, text files or folders to import them');
    // The page never shows (or forwards) the dragged paths.
    expect(document.body.textContent).not.toContain('/home/r/secret');

    await emit('tauri://drag-over', { position: { x: 20, y: 20 } });
    expect(screen.getByTestId('drop-overlay')).toBeTruthy();
    await emit('tauri://drag-leave', null);
    await waitFor(() => expect(screen.queryByTestId('drop-overlay')).toBeNull());

    await emit('tauri://drag-enter', { paths: [], position: { x: 10, y: 10 } });
    await screen.findByTestId('drop-overlay');
    await emit('tauri://drag-drop', { paths: ['/home/r/a.html'], position: { x: 10, y: 10 } });
    await waitFor(() => expect(screen.queryByTestId('drop-overlay')).toBeNull());
  });
});
