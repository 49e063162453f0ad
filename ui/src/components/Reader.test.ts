import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { mockConvertFileSrc } from '@tauri-apps/api/mocks';
import { seedArticle } from '../test/fixtures';
import Reader from './Reader.svelte';

/** Posts a message to the app window as if from `source`. */
function postFrom(source: Window | null, data: unknown): void {
  window.dispatchEvent(new MessageEvent('message', { data, source }));
}

describe('Reader', () => {
  beforeEach(() => {
    mockConvertFileSrc('linux');
  });

  it('shows the article’s title, standfirst, section, caption and credit as text', () => {
    render(Reader, { article: seedArticle(), onOpenLink: () => {} });

    expect(screen.getByTestId('reader-title').textContent).toBe('Russia Asks for Respect for Serbs Residing in Kosovo');
    expect(screen.getByTestId('reader-standfirst').textContent).toMatch(/^Strong tensions on the Kosovo-Serbia border/);
    expect(screen.getByText('News › World')).toBeTruthy();
    expect(screen.getByTestId('photo-caption').textContent).toBe('Security forces at the Kosovo border, July 31, 2022.');
    expect(screen.getByTestId('photo-credit').textContent).toBe('Twitter/ @AmirAlexanderR7');
    const article = seedArticle();
    const frame = screen.getByTestId('reader-body-frame') as HTMLIFrameElement;
    // Versioned by capture and stored images: the frame is drawn again when images arrive.
    expect(frame.getAttribute('src')).toBe(`cuttings-content://localhost/article%2F${article.id}?v=${article.capture.id}.0`);
    expect(screen.getByTestId('related-link').textContent).toBe('Serbia-Kosovo Tension; Russia Claims Provocation by the West');
  });

  it('runs an Arabic article\'s header, photos and related links right to left, and its own panels left to right', () => {
    const article = seedArticle({ language: 'ar', title: 'روسيا تطالب باحترام الصرب' });
    const { container } = render(Reader, { article, onOpenLink: () => {} });

    const title = screen.getByTestId('reader-title');
    expect(title.closest('[dir]')?.getAttribute('dir')).toBe('rtl');
    expect(screen.getByTestId('photo-caption').closest('[dir]')?.getAttribute('dir')).toBe('rtl');
    expect(screen.getByTestId('related-link').closest('[dir]')?.getAttribute('dir')).toBe('rtl');
    expect(container.querySelector('[data-testid="reader-captured"]')?.closest('[dir]')?.getAttribute('dir')).toBe('rtl');
    // The provenance panel is the app's, not the article's.
    expect(screen.getByText('SHA-256').closest('[dir]')).toBeNull();
  });

  it('leaves an article of unknown language to its text, and an English one left to right', () => {
    const { unmount } = render(Reader, { article: seedArticle({ language: null }), onOpenLink: () => {} });
    expect(screen.getByTestId('reader-title').closest('[dir]')?.getAttribute('dir')).toBe('auto');
    unmount();
    render(Reader, { article: seedArticle(), onOpenLink: () => {} });
    expect(screen.getByTestId('reader-title').closest('[dir]')?.getAttribute('dir')).toBe('ltr');
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

  it('renders the body only in the sandboxed content frame, never in the app document', () => {
    const article = seedArticle({
      html: '<p>Safe</p><script>window.__pwned=1</script><p onclick="x()">Also safe</p>',
    });
    const { container } = render(Reader, { article, onOpenLink: () => {} });
    const frame = screen.getByTestId('reader-body-frame');
    // Scripts may run (our reader.js), same-origin may not: the frame's origin is opaque.
    expect(frame.getAttribute('sandbox')).toBe('allow-scripts');
    expect(frame.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(container.textContent).not.toContain('Also safe');
    expect(container.querySelector('script, [onclick]')).toBeNull();
  });

  it('opens links through openLink, never by navigating', async () => {
    const onOpenLink = vi.fn();
    const article = seedArticle({
      html: '<p>See <a href="https://example.org/story">the story</a> and <a href="javascript:alert(1)">this</a>.</p>',
      related: [{ title: 'More', url: 'https://example.org/more' }],
      capture: { ...seedArticle().capture, kind: 'url', requested_url: 'https://example.org/r', final_url: 'https://example.org/f', http_status: 200 },
    });
    render(Reader, { article, onOpenLink });

    // The frame's reader.js asks to open a link; only its own frame is listened to, and
    // only web and mail links are opened.
    const frame = screen.getByTestId('reader-body-frame') as HTMLIFrameElement;
    postFrom(frame.contentWindow, { type: 'cuttings:open-link', href: 'https://example.org/story' });
    expect(onOpenLink).toHaveBeenLastCalledWith('https://example.org/story');
    postFrom(frame.contentWindow, { type: 'cuttings:open-link', href: 'javascript:alert(1)' });
    postFrom(window, { type: 'cuttings:open-link', href: 'https://evil.example/' });
    postFrom(frame.contentWindow, { type: 'something-else', href: 'https://evil.example/' });
    expect(onOpenLink).toHaveBeenCalledTimes(1);
    // The frame reports its height; absurd values are clamped, non-numbers ignored.
    postFrom(frame.contentWindow, { type: 'cuttings:height', height: 1234 });
    await Promise.resolve();
    expect(frame.style.height).toBe('1234px');
    postFrom(frame.contentWindow, { type: 'cuttings:height', height: '9999' });
    await Promise.resolve();
    expect(frame.style.height).toBe('1234px');

    await fireEvent.click(screen.getByTestId('related-link'));
    expect(onOpenLink).toHaveBeenLastCalledWith('https://example.org/more');

    const provenance = within(screen.getByTestId('provenance'));
    await fireEvent.click(provenance.getByText('https://example.org/f'));
    expect(onOpenLink).toHaveBeenLastCalledWith('https://example.org/f');
    expect(provenance.getByText('200')).toBeTruthy();
  });

  it('says when a capture kept no article text, and how to capture it whole', () => {
    const page = seedArticle({ text: '', html: '' });
    page.capture = { ...page.capture, kind: 'file', media_type: 'text/html' };
    const { unmount } = render(Reader, { article: page, onOpenLink: () => {} });
    const said = (el: HTMLElement) => (el.textContent ?? '').replace(/\s+/g, ' ');
    const note = screen.getByTestId('reader-no-text');
    expect(said(note)).toContain('No article text was found in this capture.');
    expect(said(note)).toContain('save the page again once it has loaded');
    // No empty frame is drawn for a body without text.
    expect(screen.queryByTestId('reader-body-frame')).toBeNull();
    unmount();
    // Pasted text: copy it again, with its text.
    const pasted = render(Reader, { article: seedArticle({ text: ' \n', html: '' }), onOpenLink: () => {} });
    expect(said(screen.getByTestId('reader-no-text'))).toContain('Copy the article again');
    pasted.unmount();
    // Fetched: save it from the browser.
    const fetched = seedArticle({ text: '', html: '' });
    fetched.capture = { ...fetched.capture, kind: 'url', media_type: 'text/html' };
    render(Reader, { article: fetched, onOpenLink: () => {} });
    expect(said(screen.getByTestId('reader-no-text'))).toContain('save the page from your browser');
  });

  it('says nothing of the kind when the article has its text', () => {
    render(Reader, { article: seedArticle(), onOpenLink: () => {} });
    expect(screen.queryByTestId('reader-no-text')).toBeNull();
    expect(screen.getByTestId('reader-body-frame')).toBeTruthy();
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

  it('shows a photo as its thumbnail first and the original on demand, and says why an image is missing', async () => {
    const base = seedArticle();
    const photo = { ...base.photos[0]!, sha256: 'cd'.repeat(32), has_thumbnail: true, width: 4000, height: 3000 };
    const missing = { ...base.photos[0]!, id: 99, sha256: null, has_thumbnail: false, missing_reason: 'HTTP 404 for https://x.example/a.jpg' };
    render(Reader, { article: seedArticle({ photos: [photo, missing] }), onOpenLink: () => {} });
    const img = screen.getByTestId('reader-photo-image') as HTMLImageElement;
    expect(img.getAttribute('src')).toContain('thumb%2F' + 'cd'.repeat(32));
    await fireEvent.click(screen.getByTestId('photo-full-size'));
    expect(img.getAttribute('src')).toContain('photo%2F' + 'cd'.repeat(32));
    expect(screen.queryByTestId('photo-full-size')).toBeNull();
    expect(screen.getByTestId('photo-missing-reason').textContent).toContain('HTTP 404 for https://x.example/a.jpg');
  });

  it('leaves photos the body marks to the body, and shows the others before it', () => {
    const base = seedArticle();
    const lead = { ...base.photos[0]!, id: 1, caption: 'Lead photo', inline: false };
    const inBody = { ...base.photos[0]!, id: 2, position: 1, caption: 'Photo inside the text', inline: true };
    render(Reader, { article: seedArticle({ photos: [lead, inBody] }), onOpenLink: () => {} });
    const captions = screen.getAllByTestId('photo-caption').map((c) => c.textContent);
    expect(captions).toEqual(['Lead photo']);
  });

  it('folds a long run of photos before the text after the first three, and unfolds it on demand', async () => {
    const base = seedArticle();
    const slides = Array.from({ length: 14 }, (_, i) => ({ ...base.photos[0]!, id: i + 1, caption: `Slide ${i + 1}`, inline: false }));
    const { rerender } = render(Reader, { article: seedArticle({ photos: slides }), onOpenLink: () => {} });
    const captions = () => screen.getAllByTestId('photo-caption').map((c) => c.textContent);
    expect(captions()).toEqual(['Slide 1', 'Slide 2', 'Slide 3']);
    const fold = screen.getByTestId('photos-fold');
    expect(fold.textContent?.trim()).toBe('Show 11 more photos (14 in all)');
    expect(fold.getAttribute('aria-expanded')).toBe('false');
    await fireEvent.click(fold);
    expect(captions()).toHaveLength(14);
    expect(captions()[13]).toBe('Slide 14');
    expect(fold.getAttribute('aria-expanded')).toBe('true');
    // Another article opens folded; four photos are all shown (folding one saves nothing).
    await rerender({ article: seedArticle({ id: 2, photos: slides.slice(0, 4) }), onOpenLink: () => {} });
    expect(captions()).toHaveLength(4);
    expect(screen.queryByTestId('photos-fold')).toBeNull();
    await rerender({ article: seedArticle({ id: 3, photos: slides }), onOpenLink: () => {} });
    expect(captions()).toHaveLength(3);
  });

  it('lists the earlier captures of the article in its provenance', () => {
    const base = seedArticle();
    const earlier = { ...base.capture, id: 7, captured_at: '2024-05-01T10:00:00Z', source_name: 'first-version.html', sha256: 'ef'.repeat(32) };
    render(Reader, { article: seedArticle({ capture_count: 2, earlier_captures: [earlier] }), onOpenLink: () => {} });
    const list = screen.getByTestId('earlier-captures');
    expect(list.textContent).toContain('first-version.html');
    expect(list.textContent).toContain('ef'.repeat(32));
    expect(screen.getByText('Earlier captures')).toBeTruthy();
    expect(screen.queryByTestId('capture-without-text')).toBeNull();
    expect(screen.getByTestId('capture-count').textContent?.trim()).toBe('(latest of 2 captures)');
    expect(list.textContent?.replace(/\s+/g, ' ')).toContain(' · Pasted text · first-version.html · ');
  });

  it('lists a later capture that held no text beside the one the text came from', () => {
    const base = seedArticle();
    const later = {
      ...base.capture,
      id: 8,
      captured_at: '2024-06-01T10:00:00Z',
      source_name: 'not-loaded.html',
      refreshed_article: false,
    };
    render(Reader, { article: seedArticle({ capture_count: 2, earlier_captures: [later] }), onOpenLink: () => {} });
    expect(screen.getByText('Other captures')).toBeTruthy();
    expect(screen.getByTestId('capture-without-text').textContent).toContain('Held next to no article text');
    // The capture shown is not the newest: the count says why it is shown.
    expect(screen.getByTestId('capture-count').textContent?.trim()).toBe("(2 captures; the article's text is from this one)");
  });

  it('tells a later capture from the one shown within the same second', () => {
    const base = seedArticle();
    const later = { ...base.capture, id: base.capture.id + 1, source_name: 'not-loaded.html', refreshed_article: false };
    render(Reader, { article: seedArticle({ capture_count: 2, earlier_captures: [later] }), onOpenLink: () => {} });
    expect(screen.getByText('Other captures')).toBeTruthy();
    expect(screen.getByTestId('capture-count').textContent?.trim()).toBe("(2 captures; the article's text is from this one)");
  });

  it('saves each capture\'s original and says whether its fingerprint still matches', async () => {
    const base = seedArticle();
    const earlier = { ...base.capture, id: 7, sha256: 'ef'.repeat(32) };
    const asked: number[] = [];
    const onSaveOriginal = async (captureId: number) => {
      asked.push(captureId);
      if (captureId === 7) return { path: '/tmp/first.html', sha256: 'ef'.repeat(32), intact: false };
      return { path: '/tmp/latest.txt', sha256: base.capture.sha256, intact: true };
    };
    render(Reader, {
      article: seedArticle({ capture_count: 2, earlier_captures: [earlier] }),
      onOpenLink: () => {},
      onSaveOriginal,
    });
    await fireEvent.click(screen.getByTestId(`save-original-${base.capture.id}`));
    const latest = await screen.findByTestId(`saved-original-${base.capture.id}`);
    expect(latest.textContent).toContain('/tmp/latest.txt');
    expect(latest.textContent).toContain('matches');
    expect(latest.classList.contains('warn')).toBe(false);
    await fireEvent.click(screen.getByTestId('save-original-7'));
    const first = await screen.findByTestId('saved-original-7');
    expect(first.textContent).toContain('no longer match');
    expect(first.classList.contains('warn')).toBe(true);
    expect(asked).toEqual([base.capture.id, 7]);
  });

  it('says why an original could not be saved, and nothing when the save is cancelled', async () => {
    const base = seedArticle();
    let cancel = true;
    render(Reader, {
      article: base,
      onOpenLink: () => {},
      onSaveOriginal: async () => {
        if (cancel) return null;
        throw { code: 'storage', message: '/read-only/x.html: the original could not be written (denied)' };
      },
    });
    const button = screen.getByTestId(`save-original-${base.capture.id}`);
    await fireEvent.click(button);
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    expect(screen.queryByTestId(`saved-original-${base.capture.id}`)).toBeNull();
    cancel = false;
    await fireEvent.click(button);
    const said = await screen.findByTestId(`saved-original-${base.capture.id}`);
    expect(said.textContent).toContain('/read-only/x.html: the original could not be written');
    expect(said.classList.contains('warn')).toBe(true);
  });

  it('shows no save buttons without a way to save', () => {
    render(Reader, { article: seedArticle(), onOpenLink: () => {} });
    expect(screen.queryByText('Save original…')).toBeNull();
  });

  it('offers to download the images a saved page left on the web, and says what became of them', async () => {
    const base = seedArticle();
    const photo = (id: number, url: string | null, sha256: string | null = null) => ({
      ...base.photos[0]!,
      id,
      position: id,
      url,
      sha256,
      has_thumbnail: sha256 !== null,
    });
    const article = seedArticle({
      photos: [
        photo(1, 'https://www.example.org/a.jpg'),
        photo(2, 'https://img.example.net/b.jpg'),
        photo(3, 'https://www.example.org/c.jpg', 'ab'.repeat(32)),
        photo(4, null),
      ],
    });
    const onDownloadPhotos = vi.fn();
    const view = render(Reader, { article, onOpenLink: () => {}, onDownloadPhotos, photoDownload: null });
    const offer = screen.getByTestId('missing-photos');
    expect(offer.textContent).toContain('2 photos of this page were not saved with it; the images are on example.org, img.example.net.');
    await fireEvent.click(screen.getByTestId('download-photos'));
    expect(onDownloadPhotos).toHaveBeenCalledWith(article.id);

    await view.rerender({ article, onOpenLink: () => {}, onDownloadPhotos, photoDownload: { articleId: article.id, report: null } });
    expect(screen.getByTestId('missing-photos').textContent).toContain('Downloading 2 photos from example.org, img.example.net…');
    expect(screen.queryByTestId('download-photos')).toBeNull();

    const after = { ...article, photos: [photo(1, 'https://www.example.org/a.jpg', 'cd'.repeat(32)), ...article.photos.slice(1)] };
    const reason = 'download failed: https://img.example.net/b.jpg: HTTP 404';
    await view.rerender({
      article: after,
      onOpenLink: () => {},
      onDownloadPhotos,
      photoDownload: { articleId: article.id, report: { downloaded: 1, failed: [{ url: 'https://img.example.net/b.jpg', reason }] } },
    });
    expect(screen.getByTestId('missing-photos-report').textContent).toBe('Downloaded 1 of 2 photos; 1 could not be:');
    expect(screen.getByTestId('download-failures').textContent?.trim()).toBe('HTTP 404');
    expect(screen.getByTestId('download-photos').textContent?.trim()).toBe('Try again');
    expect(screen.getByTestId('reader-body-frame').getAttribute('src')).toMatch(/\?v=\d+\.2$/);

    // A download for another article is not this one's.
    await view.rerender({ article: after, onOpenLink: () => {}, onDownloadPhotos, photoDownload: { articleId: 999, report: null } });
    expect(screen.getByTestId('missing-photos').textContent).toContain('One photo of this page was not saved with it');
  });

  it('makes no offer for a pasted caption, which never had an image, nor without a way to download', () => {
    render(Reader, { article: seedArticle(), onOpenLink: () => {}, onDownloadPhotos: () => {} });
    expect(screen.queryByTestId('missing-photos')).toBeNull();
    const article = seedArticle();
    article.photos = [{ ...article.photos[0]!, url: 'https://example.org/a.jpg' }];
    render(Reader, { article, onOpenLink: () => {} });
    expect(screen.queryByTestId('missing-photos')).toBeNull();
  });

  it('invites a selection when there is no article', () => {
    render(Reader, { article: null, onOpenLink: () => {} });
    expect(screen.getByText('Select an article to read it.')).toBeTruthy();
    expect(screen.queryByTestId('reader-title')).toBeNull();
  });
});
