import { describe, expect, it } from 'vitest';
import type { BatchReport } from '../api';
import { baseName, cancelledDetail, dirName, failureReason, firstNewArticle, notesOf, progressHeadline, summaryHeadline } from './batch';

const report = (over: Partial<BatchReport>): BatchReport => ({ outcomes: [], failures: [], cancelled: false, skipped: 0, ...over });
const created = (id: number) => ({ status: 'created' as const, article_id: id, title: `t${id}`, warnings: [] });
const already = (id: number) => ({ status: 'already_there' as const, article_id: id, title: `t${id}` });
const failure = { input: '/x/y.pdf', message: 'no' };

describe('batch helpers', () => {
  it('says why an item failed without naming it again', () => {
    const input = '/clips/feed.html';
    expect(failureReason({ input, message: `${input}: not a web page or text (it is JSON data)` })).toBe(
      'Not a web page or text (it is JSON data).',
    );
    // A message that does not open with the input is kept whole.
    expect(failureReason({ input, message: 'the batch was stopped' })).toBe('The batch was stopped.');
    expect(failureReason({ input, message: '/clips/other.html: gone' })).toBe('/clips/other.html: gone.');
  });

  it('splits POSIX and Windows paths', () => {
    expect(baseName('/home/r/clips/a.html')).toBe('a.html');
    expect(baseName('C:\\Users\\r\\b.txt')).toBe('b.txt');
    expect(baseName('/home/r/folder/')).toBe('folder');
    expect(baseName('plain.txt')).toBe('plain.txt');
    expect(dirName('/home/r/clips/a.html')).toBe('/home/r/clips');
    expect(dirName('C:\\Users\\r\\b.txt')).toBe('C:\\Users\\r');
    expect(dirName('plain.txt')).toBe('');
    // Links of a batch: the page's own name, under its site and path.
    expect(baseName('https://www.example.com/2026/12/06/world/bridge-reopens.html?utm=x#top')).toBe('bridge-reopens.html');
    expect(dirName('https://www.example.com/2026/12/06/world/bridge-reopens.html?utm=x#top')).toBe('www.example.com/2026/12/06/world');
    expect(baseName('https://news.example.org/caf%C3%A9/')).toBe('café');
    expect(dirName('https://news.example.org/caf%C3%A9/')).toBe('news.example.org');
    expect(baseName('http://127.0.0.1:8080/')).toBe('127.0.0.1:8080');
    expect(dirName('http://127.0.0.1:8080/')).toBe('');
  });

  it('names the item being worked on, 1-based', () => {
    const p = { done: 11, total: 340, current: 'x', imported: 11, already_there: 0, failures: [] };
    expect(progressHeadline(p)).toBe('Importing 12 of 340');
    expect(progressHeadline({ ...p, done: 340, current: null })).toBe('Finishing 340 of 340…');
    expect(progressHeadline({ ...p, done: 0, total: 0 })).toBe('Looking for files to import…');
  });

  it('summarises a finished batch', () => {
    const outcomes = [...Array.from({ length: 338 }, (_, i) => created(i)), already(1)];
    expect(summaryHeadline(report({ outcomes, failures: [failure] }))).toBe('Imported 338, 1 already there, 1 failed');
    expect(summaryHeadline(report({ outcomes: [created(1), created(2)] }))).toBe('Imported 2');
    expect(summaryHeadline(report({}))).toMatch(/^Nothing to import/);
  });

  it('counts and lists the articles the backend warns of', () => {
    const warned = { status: 'created' as const, article_id: 7, title: 'Playbook', warnings: ['no article text was found in the page'] };
    const r = report({ outcomes: [created(1), warned, already(2)], failures: [failure] });
    expect(summaryHeadline(r)).toBe('Imported 2, 1 to check, 1 already there, 1 failed');
    expect(notesOf(r)).toEqual([{ articleId: 7, title: 'Playbook', warnings: ['No article text was found in the page.'] }]);
    expect(notesOf(report({ outcomes: [created(1), already(2)] }))).toEqual([]);
  });

  it('summarises a cancelled batch by where it stopped', () => {
    const r = report({ outcomes: [created(1), already(2)], failures: [failure], cancelled: true, skipped: 7 });
    expect(summaryHeadline(r)).toBe('Cancelled after 3 of 10');
    expect(cancelledDetail(r)).toBe('1 imported, 1 already there, 1 failed, 7 items not attempted');
  });

  it('picks the first article the batch added', () => {
    expect(firstNewArticle([already(1), created(5), created(6)])).toBe(5);
    expect(firstNewArticle([already(1)])).toBeNull();
    expect(firstNewArticle([{ status: 'new_capture', article_id: 9, title: 'n', warnings: [] }])).toBe(9);
  });
});
