/** Batch imports run by the backend: what to say about them, decided without the DOM. */
import type { BatchFailure, BatchProgress, BatchReport, ImportOutcome } from '../api';
import { countOf, formatCount } from './format';
import { asSentence } from './importer';

/** A batch as the progress panel sees it. */
export interface BatchView {
  /** The latest `import-progress`; null when the batch ended before reporting any. */
  progress: BatchProgress | null;
  /** The `import-finished` report, once it arrived. */
  report: BatchReport | null;
  /** Cancel was asked for and the report has not arrived yet. */
  cancelling: boolean;
}

/** A batch item that is a web address (a dropped or listed link), read as one. */
function webAddress(input: string): { host: string; parts: string[] } | null {
  if (!/^https?:\/\//i.test(input)) return null;
  try {
    const url = new URL(input);
    const parts = url.pathname.split('/').filter((p) => p !== '');
    const decoded = parts.map((p) => {
      try {
        return decodeURIComponent(p);
      } catch {
        return p;
      }
    });
    return { host: url.host, parts: decoded };
  } catch {
    return null;
  }
}

/** The last part of a path, whichever separator the OS used; of a web address, the last
 *  part of its path, or its host. */
export function baseName(input: string): string {
  const web = webAddress(input);
  if (web) return web.parts.at(-1) ?? web.host;
  const trimmed = input.replace(/[\\/]+$/, '');
  const at = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
  return at >= 0 ? trimmed.slice(at + 1) || trimmed : trimmed;
}

/** The folder part of a path ('' when there is none); of a web address, its host and the
 *  path above the last part ('' for a site's home page). */
export function dirName(input: string): string {
  const web = webAddress(input);
  if (web) return web.parts.length > 0 ? [web.host, ...web.parts.slice(0, -1)].join('/') : '';
  const trimmed = input.replace(/[\\/]+$/, '');
  const at = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
  return at > 0 ? trimmed.slice(0, at) : '';
}

/**
 * Why an item failed, said under its name: the backend's message names the input first
 * (`/clips/feed.html: not a web page …`), which the panel already shows above it.
 */
export function failureReason(failure: BatchFailure): string {
  const prefix = `${failure.input}: `;
  const reason = failure.message.startsWith(prefix) ? failure.message.slice(prefix.length) : failure.message;
  return asSentence(reason);
}

/** "Importing 12 of 340" while running (the item being worked on, 1-based). */
export function progressHeadline(p: BatchProgress): string {
  if (p.total === 0) return 'Looking for files to import…';
  if (p.done >= p.total) return `Finishing ${formatCount(p.total)} of ${formatCount(p.total)}…`;
  return `Importing ${formatCount(p.done + 1)} of ${formatCount(p.total)}`;
}

/** Items the report accounts for, split the way the summary counts them. */
export function reportCounts(report: BatchReport): { imported: number; already: number; failed: number; done: number; total: number } {
  const already = report.outcomes.filter((o) => o.status === 'already_there').length;
  const imported = report.outcomes.length - already;
  const failed = report.failures.length;
  const done = report.outcomes.length + failed;
  return { imported, already, failed, done, total: done + report.skipped };
}

/** An imported article the backend has something to say about (kept without article
 *  text, a title from the text's opening words), by the title it was stored under. */
export interface BatchNote {
  articleId: number;
  title: string;
  /** Each as a sentence of its own. */
  warnings: string[];
}

/** The batch's articles to check, in input order. */
export function notesOf(report: BatchReport): BatchNote[] {
  return report.outcomes.flatMap((o) =>
    o.status === 'already_there' || o.warnings.length === 0
      ? []
      : [{ articleId: o.article_id, title: o.title, warnings: o.warnings.map(asSentence) }],
  );
}

/** "Imported 338, 2 to check, 1 already there, 1 failed" or "Cancelled after 12 of 340". */
export function summaryHeadline(report: BatchReport): string {
  const { imported, already, failed, done, total } = reportCounts(report);
  if (report.cancelled) return `Cancelled after ${formatCount(done)} of ${formatCount(total)}`;
  if (total === 0) return 'Nothing to import: no saved pages or text files were found';
  const parts = [`Imported ${formatCount(imported)}`];
  const toCheck = notesOf(report).length;
  if (toCheck > 0) parts.push(`${formatCount(toCheck)} to check`);
  if (already > 0) parts.push(`${formatCount(already)} already there`);
  if (failed > 0) parts.push(`${formatCount(failed)} failed`);
  return parts.join(', ');
}

/** The counts line under a cancelled batch's headline (the headline gives only the position). */
export function cancelledDetail(report: BatchReport): string {
  const { imported, already, failed } = reportCounts(report);
  const parts = [`${formatCount(imported)} imported`];
  if (already > 0) parts.push(`${formatCount(already)} already there`);
  if (failed > 0) parts.push(`${formatCount(failed)} failed`);
  if (report.skipped > 0) parts.push(`${countOf(report.skipped, 'item', 'items')} not attempted`);
  return parts.join(', ');
}

/** The failures to list: the report's once it is there, the running tally before. */
export function failuresOf(view: BatchView): readonly BatchFailure[] {
  return view.report?.failures ?? view.progress?.failures ?? [];
}

/** The article to select after a batch when nothing is selected: the first one it added. */
export function firstNewArticle(outcomes: readonly ImportOutcome[]): number | null {
  return outcomes.find((o) => o.status !== 'already_there')?.article_id ?? null;
}
