// Entry for `--mode mock`: a fake backend, then the real app.
import './freeze';
import { installMock } from './mock';

const params = new URLSearchParams(location.search);
installMock(params);
await import('../src/main');

// `?select=N` presses j N times once the list is there, to show the reader in screenshots.
const presses = Number(params.get('select') ?? 0);
if (presses > 0) {
  const press = (left: number): void => {
    if (left === 0) return;
    if (!document.querySelector('[data-testid="article-row"]')) {
      setTimeout(() => press(left), 50);
      return;
    }
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
    setTimeout(() => press(left - 1), 50);
  };
  press(presses);
}
if (params.has('paste')) {
  setTimeout(() => document.querySelector<HTMLButtonElement>('[data-testid="open-paste"]')?.click(), 400);
}
if (params.has('provenance')) {
  const open = (): void => {
    const d = document.querySelector<HTMLDetailsElement>('[data-testid="provenance"]');
    if (d) d.open = true;
    else setTimeout(open, 50);
  };
  open();
}

// `?demo=error|already|import` types into the paste dialog and submits, to show the outcome.
const demo = params.get('demo');
if (demo) {
  const texts: Record<string, string> = {
    error: 'Just one line copied by mistake',
    already: 'Russia Asks for Respect for Serbs Residing in Kosovo\n\nStrong tensions…',
    import: 'Sample pasted headline\n\nFirst paragraph of the pasted article.\n\nSecond paragraph.',
  };
  const run = (): void => {
    const open = document.querySelector<HTMLButtonElement>('[data-testid="open-paste"]');
    if (!open || !document.querySelector('[data-testid="article-row"]')) {
      setTimeout(run, 50);
      return;
    }
    open.click();
    setTimeout(() => {
      const box = document.querySelector<HTMLTextAreaElement>('dialog [data-testid="paste-text"]');
      if (!box) return;
      box.value = texts[demo] ?? demo;
      box.dispatchEvent(new Event('input', { bubbles: true }));
      setTimeout(() => document.querySelector<HTMLButtonElement>('dialog [data-testid="paste-submit"]')?.click(), 50);
    }, 100);
  };
  run();
}

/** Calls `then` once `selector` matches, polling every 50 ms. */
function whenThere<T extends Element>(selector: string, then: (el: T) => void): void {
  const el = document.querySelector<T>(selector);
  if (el) then(el);
  else setTimeout(() => whenThere(selector, then), 50);
}

// `?batch` (or `?batch=files`) starts a simulated batch from the sidebar, as the native
// picker would; `?batch=cancel` also presses Cancel after two seconds. `?failures` opens
// the failure list once there is one.
const batch = params.get('batch');
if (batch !== null) {
  const ready = params.has('empty') ? '[data-testid="welcome"]' : '[data-testid="article-row"]';
  whenThere(ready, () => {
    const kind = batch === 'files' ? 'import-files' : 'import-folder';
    document.querySelector<HTMLButtonElement>(`[data-testid="${kind}"]`)?.click();
    if (batch === 'cancel') {
      setTimeout(() => document.querySelector<HTMLButtonElement>('[data-testid="batch-cancel"]')?.click(), 2000);
    }
  });
}
if (params.has('failures')) {
  whenThere<HTMLDetailsElement>('[data-testid="batch-progress"] details', (d) => (d.open = true));
}

// `?drag` plays the webview's native drag-enter, to show the drop overlay.
if (params.has('drag')) {
  const { emit } = await import('@tauri-apps/api/event');
  setTimeout(() => void emit('tauri://drag-enter', { paths: [], position: { x: 400, y: 300 } }), 300);
}

// `?url` opens the URL dialog (on the welcome screen, `?empty`, it uses the link field);
// `?url=TEXT` types TEXT into it and `&submit` presses Save. With the mock's `import_url`,
// a URL containing "fail" shows the network error, `&fetch=60000` keeps it "Saving…".
const url = params.get('url');
if (url !== null) {
  const ready = params.has('empty') ? '[data-testid="welcome"]' : '[data-testid="article-row"]';
  whenThere(ready, () => {
    if (!params.has('empty')) document.querySelector<HTMLButtonElement>('[data-testid="open-url"]')?.click();
    const scope = params.has('empty') ? '[data-testid="welcome"]' : 'dialog[open]';
    whenThere<HTMLInputElement>(`${scope} [data-testid="url-input"]`, (input) => {
      if (!url) return;
      input.value = url;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      if (params.has('submit')) {
        setTimeout(() => document.querySelector<HTMLButtonElement>(`${scope} [data-testid="url-submit"]`)?.click(), 50);
      }
    });
  });
}

// `?q=TEXT` types TEXT into the search box; `?photos` opens the gallery (`&lightbox` opens
// its first photo); `?theme=dark` shows the dark theme; `?selectall` selects every match.
const q = params.get('q');
if (q !== null) {
  whenThere<HTMLInputElement>('[data-testid="search-input"]', (input) => {
    input.value = q;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
if (params.has('photos')) {
  whenThere<HTMLButtonElement>('[data-testid="view-photos"]', (b) => {
    b.click();
    if (params.has('lightbox')) whenThere<HTMLButtonElement>('[data-testid="photo-tile"] button', (t) => t.click());
  });
}
const theme = params.get('theme');
if (theme === 'dark' || theme === 'light') document.documentElement.dataset.theme = theme;
if (params.has('selectall')) {
  whenThere('[data-testid="article-row"]', () => {
    setTimeout(() => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', ctrlKey: true, bubbles: true })), 300);
  });
}
// `?facet=VALUE` (repeatable) chooses those filter values in the sidebar; `?help` opens the
// search syntax popover.
for (const value of params.getAll('facet')) {
  whenThere<HTMLButtonElement>(`[data-testid="facet-value"][data-value="${CSS.escape(value)}"]`, (b) => b.click());
}
if (params.has('help')) whenThere<HTMLButtonElement>('[data-testid="search-help"]', (b) => b.click());
