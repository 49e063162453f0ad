import { describe, expect, it } from 'vitest';
import type { CommandError, ImportOutcome } from '../api';
import { importBatch, reportFor } from './importer';

const file = (name: string) => new File(['x'], name);

describe('importBatch', () => {
  it('imports in order, reports progress, and carries on past failures', async () => {
    const progress: string[] = [];
    const result = await importBatch(
      [file('a.html'), file('b.pdf'), file('c.txt')],
      async (f) => {
        if (f.name === 'b.pdf') throw { code: 'unsupported', message: 'b.pdf: not a web page or text' } satisfies CommandError;
        return { status: 'created', article_id: f.name === 'a.html' ? 1 : 3, title: f.name, warnings: [] };
      },
      (current, total, name) => progress.push(`${current}/${total} ${name}`),
    );
    expect(progress).toEqual(['1/3 a.html', '2/3 b.pdf', '3/3 c.txt']);
    expect(result.imported.map((i) => i.name)).toEqual(['a.html', 'c.txt']);
    expect(result.failed).toEqual([{ name: 'b.pdf', error: { code: 'unsupported', message: 'b.pdf: not a web page or text' } }]);
  });

  it('turns odd rejections into CommandErrors', async () => {
    const result = await importBatch([file('a')], () => Promise.reject(new Error('boom')), () => {});
    expect(result.failed[0]?.error.code).toBe('internal');
  });
});

describe('reportFor', () => {
  const created = (id: number, title = `T${id}`): ImportOutcome => ({ status: 'created', article_id: id, title, warnings: [] });

  it('says nothing extra for one new article, and selects it', () => {
    expect(reportFor({ imported: [{ name: 'x', outcome: created(4) }], failed: [] })).toEqual({ notice: null, error: null, selectId: 4 });
  });

  it('says calmly when the article was already there', () => {
    const r = reportFor({ imported: [{ name: 'x', outcome: { status: 'already_there', article_id: 2, title: 'Old' } }], failed: [] });
    expect(r.notice).toBe('Already in your library: “Old”');
    expect(r.selectId).toBe(2);
    expect(r.error).toBeNull();
  });

  it('says what the backend warns of, for one import and for each of a batch', () => {
    const warned = (id: number, warning: string): ImportOutcome => ({ status: 'created', article_id: id, title: `T${id}`, warnings: [warning] });
    const one = reportFor({ imported: [{ name: 'x.html', outcome: warned(4, 'no article text was found in the page') }], failed: [] });
    expect(one.notice).toBe('Saved “T4” — no article text was found in the page.');
    expect(one.selectId).toBe(4);
    const again = reportFor({
      imported: [{ name: 'x.html', outcome: { status: 'new_capture', article_id: 4, title: 'T4', warnings: ['the page held next to no article text this time', 'second thing'] } }],
      failed: [],
    });
    expect(again.notice).toBe('Saved a new capture of “T4” — the page held next to no article text this time.\nSecond thing.');
    const many = reportFor({
      imported: [
        { name: 'a.html', outcome: created(1) },
        { name: 'b.html', outcome: warned(2, 'no article text was found in the page') },
        { name: 'c.txt', outcome: warned(3, 'no headline was found in it') },
      ],
      failed: [],
    });
    expect(many.notice).toBe(
      'Imported 3 of 3 files; 2 to check.\nb.html: No article text was found in the page.\nc.txt: No headline was found in it.',
    );
  });

  it('shows the backend message for a single failure', () => {
    const r = reportFor({ imported: [], failed: [{ name: 'x.pdf', error: { code: 'unsupported', message: 'x.pdf is a PDF' } }] });
    expect(r).toEqual({ notice: null, error: 'x.pdf is a PDF', selectId: null });
  });

  it('sums up a batch and lists each failure with its reason', () => {
    const r = reportFor({
      imported: [
        { name: 'a', outcome: created(1) },
        { name: 'b', outcome: { status: 'already_there', article_id: 2, title: 'B' } },
        { name: 'c', outcome: created(3) },
      ],
      failed: [
        { name: 'd.pdf', error: { code: 'unsupported', message: 'not supported' } },
        { name: 'e.txt', error: { code: 'invalid_input', message: 'empty file' } },
      ],
    });
    expect(r.notice).toBe('Imported 2 of 5 files; 1 already in your library.');
    expect(r.error).toBe('2 files could not be imported:\nd.pdf: not supported\ne.txt: empty file');
    expect(r.selectId).toBe(3);
  });
});
