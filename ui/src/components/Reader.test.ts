import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { seedArticle } from '../test/fixtures';
import Reader from './Reader.svelte';

describe('Reader', () => {
  it('shows the article’s title, standfirst, section, caption and credit as text', () => {
    render(Reader, { article: seedArticle(), onOpenLink: () => {} });

    expect(screen.getByTestId('reader-title').textContent).toBe('Russia Asks for Respect for Serbs Residing in Kosovo');
    expect(screen.getByTestId('reader-standfirst').textContent).toMatch(/^Strong tensions on the Kosovo-Serbia border/);
    expect(screen.getByText('News › World')).toBeTruthy();
    expect(screen.getByTestId('photo-caption').textContent).toBe('Security forces at the Kosovo border, July 31, 2022.');
    expect(screen.getByTestId('photo-credit').textContent).toBe('Twitter/ @AmirAlexanderR7');
    const body = screen.getByTestId('reader-body');
    expect(body.querySelectorAll('p')).toHaveLength(2);
    expect(body.querySelector('p')?.textContent).toMatch(/^On Monday, Kremlin spokesman/);
    expect(screen.getByTestId('related-link').textContent).toBe('Serbia-Kosovo Tension; Russia Claims Provocation by the West');
  });

  it('never interprets markup in titles, captions or credits', () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const article = seedArticle({ title: `Title ${hostile}`, standfirst: `<b>bold</b>` });
    article.photos = [{ ...article.photos[0]!, caption: `<script>x</script>Caption`, credit: `<i>Credit</i>` }];
    const { container } = render(Reader, { article, onOpenLink: () => {} });

    expect(screen.getByTestId('reader-title').textContent).toBe(`Title ${hostile}`);
    expect(screen.getByTestId('reader-standfirst').textContent).toBe('<b>bold</b>');
    expect(screen.getByTestId('photo-caption').textContent).toBe('<script>x</script>Caption');
    expect(screen.getByTestId('photo-credit').textContent).toBe('<i>Credit</i>');
    expect(container.querySelector('img, script, b, i')).toBeNull();
  });

  it('sanitizes the body again before showing it', () => {
    const article = seedArticle({
      html: '<p>Safe</p><script>window.__pwned=1</script><iframe src="https://evil.example"></iframe><p onclick="x()" style="color:red">Also safe</p>',
    });
    render(Reader, { article, onOpenLink: () => {} });
    const body = screen.getByTestId('reader-body');
    expect(body.querySelector('script, iframe')).toBeNull();
    expect(body.querySelector('[onclick], [style]')).toBeNull();
    expect(Array.from(body.querySelectorAll('p')).map((p) => p.textContent)).toEqual(['Safe', 'Also safe']);
  });

  it('opens links through openLink, never by navigating', async () => {
    const onOpenLink = vi.fn();
    const article = seedArticle({
      html: '<p>See <a href="https://example.org/story">the story</a> and <a href="javascript:alert(1)">this</a>.</p>',
      related: [{ title: 'More', url: 'https://example.org/more' }],
      capture: { ...seedArticle().capture, kind: 'url', requested_url: 'https://example.org/r', final_url: 'https://example.org/f', http_status: 200 },
    });
    render(Reader, { article, onOpenLink });

    const link = screen.getByText('the story');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(onOpenLink).toHaveBeenLastCalledWith('https://example.org/story');

    await fireEvent.click(screen.getByText('this'));
    expect(onOpenLink).toHaveBeenCalledTimes(1);

    await fireEvent.click(screen.getByTestId('related-link'));
    expect(onOpenLink).toHaveBeenLastCalledWith('https://example.org/more');

    const provenance = within(screen.getByTestId('provenance'));
    await fireEvent.click(provenance.getByText('https://example.org/f'));
    expect(onOpenLink).toHaveBeenLastCalledWith('https://example.org/f');
    expect(provenance.getByText('200')).toBeTruthy();
  });

  it('shows the provenance of the capture', () => {
    render(Reader, { article: seedArticle(), onOpenLink: () => {} });
    const provenance = screen.getByTestId('provenance');
    expect(provenance.tagName).toBe('DETAILS');
    expect(provenance.textContent).toContain('Pasted text');
    expect(provenance.textContent).toContain('4f1c2a9e0b7d3c85e6a4f2b19d0c7e53a8b6f4d2c1e09a7b5d3f1e8c6a4b2d09');
    expect(provenance.textContent).toContain('3.9 KB');
    expect(provenance.textContent).toContain('cuttings-extract 0.1.0');
  });

  it('invites a selection when there is no article', () => {
    render(Reader, { article: null, onOpenLink: () => {} });
    expect(screen.getByText('Select an article to read it.')).toBeTruthy();
    expect(screen.queryByTestId('reader-title')).toBeNull();
  });
});
