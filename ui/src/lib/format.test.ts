import { describe, expect, it } from 'vitest';
import {
  captureKindLabel,
  downloadablePhotos,
  downloadFailures,
  formatBytes,
  formatCount,
  formatDate,
  formatDateTime,
  formatSection,
  imageTypeLabel,
  isDateOnly,
  missingImageLabel,
  missingImageText,
  photoDownloadSummary,
  rowMeta,
  textDirection,
} from './format';

const en = { locale: 'en-GB', timeZone: 'UTC' };

describe('formatDate', () => {
  it('shows a date-only value as that calendar day in every time zone', () => {
    expect(formatDate('2022-08-01', 'long', { locale: 'en-GB', timeZone: 'America/Los_Angeles' })).toBe('1 August 2022');
    expect(formatDate('2022-08-01', 'long', { locale: 'en-GB', timeZone: 'Pacific/Auckland' })).toBe('1 August 2022');
    expect(formatDate('2022-08-01', 'short', en)).toBe('1 Aug 2022');
  });

  it('shows a timestamp in the given time zone', () => {
    expect(formatDate('2022-08-01T23:30:00Z', 'long', en)).toBe('1 August 2022');
    expect(formatDate('2022-08-01T23:30:00Z', 'long', { locale: 'en-GB', timeZone: 'Europe/Belgrade' })).toBe('2 August 2022');
    expect(formatDate('2022-08-01T10:00:00+02:00', 'short', { locale: 'en-US', timeZone: 'UTC' })).toBe('Aug 1, 2022');
  });

  it('gives null for nothing and the raw text for what it cannot read', () => {
    expect(formatDate(null)).toBeNull();
    expect(formatDate('')).toBeNull();
    expect(formatDate('last Tuesday', 'long', en)).toBe('last Tuesday');
  });
});

describe('formatDateTime', () => {
  it('adds the time when there is one', () => {
    expect(formatDateTime('2024-05-12T09:14:03Z', en)).toBe('12 May 2024 at 09:14');
  });
  it('does not invent a time for a date-only value', () => {
    expect(formatDateTime('2024-05-12', en)).toBe('12 May 2024');
  });
});

describe('isDateOnly', () => {
  it('tells dates from timestamps', () => {
    expect(isDateOnly('2022-08-01')).toBe(true);
    expect(isDateOnly('2022-08-01T00:00:00Z')).toBe(false);
  });
});

describe('formatSection', () => {
  it('joins the path with a chevron', () => {
    expect(formatSection(['News', 'World'])).toBe('News › World');
    expect(formatSection(['World'])).toBe('World');
    expect(formatSection([])).toBe('');
    expect(formatSection([' News ', '', 'World'])).toBe('News › World');
  });
});

describe('formatBytes', () => {
  it('uses decimal units', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(3912)).toBe('3.9 KB');
    expect(formatBytes(48_213)).toBe('48 KB');
    expect(formatBytes(4_500_000)).toBe('4.5 MB');
    expect(formatBytes(-1)).toBe('—');
  });
});

describe('captureKindLabel', () => {
  it('names each kind', () => {
    expect(captureKindLabel('text')).toBe('Pasted text');
    expect(captureKindLabel('url')).toBe('Fetched from the web');
    expect(captureKindLabel('file')).toBe('Imported file');
    expect(captureKindLabel('clipper')).toBe('Browser clipper');
  });
});

describe('rowMeta', () => {
  const row = { site_name: 'teleSUR', section: ['News', 'World'], published: '2022-08-01', captured_at: '2024-05-12T09:14:03Z' };
  it('shows site and published date', () => {
    expect(rowMeta(row, en)).toBe('teleSUR · 1 Aug 2022');
  });
  it('falls back to the section path and the captured date', () => {
    expect(rowMeta({ ...row, site_name: null, published: null }, en)).toBe('News › World · 12 May 2024');
    expect(rowMeta({ ...row, site_name: '  ', section: [], published: null }, en)).toBe('12 May 2024');
  });
});

describe('formatCount', () => {
  it('groups digits in the locale', () => {
    expect(formatCount(1_000_000, { locale: 'en-GB' })).toBe('1,000,000');
    expect(formatCount(1_000_000, { locale: 'de' })).toBe('1.000.000');
    expect(formatCount(42, { locale: 'en-GB' })).toBe('42');
  });

  it('groups digits even when the locale groups nothing (POSIX)', () => {
    expect(new Intl.NumberFormat('en-US-u-va-posix').format(1_000_000)).toBe('1000000');
    expect(formatCount(1_000_000, { locale: 'en-US-u-va-posix' })).toBe('1,000,000');
  });
});

describe('missingImageText', () => {
  it('gives the stored reason, an image left on the web, or a caption without one', () => {
    expect(missingImageText({ url: 'https://x.test/a.jpg', missing_reason: 'HTTP 404' })).toBe('Photo not stored: HTTP 404');
    expect(missingImageText({ url: 'https://x.test/a.jpg', missing_reason: null })).toBe('Photo: image not downloaded');
    expect(missingImageText({ url: null, missing_reason: null })).toBe('Photo: caption only (the clipping had no image)');
  });
});

describe('missingImageLabel', () => {
  it('tells a tile why it has no image, in a few words', () => {
    expect(missingImageLabel({ url: 'https://x.test/a.jpg', missing_reason: 'HTTP 404' })).toBe('Image not stored');
    expect(missingImageLabel({ url: 'https://x.test/a.jpg', missing_reason: null })).toBe('Image not downloaded');
    expect(missingImageLabel({ url: null, missing_reason: null })).toBe('Caption only');
  });
});

describe('imageTypeLabel', () => {
  it('names image types and nothing else', () => {
    expect(imageTypeLabel('image/jpeg')).toBe('JPEG');
    expect(imageTypeLabel('image/svg+xml')).toBe('SVG');
    expect(imageTypeLabel('image/webp')).toBe('WEBP');
    expect(imageTypeLabel('text/html')).toBeNull();
    expect(imageTypeLabel(null)).toBeNull();
  });
});

describe('missing photos to download', () => {
  it('are the photos with a web address and no stored image', () => {
    const photos = [
      { id: 1, sha256: null, url: 'https://x.test/a.jpg' },
      { id: 2, sha256: 'ab', url: 'https://x.test/b.jpg' },
      { id: 3, sha256: null, url: null },
      { id: 4, sha256: null, url: 'page_files/c.jpg' },
      { id: 5, sha256: null, url: 'HTTP://x.test/e.jpg' },
    ];
    expect(downloadablePhotos(photos).map((p) => p.id)).toEqual([1, 5]);
  });

  it('that failed are told by cause, once each, without their addresses', () => {
    const dns = (n: number) => ({
      url: `https://img.test/${n}.jpg`,
      reason: `download failed: https://img.test/${n}.jpg: could not find the server img.test`,
    });
    const gone = { url: 'https://x.test/a.jpg', reason: 'download failed: https://x.test/a.jpg: HTTP 404' };
    const broken = { url: 'https://x.test/b.jpg', reason: 'not an image (unknown format)' };
    expect(downloadFailures([gone, dns(1), broken, dns(2)])).toEqual([
      { reason: 'could not find the server img.test', count: 2, url: null },
      { reason: 'HTTP 404', count: 1, url: 'https://x.test/a.jpg' },
      { reason: 'not an image (unknown format)', count: 1, url: 'https://x.test/b.jpg' },
    ]);
  });

  it('are reported in one sentence', () => {
    const failed = (n: number) => Array.from({ length: n }, () => ({}));
    expect(photoDownloadSummary({ downloaded: 3, failed: [] })).toBe('Downloaded 3 photos.');
    expect(photoDownloadSummary({ downloaded: 1, failed: [] })).toBe('Downloaded 1 photo.');
    expect(photoDownloadSummary({ downloaded: 0, failed: [] })).toBe('No photo needed downloading.');
    expect(photoDownloadSummary({ downloaded: 0, failed: failed(1) })).toBe('Could not download the photo:');
    expect(photoDownloadSummary({ downloaded: 0, failed: failed(2) })).toBe('Could not download the 2 photos:');
    expect(photoDownloadSummary({ downloaded: 2, failed: failed(1) })).toBe('Downloaded 2 of 3 photos; 1 could not be:');
  });
});

describe('textDirection', () => {
  it('runs Arabic, Hebrew, Persian and Urdu right to left', () => {
    for (const tag of ['ar', 'ar-EG', 'he', 'fa-IR', 'ur', 'yi', 'ps', 'az-Arab', 'pa-PK']) {
      expect(textDirection(tag), tag).toBe('rtl');
    }
  });
  it('runs Latin, Cyrillic and CJK languages left to right', () => {
    for (const tag of ['en', 'en-us', 'de', 'zh-Hant-TW', 'ja', 'ru', 'ug-Latn', 'tr']) {
      expect(textDirection(tag), tag).toBe('ltr');
    }
  });
  it('leaves an unknown language to the text', () => {
    for (const tag of [null, undefined, '', 'und', '{{lang}}']) {
      expect(textDirection(tag), String(tag)).toBe('auto');
    }
  });
});
