import { describe, expect, it } from 'vitest';
import { isOpenableUrl, sanitizeArticleHtml } from './sanitize';

function parse(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = sanitizeArticleHtml(html);
  return div;
}

describe('sanitizeArticleHtml', () => {
  it('keeps paragraphs, emphasis and http(s) links', () => {
    const out = parse('<p>One <em>two</em> <a href="https://example.org/x">three</a></p><p>Four</p>');
    expect(out.querySelectorAll('p')).toHaveLength(2);
    expect(out.querySelector('em')?.textContent).toBe('two');
    expect(out.querySelector('a')?.getAttribute('href')).toBe('https://example.org/x');
    expect(out.querySelector('a')?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('removes scripts entirely', () => {
    const html = sanitizeArticleHtml('<p>a</p><script>window.__pwned = 1</script><p>b</p>');
    expect(html).not.toMatch(/script/i);
    expect(html).not.toContain('__pwned');
  });

  it('removes event handler attributes', () => {
    const out = parse('<p onclick="alert(1)">x</p><img src="cuttings-img://localhost/photo%2Fab" onerror="alert(2)">');
    expect(out.innerHTML).not.toMatch(/onclick|onerror|alert/);
    expect(out.querySelector('img')?.getAttribute('src')).toBe('cuttings-img://localhost/photo%2Fab');
  });

  it('removes iframes, frames, objects and embeds', () => {
    const out = parse('<iframe src="https://evil.example/"></iframe><object data="x"></object><embed src="y"><p>ok</p>');
    expect(out.querySelector('iframe, object, embed')).toBeNull();
    expect(out.innerHTML).not.toContain('evil.example');
    expect(out.textContent).toBe('ok');
  });

  it('drops javascript:, data: and relative link targets but keeps the text', () => {
    const out = parse(
      '<a href="javascript:alert(1)">a</a><a href=" JaVaScRiPt:alert(1)">b</a><a href="data:text/html,<script>x</script>">c</a><a href="/settings">d</a>',
    );
    for (const a of out.querySelectorAll('a')) expect(a.hasAttribute('href')).toBe(false);
    expect(out.textContent).toBe('abcd');
  });

  it('removes style elements and style attributes', () => {
    const out = parse('<style>body{display:none}</style><p style="position:fixed;inset:0">x</p>');
    expect(out.querySelector('style')).toBeNull();
    expect(out.querySelector('p')?.hasAttribute('style')).toBe(false);
    expect(out.innerHTML).not.toContain('display:none');
  });

  it('removes forms, svg and math', () => {
    const out = parse(
      '<form action="https://evil.example"><input name="q"><button>Go</button></form><svg><script>alert(1)</script></svg><math><mi>x</mi></math><p>ok</p>',
    );
    expect(out.querySelector('form, input, button, svg, math')).toBeNull();
    expect(out.innerHTML).not.toContain('alert');
  });

  it('keeps only images served by the app', () => {
    const out = parse(
      '<img src="https://tracker.example/pixel.gif"><img src="http://cuttings-img.localhost/photo%2Fcd"><img src="data:image/png;base64,AAAA"><img srcset="https://x.example/a.jpg 2x" src="cuttings-img://localhost/photo%2Fef">',
    );
    const srcs = Array.from(out.querySelectorAll('img')).map((i) => i.getAttribute('src'));
    expect(srcs).toEqual(['http://cuttings-img.localhost/photo%2Fcd', 'cuttings-img://localhost/photo%2Fef']);
    expect(out.innerHTML).not.toContain('srcset');
  });

  it('drops target and data attributes', () => {
    const out = parse('<a href="https://example.org" target="_top" data-x="1">x</a>');
    const a = out.querySelector('a')!;
    expect(a.hasAttribute('target')).toBe(false);
    expect(a.hasAttribute('data-x')).toBe(false);
  });
});

describe('isOpenableUrl', () => {
  it('allows http, https and mailto only', () => {
    expect(isOpenableUrl('https://example.org')).toBe(true);
    expect(isOpenableUrl('http://example.org')).toBe(true);
    expect(isOpenableUrl('mailto:desk@example.org')).toBe(true);
    expect(isOpenableUrl('javascript:alert(1)')).toBe(false);
    expect(isOpenableUrl('file:///etc/passwd')).toBe(false);
    expect(isOpenableUrl(null)).toBe(false);
  });
});
