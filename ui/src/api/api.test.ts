import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearMocks, mockConvertFileSrc, mockIPC, mockWindows } from '@tauri-apps/api/mocks';
import { emit } from '@tauri-apps/api/event';
import type { InvokeArgs } from '@tauri-apps/api/core';
import {
  call,
  contentUrl,
  FILE_NAME_HEADER,
  getArticle,
  imageUrl,
  importFile,
  importText,
  importUrl,
  cancelImport,
  chooseAndImport,
  libraryInfo,
  listen,
  onDragDrop,
  listArticles,
  listPhotos,
  getFacets,
  emptyQuery,
  openLink,
  toCommandError,
} from './index';

afterEach(() => clearMocks());

type Internals = { invoke: (cmd: string, args?: InvokeArgs, options?: unknown) => Promise<unknown> };
const internals = (): Internals => (window as unknown as { __TAURI_INTERNALS__: Internals }).__TAURI_INTERNALS__;

describe('call', () => {
  it('passes the command name and arguments through and returns the result', async () => {
    const seen: Array<[string, unknown]> = [];
    mockIPC((cmd, args) => {
      seen.push([cmd, args]);
      if (cmd === 'list_articles' || cmd === 'list_photos') return { items: [], next: null };
      if (cmd === 'get_article') return { id: (args as { id: number }).id, title: 'T' };
      if (cmd === 'library_info') return { path: '/lib', article_count: 3, schema_version: 1 };
      return null;
    });

    const query = { ...emptyQuery(), search: 'kosovo' };
    await expect(call('list_articles', { query, after: 'opaque-token', limit: 100 })).resolves.toEqual({
      items: [],
      next: null,
    });
    await expect(getArticle(42)).resolves.toMatchObject({ id: 42 });
    await expect(libraryInfo()).resolves.toEqual({ path: '/lib', article_count: 3, schema_version: 1 });
    await listArticles(emptyQuery(), null, 5);
    await getFacets(query);
    await listPhotos(query, 'tok', 60);
    await importText('Title\n\nBody');
    await openLink('https://example.org/');

    expect(seen).toEqual([
      ['list_articles', { query, after: 'opaque-token', limit: 100 }],
      ['get_article', { id: 42 }],
      ['library_info', {}],
      ['list_articles', { query: emptyQuery(), after: null, limit: 5 }],
      ['get_facets', { query }],
      ['list_photos', { query, after: 'tok', limit: 60 }],
      ['import_text', { text: 'Title\n\nBody', html: null }],
      ['open_link', { url: 'https://example.org/' }],
    ]);
  });

  it('rejects with the shell’s CommandError unchanged', async () => {
    mockIPC(() => {
      throw { code: 'not_found', message: 'No article with id 9.' };
    });
    await expect(getArticle(9)).rejects.toEqual({ code: 'not_found', message: 'No article with id 9.' });
  });

  it('turns a string rejection into an internal CommandError', async () => {
    mockIPC(() => Promise.reject('command get_article not found'));
    await expect(getArticle(1)).rejects.toEqual({ code: 'internal', message: 'command get_article not found' });
  });

  it('turns an Error or an odd object into an internal CommandError', async () => {
    mockIPC(() => {
      throw new Error('IPC channel closed');
    });
    await expect(libraryInfo()).rejects.toEqual({ code: 'internal', message: 'IPC channel closed' });

    mockIPC(() => {
      throw { code: 'made_up_code', message: 'weird' };
    });
    await expect(libraryInfo()).rejects.toEqual({ code: 'internal', message: 'weird' });
  });
});

describe('toCommandError', () => {
  it('never returns anything but {code, message}', () => {
    expect(toCommandError(undefined)).toEqual({ code: 'internal', message: 'Unexpected error from the app: undefined' });
    expect(toCommandError(42)).toEqual({ code: 'internal', message: 'Unexpected error from the app: 42' });
    expect(toCommandError({ code: 'storage', message: 'disk full', extra: 1 })).toEqual({ code: 'storage', message: 'disk full' });
  });
});

describe('importFile', () => {
  it('sends the raw bytes as the body and the encoded file name in a header', async () => {
    mockIPC((cmd) => (cmd === 'import_file' ? { status: 'created', article_id: 5, title: 'From file', warnings: [] } : null));
    const spy = vi.spyOn(internals(), 'invoke');
    const file = new File(['<p>héllo</p>'], 'Été 2022 / notes.html', { type: 'text/html' });

    await expect(importFile(file)).resolves.toEqual({ status: 'created', article_id: 5, title: 'From file', warnings: [] });

    expect(spy).toHaveBeenCalledTimes(1);
    const [cmd, body, options] = spy.mock.calls[0]!;
    expect(cmd).toBe('import_file');
    expect(body).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(body as Uint8Array)).toBe('<p>héllo</p>');
    expect(options).toEqual({ headers: { [FILE_NAME_HEADER]: encodeURIComponent('Été 2022 / notes.html') } });
    expect(FILE_NAME_HEADER).toBe('x-cuttings-file-name');
  });

  it('rejects with the backend’s error for that file', async () => {
    mockIPC(() => {
      throw { code: 'unsupported', message: 'scan.pdf: PDF is not supported yet' };
    });
    await expect(importFile(new File(['%PDF'], 'scan.pdf'))).rejects.toEqual({
      code: 'unsupported',
      message: 'scan.pdf: PDF is not supported yet',
    });
  });
});

describe('importUrl', () => {
  it('sends the URL to import_url and passes a network error through', async () => {
    const seen: Array<[string, unknown]> = [];
    mockIPC((cmd, args) => {
      seen.push([cmd, args]);
      const url = (args as { url: string }).url;
      if (url.includes('down')) throw { code: 'network', message: `Could not fetch ${url}: timed out` };
      return { status: 'created', article_id: 8, title: 'Fetched', warnings: [] };
    });
    await expect(importUrl('https://example.org/story')).resolves.toEqual({ status: 'created', article_id: 8, title: 'Fetched', warnings: [] });
    await expect(importUrl('https://down.example/')).rejects.toEqual({
      code: 'network',
      message: 'Could not fetch https://down.example/: timed out',
    });
    expect(seen).toEqual([
      ['import_url', { url: 'https://example.org/story' }],
      ['import_url', { url: 'https://down.example/' }],
    ]);
  });
});

describe('imageUrl', () => {
  it('builds content-frame URLs on the cuttings-content protocol', () => {
    mockConvertFileSrc('linux');
    expect(contentUrl(12, 34)).toBe('cuttings-content://localhost/article%2F12?v=34');
    expect(contentUrl(12)).toBe('cuttings-content://localhost/article%2F12');
  });

  it('builds URLs on the cuttings-img protocol', () => {
    mockConvertFileSrc('linux');
    expect(imageUrl('thumb', 'ab12')).toBe('cuttings-img://localhost/thumb%2Fab12');
    mockConvertFileSrc('windows');
    expect(imageUrl('photo', 'ab12')).toBe('http://cuttings-img.localhost/photo%2Fab12');
  });
});

describe('batch imports', () => {
  it('asks the backend to pick and to cancel', async () => {
    const seen: Array<[string, unknown]> = [];
    mockIPC((cmd, args) => {
      seen.push([cmd, args]);
      return cmd === 'cancel_import' ? true : null;
    });
    await expect(chooseAndImport('folders')).resolves.toBeNull();
    await expect(cancelImport()).resolves.toBe(true);
    expect(seen).toEqual([
      ['choose_and_import', { kind: 'folders' }],
      ['cancel_import', {}],
    ]);
  });

  it('hands a typed event’s payload to the handler until unlistened', async () => {
    mockIPC(() => null, { shouldMockEvents: true });
    const got: unknown[] = [];
    const stop = await listen('import-failed', (e) => got.push(e.message));
    await emit('import-failed', { code: 'storage', message: 'disk full' });
    stop();
    stop();
    await new Promise((r) => setTimeout(r, 0));
    await emit('import-failed', { code: 'storage', message: 'again' });
    expect(got).toEqual(['disk full']);
  });

  it('reports only the phase of a native drag, never its paths', async () => {
    mockWindows('main');
    mockIPC(() => null, { shouldMockEvents: true });
    const got: unknown[] = [];
    const stop = await onDragDrop((...args) => got.push(args));
    await emit('tauri://drag-enter', { paths: ['/secret/a.html'], position: { x: 1, y: 2 } });
    await emit('tauri://drag-drop', { paths: ['/secret/a.html'], position: { x: 1, y: 2 } });
    stop();
    expect(got).toEqual([['enter'], ['drop']]);
  });

  it('follows no drags outside the app’s webview', async () => {
    mockIPC(() => null);
    const stop = await onDragDrop(() => {});
    expect(() => stop()).not.toThrow();
  });
});
