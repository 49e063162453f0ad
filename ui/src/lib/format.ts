/** Display helpers for dates, section paths, sizes and capture kinds. Pure; no DOM. */
import type { CaptureKind } from '../api';

/** Locale and time zone overrides (tests pin them; the app uses the system's). */
export interface FormatOptions {
  locale?: string;
  timeZone?: string;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `YYYY-MM-DD` means the day is known but not the time. */
export function isDateOnly(value: string): boolean {
  return DATE_ONLY.test(value);
}

let systemCounts: Intl.NumberFormat | undefined;

/**
 * A count with its digits grouped ("1,000,000"), in the reader's locale. A locale that
 * groups nothing (WebKit reports the POSIX one when the system's is `C`) would print a
 * million as "1000000", so English grouping stands in for it.
 */
export function formatCount(count: number, opts: FormatOptions = {}): string {
  if (opts.locale) return groupingFormat(new Intl.NumberFormat(opts.locale)).format(count);
  systemCounts ??= groupingFormat(new Intl.NumberFormat());
  return systemCounts.format(count);
}

/** `3 photos`, `1 photo`: a count (grouped as {@link formatCount} groups it) with its noun. */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** An address's host without `www.` (`theguardian.com`); null when it is not a URL. */
export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

function groupingFormat(format: Intl.NumberFormat): Intl.NumberFormat {
  return format.format(1_000_000).length > 7 ? format : new Intl.NumberFormat('en');
}

type Style = 'short' | 'long';

const DATE_PARTS: Record<Style | 'time', Intl.DateTimeFormatOptions> = {
  short: { day: 'numeric', month: 'short', year: 'numeric' },
  long: { day: 'numeric', month: 'long', year: 'numeric' },
  time: { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' },
};

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The formatter for a style, locale and time zone, made once: WebKit takes about half a
 * millisecond to build one, and the list's first screen alone formats 28 dates.
 */
function dateFormat(style: Style | 'time', locale: string | undefined, timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${style}|${locale ?? ''}|${timeZone ?? ''}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...DATE_PARTS[style], timeZone });
    dateFormats.set(key, format);
  }
  return format;
}

function parse(value: string): { date: Date; dateOnly: boolean } | null {
  const m = DATE_ONLY.exec(value);
  if (m) {
    const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return Number.isNaN(date.getTime()) ? null : { date, dateOnly: true };
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : { date, dateOnly: false };
}

/**
 * A calendar date for display: "1 Aug 2022" (short) or "1 August 2022" (long), in the
 * reader's locale. A date-only value is shown as that day in every time zone. Unparseable
 * input comes back as written; null or empty gives null.
 */
export function formatDate(
  value: string | null | undefined,
  style: Style = 'long',
  opts: FormatOptions = {},
): string | null {
  if (!value) return null;
  const parsed = parse(value.trim());
  if (!parsed) return value;
  return dateFormat(style, opts.locale, parsed.dateOnly ? 'UTC' : opts.timeZone).format(parsed.date);
}

/** Like {@link formatDate} (long), plus the time of day when the value has one. */
export function formatDateTime(value: string | null | undefined, opts: FormatOptions = {}): string | null {
  if (!value) return null;
  const parsed = parse(value.trim());
  if (!parsed) return value;
  if (parsed.dateOnly) return formatDate(value, 'long', opts);
  return dateFormat('time', opts.locale, opts.timeZone).format(parsed.date);
}

/** A stored section path (`News / World`, as the sections facet and filter hold it) → `News › World`. */
export function sectionPathLabel(path: string): string {
  return formatSection(path.split(' / '));
}

/**
 * A language tag in its canonical form (`en-us` → `en-US`, `EN` → `en`); null when it is
 * not a language tag at all.
 */
export function canonicalLanguage(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0] ?? null;
  } catch {
    return null;
  }
}

/** Scripts written right to left (ISO 15924): Arabic, Hebrew, Thaana, Syriac, N'Ko, Adlam,
 *  Hanifi Rohingya, Mandaic, Samaritan. */
const RIGHT_TO_LEFT_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr']);

/**
 * The direction an article's text runs in, from its language: its script, or the one CLDR
 * takes for the language (`ar`, `fa`, `ur`, `pa-PK` → Arabic, right to left). `auto` (the
 * browser reads it from the text) when the language is unknown or not a tag. The content
 * frame's document takes its direction from the core's `is_right_to_left` (a list of the
 * same languages; CLDR's region rules such as `pa-PK` are only here).
 */
export function textDirection(language: string | null | undefined): 'ltr' | 'rtl' | 'auto' {
  const canonical = language ? canonicalLanguage(language) : null;
  if (!canonical || canonical === 'und') return 'auto';
  try {
    const script = new Intl.Locale(canonical).maximize().script;
    return script && RIGHT_TO_LEFT_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  } catch {
    return 'auto';
  }
}

/** A language tag by its name in the reader's language (`fr` → `French`, `en-GB` →
 *  `British English`); the tag itself when it has no name. */
export function languageLabel(tag: string, opts: FormatOptions = {}): string {
  const canonical = canonicalLanguage(tag);
  if (!canonical) return tag;
  try {
    const names = opts.locale ? languageNames(opts.locale) : (systemLanguageNames ??= languageNames(undefined));
    return names.of(canonical) ?? tag;
  } catch {
    return tag;
  }
}

let systemLanguageNames: Intl.DisplayNames | undefined;

function languageNames(locale: string | undefined): Intl.DisplayNames {
  return new Intl.DisplayNames(locale ? [locale] : undefined, { type: 'language', fallback: 'code' });
}

/** `["News", "World"]` → `News › World`; empty parts are skipped. */
export function formatSection(section: readonly string[]): string {
  return section
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .join(' › ');
}

/** Human size: 950 B, 12.3 KB, 4.5 MB (decimal units, like file managers). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  if (bytes < 1000) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/**
 * Why a photo shows no image: the reason it was not stored, an image left on the web
 * (a saved page whose pictures were not saved with it), or a caption that never had one.
 */
export function missingImageText(photo: { url: string | null; missing_reason: string | null }): string {
  if (photo.missing_reason) return `Photo not stored: ${photo.missing_reason}`;
  return photo.url ? 'Photo: image not downloaded' : 'Photo: caption only (the clipping had no image)';
}

/**
 * The same, in the two or three words a gallery tile has room for (the full sentence goes in
 * its tooltip): a pasted clipping never had an image, which is not the same as one that was
 * not stored.
 */
export function missingImageLabel(photo: { url: string | null; missing_reason: string | null }): string {
  if (photo.missing_reason) return 'Image not stored';
  return photo.url ? 'Image not downloaded' : 'Caption only';
}

/** The photos whose image is on the web but not stored: what a download could fetch. */
export function downloadablePhotos<P extends { sha256: string | null; url: string | null }>(photos: readonly P[]): P[] {
  return photos.filter((p) => !p.sha256 && /^https?:\/\//i.test(p.url ?? ''));
}

/** What downloading an article's missing photos did, in one sentence. */
export function photoDownloadSummary(report: { downloaded: number; failed: readonly unknown[] }): string {
  const { downloaded } = report;
  const failed = report.failed.length;
  if (failed === 0) return downloaded === 0 ? 'No photo needed downloading.' : `Downloaded ${countOf(downloaded, 'photo')}.`;
  if (downloaded === 0) return `Could not download ${failed === 1 ? 'the photo' : `the ${countOf(failed, 'photo')}`}:`;
  return `Downloaded ${downloaded} of ${countOf(downloaded + failed, 'photo')}; ${failed} could not be:`;
}

/**
 * Why downloads failed, each cause once with how many photos it stopped, most first: the
 * address is left out of the words (it is the same host over and over when a site is
 * unreachable) and kept for the tooltip of a cause that stopped one photo.
 */
export function downloadFailures(
  failed: readonly { url: string; reason: string }[],
): { reason: string; count: number; url: string | null }[] {
  const causes = new Map<string, { reason: string; count: number; url: string | null }>();
  for (const { url, reason } of failed) {
    const cause = reason.replace(/^download failed: /, '').replace(`${url}: `, '');
    const seen = causes.get(cause);
    if (seen) {
      seen.count += 1;
      seen.url = null;
    } else causes.set(cause, { reason: cause, count: 1, url });
  }
  return [...causes.values()].sort((a, b) => b.count - a.count);
}

/** `image/jpeg` → `JPEG`; null for an unknown or missing type. */
export function imageTypeLabel(mediaType: string | null | undefined): string | null {
  const sub = mediaType?.match(/^image\/([\w.+-]+)$/i)?.[1];
  if (!sub) return null;
  return sub.toLowerCase() === 'svg+xml' ? 'SVG' : sub.toUpperCase();
}

const KIND_LABELS: Record<CaptureKind, string> = {
  file: 'Imported file',
  url: 'Fetched from the web',
  text: 'Pasted text',
  clipper: 'Browser clipper',
};

export function captureKindLabel(kind: CaptureKind): string {
  return KIND_LABELS[kind];
}

/** The list's second line: `site · date`, with the section path when there is no site. */
export function rowMeta(
  row: { site_name: string | null; section: readonly string[]; published: string | null; captured_at: string },
  opts: FormatOptions = {},
): string {
  const source = row.site_name?.trim() || formatSection(row.section);
  const date = formatDate(row.published ?? row.captured_at, 'short', opts);
  return [source, date].filter((s) => s).join(' · ');
}
