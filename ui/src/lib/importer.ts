/** Importing several files in a row, and saying afterwards what happened. */
import type { CommandError, ImportOutcome } from '../api';

export interface Imported {
  name: string;
  outcome: ImportOutcome;
}

export interface Failed {
  name: string;
  error: CommandError;
}

export interface BatchResult {
  imported: Imported[];
  failed: Failed[];
}

/**
 * Imports files one at a time (the backend writes one transaction per article), reporting
 * progress before each, and carries on past failures.
 */
export async function importBatch(
  files: readonly File[],
  importOne: (file: File) => Promise<ImportOutcome>,
  onProgress: (current: number, total: number, name: string) => void,
): Promise<BatchResult> {
  const result: BatchResult = { imported: [], failed: [] };
  for (const [i, file] of files.entries()) {
    onProgress(i + 1, files.length, file.name);
    try {
      result.imported.push({ name: file.name, outcome: await importOne(file) });
    } catch (reason) {
      result.failed.push({ name: file.name, error: asCommandError(reason) });
    }
  }
  return result;
}

function asCommandError(reason: unknown): CommandError {
  if (typeof reason === 'object' && reason !== null && 'message' in reason && 'code' in reason) {
    return reason as CommandError;
  }
  return { code: 'internal', message: String(reason) };
}

export interface Report {
  /** Calm one-line notice, if there is anything to say. */
  notice: string | null;
  /** Error text naming each input that failed, if any did. */
  error: string | null;
  /** The article to show afterwards. */
  selectId: number | null;
}

function quoted(title: string): string {
  return `“${title}”`;
}

/** What the backend wants the user to know about an import (none for one already there):
 *  clauses that follow the article's name (`no article text was found in the page: …`). */
export function warningsOf(outcome: ImportOutcome): readonly string[] {
  return outcome.status === 'already_there' ? [] : outcome.warnings;
}

/** A warning shown on its own: capitalised, with a full stop. */
export function asSentence(warning: string): string {
  const text = warning.trim();
  if (text === '') return text;
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?…]$/.test(capital) ? capital : `${capital}.`;
}

/** What to tell the reader after one or more imports. */
export function reportFor(result: BatchResult): Report {
  const { imported, failed } = result;
  const total = imported.length + failed.length;
  const last = imported.at(-1);
  const selectId = last ? last.outcome.article_id : null;
  const already = imported.filter((i) => i.outcome.status === 'already_there');

  let notice: string | null = null;
  const warned = imported.filter((i) => warningsOf(i.outcome).length > 0);
  if (total === 1 && last) {
    const [first, ...more] = warningsOf(last.outcome);
    if (first !== undefined) {
      const saved = last.outcome.status === 'new_capture' ? 'Saved a new capture of' : 'Saved';
      notice = [`${saved} ${quoted(last.outcome.title)} — ${asSentence(first).replace(/^./, (c) => c.toLowerCase())}`, ...more.map(asSentence)].join('\n');
    }
    else if (last.outcome.status === 'already_there') notice = `Already in your library: ${quoted(last.outcome.title)}`;
    else if (last.outcome.status === 'new_capture') notice = `The page had changed: saved a new capture of ${quoted(last.outcome.title)}`;
  } else if (total > 1 && imported.length > 0) {
    const added = imported.length - already.length;
    const parts = [`Imported ${added} of ${total} files`];
    if (already.length > 0) parts.push(`${already.length} already in your library`);
    if (warned.length > 0) parts.push(`${warned.length} to check`);
    const lines = warned.flatMap((i) => warningsOf(i.outcome).map((w) => `${i.name}: ${asSentence(w)}`));
    notice = [parts.join('; ') + '.', ...lines].join('\n');
  }

  let error: string | null = null;
  if (failed.length === 1 && total === 1) {
    error = failed[0]!.error.message;
  } else if (failed.length > 0) {
    const head = failed.length === 1 ? '1 file could not be imported:' : `${failed.length} files could not be imported:`;
    // The backend's messages usually name the input already; don't say it twice.
    const line = (f: Failed) => (f.error.message.includes(f.name) ? f.error.message : `${f.name}: ${f.error.message}`);
    error = [head, ...failed.map(line)].join('\n');
  }
  return { notice, error, selectId };
}
