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
