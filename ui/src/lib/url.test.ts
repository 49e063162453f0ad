import { describe, expect, it } from 'vitest';
import { checkUrl, pastedLinks, pastedUrl } from './url';

describe('checkUrl', () => {
  it('accepts http and https links, trimmed and otherwise as typed', () => {
    expect(checkUrl('  https://example.com/news/story?id=3#top \n')).toEqual({ ok: true, url: 'https://example.com/news/story?id=3#top' });
    expect(checkUrl('http://example.com')).toEqual({ ok: true, url: 'http://example.com' });
    expect(checkUrl('HTTPS://Example.com/A')).toEqual({ ok: true, url: 'HTTPS://Example.com/A' });
  });

  it('completes a bare address with https://', () => {
    expect(checkUrl('example.com/x')).toEqual({ ok: true, url: 'https://example.com/x' });
    expect(checkUrl('www.example.co.uk')).toEqual({ ok: true, url: 'https://www.example.co.uk' });
    expect(checkUrl('//example.com/x')).toEqual({ ok: true, url: 'https://example.com/x' });
    expect(checkUrl('news.example:8080/x')).toEqual({ ok: true, url: 'https://news.example:8080/x' });
  });

  it('refuses other schemes, words and text with spaces, with a friendly message', () => {
    for (const bad of ['ftp://example.com/file', 'file:///home/me/page.html', 'javascript:alert(1)', 'mailto:ed@example.com', 'data:text/html,hi']) {
      const check = checkUrl(bad);
      expect(check.ok, bad).toBe(false);
      if (!check.ok) expect(check.message).toMatch(/http:\/\/ or https:\/\//);
    }
    expect(checkUrl('')).toEqual({ ok: false, message: 'Paste or type the link to an article.' });
    expect(checkUrl('   ')).toMatchObject({ ok: false });
    expect(checkUrl('headline')).toMatchObject({ ok: false, message: expect.stringMatching(/doesn’t look like a web address/) });
    expect(checkUrl('https://example.com/a story')).toMatchObject({ ok: false, message: expect.stringMatching(/no spaces/) });
    expect(checkUrl('https://')).toMatchObject({ ok: false });
    expect(checkUrl('http://exa mple.com')).toMatchObject({ ok: false });
  });
});

describe('pastedUrl', () => {
  it('recognises a single explicit http(s) link only', () => {
    expect(pastedUrl('https://example.com/story\n')).toBe('https://example.com/story');
    expect(pastedUrl(' http://example.com ')).toBe('http://example.com');
    expect(pastedUrl('example.com/story')).toBeNull();
    expect(pastedUrl('Headline\n\nhttps://example.com/story')).toBeNull();
    expect(pastedUrl('https://a.example/ https://b.example/')).toBeNull();
    expect(pastedUrl('ftp://example.com/')).toBeNull();
    expect(pastedUrl('')).toBeNull();
  });
});

describe('pastedLinks', () => {
  it('reads a list of links, one per line, markers and blank lines allowed, without repeats', () => {
    expect(pastedLinks('https://a.example/one\r\n\n  https://b.example/two  \nhttps://a.example/one\n')).toEqual([
      'https://a.example/one',
      'https://b.example/two',
    ]);
    expect(pastedLinks('- https://a.example/one\n* https://b.example/two\n• http://c.example/3\n1. https://d.example/4\n12) https://e.example/5')).toEqual([
      'https://a.example/one',
      'https://b.example/two',
      'http://c.example/3',
      'https://d.example/4',
      'https://e.example/5',
    ]);
  });

  it('leaves one link, and text with anything but links, to the other readers', () => {
    expect(pastedLinks('https://a.example/one')).toBeNull();
    expect(pastedLinks('https://a.example/one\nhttps://a.example/one')).toBeNull();
    expect(pastedLinks('Read these:\nhttps://a.example/one\nhttps://b.example/two')).toBeNull();
    expect(pastedLinks('https://a.example/one and more\nhttps://b.example/two')).toBeNull();
    expect(pastedLinks('https://a.example/one\nftp://b.example/two')).toBeNull();
    expect(pastedLinks('')).toBeNull();
  });
});
