// End-to-end tests of the real desktop app: the debug binary started by tauri-driver and
// WebKitWebDriver under Xvfb, on temporary libraries. Run by scripts/test:
//   CUTTINGS_APP=target/debug/cuttings-desktop CUTTINGS_CLI=target/debug/cuttings \
//   xvfb-run -a node --test tests/e2e/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:http';
import { Session, waitForServer } from './webdriver.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const app = resolve(root, process.env.CUTTINGS_APP ?? 'target/debug/cuttings-desktop');
const cli = resolve(root, process.env.CUTTINGS_CLI ?? 'target/debug/cuttings');
const out = resolve(root, process.env.E2E_OUT ?? 'target/e2e');
const seedPath = join(root, 'tests/fixtures/clippings/telesur-kosovo-2022.txt');
const seed = readFileSync(seedPath, 'utf8');
const expected = JSON.parse(readFileSync(join(root, 'tests/fixtures/clippings/telesur-kosovo-2022.expected.json'), 'utf8'));
mkdirSync(out, { recursive: true });

let nextPort = 4444 + (process.pid % 200) * 2;

/** Starts tauri-driver and a session of the app on `library`; returns the session and a stop function. */
async function openApp(library, extraArgs = []) {
  const port = nextPort;
  nextPort += 2;
  // A process group of its own: tauri-driver, WebKitWebDriver and the app it starts.
  const driver = spawn('tauri-driver', ['--port', String(port), '--native-port', String(port + 1)], {
    env: { ...process.env, CUTTINGS_LIBRARY: library },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  const base = `http://127.0.0.1:${port}`;
  await waitForServer(base);
  const session = await Session.start(base, {
    'tauri:options': { application: app, args: ['--library', library, ...extraArgs] },
  });
  const stop = async () => {
    await session.end();
    // Ending the session normally closes the app, but on a loaded machine WebKitWebDriver
    // can be gone first and leave the app running, holding the test runner's output
    // open (a CI run waited 9 minutes on one): the whole group is ended.
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  return { session, stop };
}

/**
 * Types `path` into the native GTK file dialog titled `title` and accepts it: the dialog is
 * out of WebDriver's reach, so xdotool finds, focuses and types into it. A save dialog's name
 * field is selected and typed over; an open dialog gets its location bar (Ctrl+L).
 */
async function answerFileDialog(title, path, { open = false } = {}) {
  // --onlyvisible: the window exists a moment before it is mapped and can take focus.
  const dialog = execFileSync('timeout', ['20', 'xdotool', 'search', '--sync', '--onlyvisible', '--name', title])
    .toString()
    .trim()
    .split('\n')[0];
  for (let i = 0; ; i++) {
    try {
      execFileSync('xdotool', ['windowfocus', '--sync', dialog], { stdio: 'pipe' });
      break;
    } catch (err) {
      if (i >= 20) throw err;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  execFileSync('xdotool', ['key', '--clearmodifiers', open ? 'ctrl+l' : 'ctrl+a']);
  execFileSync('xdotool', ['type', '--delay', '15', path]);
  // The location bar completes what is typed; Return before it settles is taken by the
  // completion, not the dialog: Return again while the dialog is still there.
  if (open) await new Promise((r) => setTimeout(r, 500));
  const shown = () => {
    try {
      return execFileSync('xdotool', ['search', '--onlyvisible', '--name', title], { stdio: 'pipe' }).toString().trim() !== '';
    } catch {
      return false; // xdotool exits 1 when nothing matches
    }
  };
  for (let i = 0; i < 5 && shown(); i++) {
    try {
      execFileSync('xdotool', ['windowfocus', '--sync', dialog], { stdio: 'pipe' });
    } catch {
      break; // closed meanwhile
    }
    execFileSync('xdotool', ['key', 'Return']);
    await new Promise((r) => setTimeout(r, 1000));
  }
  assert.ok(!shown(), `the "${title}" dialog did not take ${path}`);
}

function tempLibrary(name) {
  return mkdtempSync(join(tmpdir(), `cuttings-e2e-${name}-`));
}

test('the library lists the seed clipping and the reader shows its body and photo credit', async () => {
  const library = tempLibrary('seeded');
  execFileSync(cli, ['--library', library, 'import', seedPath], { stdio: 'inherit' });
  // A text clipping whose photo caption stands between two paragraphs.
  execFileSync(cli, ['--library', library, 'import', join(root, 'tests/fixtures/clippings/bridge-inline-caption.txt')], {
    stdio: 'inherit',
  });
  const { session, stop } = await openApp(library);
  try {
    const row = await session.waitFor('[data-testid="article-row"]', (t) => t.includes(expected.title));
    await session.click(row.el);
    const title = await session.waitFor('[data-testid="reader-title"]', (t) => t.trim() === expected.title);
    assert.equal(title.text.trim(), expected.title);
    // The body lives in the isolated content frame: an opaque origin without Tauri's IPC.
    await session.waitFor('[data-testid="reader-body-frame"]');
    await session.inFrame('[data-testid="reader-body-frame"]', async () => {
      const body = await session.waitFor('main p', (t) => t.startsWith(expected.text_starts_with));
      assert.ok(body.text.startsWith(expected.text_starts_with));
      const isolation = await session.execute(
        'return [window.origin, typeof window.__TAURI_INTERNALS__, typeof window.__TAURI__, typeof window.ipc];',
      );
      assert.deepEqual(isolation, ['null', 'undefined', 'undefined', 'undefined']);
      // Even a script in the frame that tries the IPC endpoint directly is refused.
      const refused = await session.executeAsync(
        `const done = arguments[arguments.length - 1];
         fetch('ipc://localhost/library_info', { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } })
           .then((r) => done(r.status)).catch((e) => done('blocked: ' + e.name));`,
      );
      assert.notEqual(refused, 200, `IPC reachable from the content frame: ${refused}`);
    });
    const credit = await session.waitFor('[data-testid="photo-credit"]', (t) => t.includes(expected.photos[0].credit));
    assert.ok(credit.text.includes(expected.photos[0].credit));
    const caption = await session.waitFor('[data-testid="photo-caption"]');
    assert.equal(caption.text.trim(), expected.photos[0].caption);
    writeFileSync(join(out, 'library.png'), await session.screenshot());
    // The provenance panel saves the original as captured. The save dialog is native
    // GTK, out of WebDriver's reach: xdotool types the file name into it.
    await session.click(await session.find('[data-testid="provenance"] summary'));
    await session.waitFor('[data-testid="provenance"] .save-original', (t) => t.trim() === 'Save original…');
    const sha = await session.waitFor('[data-testid="provenance"] .mono', (t) => /^[0-9a-f]{64}$/.test(t.trim()));
    assert.match(sha.text.trim(), /^[0-9a-f]{64}$/);
    const savedPath = join(library, 'saved-original.txt');
    // Clicked by script after this call returns: the click blocks until the dialog closes.
    await session.execute(
      `const b = document.querySelector('[data-testid="provenance"] .save-original');
       b.scrollIntoView({ block: 'center' });
       setTimeout(() => b.click(), 10);`,
    );
    await answerFileDialog('Save the original as captured', savedPath);
    const said = await session.waitFor('[data-testid^="saved-original-"]', (t) => t.includes(savedPath));
    assert.match(said.text, /SHA-256 matches the one recorded at capture/);
    assert.equal(readFileSync(savedPath, 'utf8'), seed);
    writeFileSync(join(out, 'provenance.png'), await session.screenshot());

    // The pasted-text photo sits in the body where its caption was, saying it had no image.
    const bridge = await session.waitFor('[data-testid="article-row"]', (t) => t.includes('City Shuts Old Bridge'));
    await session.click(bridge.el);
    await session.waitFor('[data-testid="reader-title"]', (t) => t.includes('City Shuts Old Bridge'));
    await session.waitFor('[data-testid="reader-body-frame"]');
    await session.inFrame('[data-testid="reader-body-frame"]', async () => {
      const figure = await session.waitFor('main figure.photo', (t) => t.includes('Engineers inspect a cracked support'));
      assert.match(figure.text, /Jane Roe\/Reuters/i); // the credit is set in small capitals
      assert.match(figure.text, /caption only/);
      const order = await session.execute(
        `const figure = document.querySelector('main figure.photo');
         const paragraphs = Array.from(document.querySelectorAll('main p')).filter((p) => !figure.contains(p));
         const before = (a, b) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
         return [paragraphs.length, before(paragraphs[1], figure), before(figure, paragraphs[2])];`,
      );
      assert.deepEqual(order, [4, true, true], 'the photo sits between paragraphs 2 and 3');
    });
    writeFileSync(join(out, 'inline-caption.png'), await session.screenshot());
  } finally {
    await stop();
    rmSync(library, { recursive: true, force: true });
  }
});

test('an empty library welcomes the user, and a pasted clipping is read into the reader', async () => {
  const library = tempLibrary('empty');
  const { session, stop } = await openApp(library);
  try {
    await session.waitFor('[data-testid="welcome"]');
    writeFileSync(join(out, 'welcome.png'), await session.screenshot());
    const box = await session.find('[data-testid="welcome"] [data-testid="paste-text"]');
    await session.type(box, seed);
    await session.click(await session.find('[data-testid="welcome"] [data-testid="paste-submit"]'));
    await session.waitFor('[data-testid="reader-title"]', (t) => t.trim() === expected.title);
    await session.waitFor('[data-testid="article-row"]', (t) => t.includes(expected.title));
    const credit = await session.waitFor('[data-testid="photo-credit"]', (t) => t.includes(expected.photos[0].credit));
    assert.ok(credit.text.includes(expected.photos[0].credit));
    await session.waitFor('[data-testid="reader-body-frame"]');
    await session.inFrame('[data-testid="reader-body-frame"]', async () => {
      await session.waitFor('main p');
      const paragraphs = await session.findAll('main p');
      assert.equal(paragraphs.length, expected.paragraph_count);
    });
    writeFileSync(join(out, 'pasted.png'), await session.screenshot());
  } finally {
    await stop();
    rmSync(library, { recursive: true, force: true });
  }
});

test('a page pasted, or dropped, with the HTML its browser copied keeps its photo, caption and credit', async () => {
  const library = tempLibrary('clipboard');
  const { session, stop } = await openApp(library);
  const p1 = 'The city council voted on Tuesday to close the old bridge to lorries after engineers found cracks in two of its supports.';
  const p2 = 'Residents had complained for years about the state of the crossing, which carries more than ten thousand vehicles a day.';
  // Both flavours of a browser's copy: the text, and the HTML with the photo's address.
  const html = `<nav><a href="/">Home</a> <a href="/world">World</a></nav><article>
<h4 style="color: red">World —</h4><h1>Bridge closes to lorries</h1>
<h2>Engineers found cracks in two supports.</h2><p class="byline">By Jane Roe</p>
<figure><img src="https://council.example/bridge.jpg" alt="The bridge">
<figcaption>The old bridge at dawn. Photo: Ann Poe/Council</figcaption></figure>
<p>${p1}</p><h2>What happens next</h2><p>${p2}</p></article>`;
  const text = `Home World\n\nWorld —\nBridge closes to lorries\nEngineers found cracks in two supports.\nBy Jane Roe\n\nThe old bridge at dawn. Photo: Ann Poe/Council\n\n${p1}\n\nWhat happens next\n\n${p2}\n`;
  try {
    await session.waitFor('[data-testid="welcome"] [data-testid="paste-text"]');
    // WebDriver cannot fill the system clipboard: the paste event the browser sends is sent
    // by script, then the text it inserts is put into the box as the browser would.
    await session.execute(
      `const [text, html] = arguments;
       const box = document.querySelector('[data-testid="welcome"] [data-testid="paste-text"]');
       box.focus();
       const paste = new Event('paste', { bubbles: true, cancelable: true });
       const flavours = { 'text/plain': text, 'text/html': html };
       Object.defineProperty(paste, 'clipboardData', { value: { types: Object.keys(flavours), files: [], getData: (kind) => flavours[kind] ?? '' } });
       box.dispatchEvent(paste);
       box.value = text;
       box.dispatchEvent(new Event('input', { bubbles: true }));`,
      [text, html],
    );
    await session.click(await session.find('[data-testid="welcome"] [data-testid="paste-submit"]'));
    await session.waitFor('[data-testid="reader-title"]', (t) => t.trim() === 'Bridge closes to lorries');
    await session.waitFor('[data-testid="reader-body-frame"]');
    await session.inFrame('[data-testid="reader-body-frame"]', async () => {
      const first = await session.waitFor('main p', (t) => t.length > 0);
      assert.ok(first.text.startsWith('The city council voted'), first.text);
      // The photo stands in the text where the page had it, its caption and credit apart
      // (the credit is set in capitals).
      const figure = await session.waitFor('main figure', (t) => t.toLowerCase().includes('ann poe/council'));
      assert.ok(figure.text.includes('The old bridge at dawn.'), figure.text);
      const body = await session.waitFor('main', (t) => t.includes('What happens next'));
      assert.ok(!body.text.includes('World —'), body.text);
      assert.ok(body.text.indexOf('The old bridge at dawn.') < body.text.indexOf(p1), body.text);
    });
    writeFileSync(join(out, 'pasted-html.png'), await session.screenshot());

    // A selection dragged out of a browser and dropped on the window reads the same way:
    // the drop brings both flavours, and the paste box opens with the text (a real drag
    // through X, which the page receives as a DOM drop).
    const p3 = 'The ferry company said the first boats would sail on Saturday morning, weather permitting, with extra crossings at the weekend.';
    const droppedHtml = `<h1>Ferry returns to the island</h1><p class="byline">By Ann Poe</p>
<figure><img src="https://council.example/ferry.jpg" alt="The ferry"><figcaption>The ferry in the harbour. Photo: Ben Lee/Port</figcaption></figure><p>${p3}</p><p>${p2}</p>`;
    const droppedText = `Ferry returns to the island\nBy Ann Poe\n\nThe ferry in the harbour. Photo: Ben Lee/Port\n\n${p3}\n\n${p2}\n`;
    dragOnto(['--selection', droppedText, droppedHtml]);
    const dialogBox = 'dialog[aria-labelledby="paste-dialog-title"] [data-testid="paste-text"]';
    await session.waitFor(dialogBox);
    assert.equal(await session.execute('return document.querySelector(arguments[0]).value;', [dialogBox]), droppedText);
    await session.click(await session.find('dialog[aria-labelledby="paste-dialog-title"] [data-testid="paste-submit"]'));
    await session.waitFor('[data-testid="reader-title"]', (t) => t.trim() === 'Ferry returns to the island');
    await session.inFrame('[data-testid="reader-body-frame"]', async () => {
      const figure = await session.waitFor('main figure', (t) => t.toLowerCase().includes('ben lee/port'));
      assert.ok(figure.text.includes('The ferry in the harbour.'), figure.text);
      const body = await session.waitFor('main', (t) => t.includes(p3));
      assert.ok(body.text.indexOf('The ferry in the harbour.') < body.text.indexOf(p3), body.text);
    });
    writeFileSync(join(out, 'dropped-html.png'), await session.screenshot());
  } finally {
    await stop();
    rmSync(library, { recursive: true, force: true });
  }
});

/**
 * Drags what a browser would from a window of its own (tests/e2e/drag-source.py with
 * `args`: a link, or `--selection TEXT HTML`) onto the app's window with xdotool, and drops
 * it: a real drag and drop through X. The webview's native handler takes a link; a
 * selection reaches the page as a DOM drop.
 */
function dragOnto(args) {
  const source = spawn('/usr/bin/python3', [join(root, 'tests/e2e/drag-source.py'), ...args], { stdio: 'inherit' });
  try {
    const win = execFileSync('timeout', ['20', 'xdotool', 'search', '--sync', '--onlyvisible', '--name', '^drag-source$'])
      .toString()
      .trim()
      .split('\n')[0];
    // In the top left corner, above the app's window (there is no window manager).
    execFileSync('xdotool', ['windowmove', '--sync', win, '0', '0']);
    execFileSync('xdotool', ['windowraise', win]);
    const x = (n) => ['mousemove', String(n[0]), String(n[1]), 'sleep', '0.15'];
    // Press on the source's button, move past the drag threshold, then straight over the
    // app's window where the reader shows the article body (its own frame), and let go there.
    execFileSync('xdotool', [
      ...x([60, 40]), 'mousedown', '1',
      ...[[80, 60], [90, 70], [700, 420], [705, 425], [710, 430]].flatMap(x),
      'sleep', '0.5', 'mouseup', '1',
    ]);
  } finally {
    setTimeout(() => source.kill(), 3000);
  }
}

/** A page with one photo, served on 127.0.0.1 (the only network these tests touch). */
function servePage() {
  const png = readFileSync(join(root, 'tests/fixtures/images/harbour.jpg'));
  const page = `<!doctype html><html lang="en"><head><title>Harbour reopens after the storm</title>
<meta property="og:site_name" content="Coast Gazette"></head><body><article>
<h1>Harbour reopens after the storm</h1><p class="byline">By Ann Poe</p>
<p>The harbour reopened on Friday morning after three days of storms kept the fishing fleet and the island ferries in port.</p>
<figure><img src="/img/harbour.jpg" alt="Boats"><figcaption>Boats back in the harbour on Friday. Photo: Ann Poe/Coast Gazette</figcaption></figure>
<p>Harbour officials said the breakwater held, although a section of the old pier will stay closed while engineers inspect it.</p>
<p>The ferry company said all crossings would run to the normal timetable from Saturday.</p>
</article></body></html>`;
  const server = createServer((req, res) => {
    if (req.url === '/news/harbour') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page);
    } else if (req.url === '/news/lighthouse') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html lang="en"><head><title>Lighthouse keeper retires after 40 years</title>
<meta property="og:site_name" content="Coast Gazette"></head><body><article>
<h1>Lighthouse keeper retires after 40 years</h1><p class="byline">By Ann Poe</p>
<p>The last keeper of the north point lighthouse climbed its 120 steps for the final time on Sunday, after four decades of lighting the lamp.</p>
<p>The light will now be run from the harbour office, which already watches the buoys and the fog signal by remote control.</p>
</article></body></html>`);
    } else if (req.url === '/news/tides') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html lang="en"><head><title>Tide tables change for winter</title></head><body><article>
<h1>Tide tables change for winter</h1>
<p>The harbour office published new tide tables on Monday, moving the first ferry of the day half an hour earlier.</p>
<p>Fishermen said the change would make little difference to the fleet, which already sails with the morning tide.</p>
</article></body></html>`);
    } else if (req.url === '/news/drawn') {
      // A page whose script draws its text: the HTML holds the headline's details only.
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html lang="en"><head><title>Ferry timetable restored</title>
<meta name="author" content="Ann Poe"></head><body><div id="app"></div><script>/* draws the story */</script></body></html>`);
    } else if (req.url === '/img/harbour.jpg') {
      res.writeHead(200, { 'content-type': 'image/jpeg' });
      res.end(png);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

test('a page saved by URL shows its photo in the body, where the page had it, from the library', async () => {
  const library = tempLibrary('url');
  const server = await servePage();
  const url = `http://127.0.0.1:${server.address().port}/news/harbour`;
  const { session, stop } = await openApp(library, ['--allow-private-network']);
  try {
    await session.waitFor('[data-testid="welcome"]');
    await session.type(await session.find('[data-testid="url-input"]'), url);
    await session.click(await session.find('[data-testid="url-submit"]'));
    await session.waitFor('[data-testid="reader-title"]', (t) => t.trim() === 'Harbour reopens after the storm');
    await session.waitFor('[data-testid="reader-body-frame"]');
    // The photo stands in the body between the first and second paragraphs, its image
    // served by the app's own scheme from SQLite (thumbnail first, the original on demand).
    const imageState = `return new Promise((done) => {
      const img = document.querySelector('main figure.photo img');
      const check = () => (img && img.complete && img.naturalWidth > 0 ? done([img.naturalWidth, img.currentSrc]) : setTimeout(check, 50));
      check();
    });`;
    const placed = await session.inFrame('[data-testid="reader-body-frame"]', async () => {
      // The credit is set in capitals, which innerText reports.
      await session.waitFor('main figure.photo figcaption', (t) => t.toLowerCase().includes('ann poe/coast gazette'));
      const facts = await session.execute(`const f = document.querySelector('main figure.photo');
        return [f.previousElementSibling.textContent, f.nextElementSibling.textContent,
                f.querySelector('.caption').textContent, f.querySelector('.credit').textContent];`);
      const thumb = await session.execute(imageState);
      await session.click(await session.find('main figure.photo button.full'));
      await session.waitFor('main figure.photo img', () => true);
      const full = await session.execute(`return new Promise((done) => {
        const img = document.querySelector('main figure.photo img');
        const check = () => (img.currentSrc.includes('/photo/') && img.complete && img.naturalWidth > 0 ? done([img.naturalWidth, img.currentSrc]) : setTimeout(check, 50));
        check();
      });`);
      return { facts, thumb, full };
    });
    assert.match(placed.facts[0], /^The harbour reopened on Friday/);
    assert.match(placed.facts[1], /^Harbour officials said/);
    assert.equal(placed.facts[2], 'Boats back in the harbour on Friday.');
    assert.equal(placed.facts[3], 'Ann Poe/Coast Gazette');
    assert.ok(placed.thumb[0] > 0, `thumbnail did not load: ${JSON.stringify(placed.thumb)}`);
    assert.match(placed.thumb[1], /^(cuttings-img:|http:\/\/cuttings-img\.localhost)\/*(localhost\/)?thumb\//);
    assert.match(placed.full[1], /^(cuttings-img:|http:\/\/cuttings-img\.localhost)\/*(localhost\/)?photo\//);
    // Shown in the body, the photo is not repeated above it.
    assert.equal(await session.execute('return document.querySelectorAll(\'[data-testid="reader-photo-image"]\').length'), 0);
    const row = await session.waitFor('[data-testid="article-row"]', (t) => t.includes('Harbour reopens'));
    const thumb = await session.execute('return document.querySelector(\'[data-testid="article-row"] img\')?.naturalWidth ?? 0');
    assert.ok(row && thumb > 0, 'the list shows the first photo as a thumbnail');
    writeFileSync(join(out, 'url-capture.png'), await session.screenshot());

    // A page whose script draws its text is kept with its title and details, and the app
    // says that no text was found, and how to capture it.
    await session.click(await session.find('[data-testid="open-url"]'));
    await session.type(await session.find('[data-testid="url-dialog"] [data-testid="url-input"]'), url.replace('/harbour', '/drawn'));
    await session.click(await session.find('[data-testid="url-dialog"] [data-testid="url-submit"]'));
    await session.waitFor('[data-testid="reader-title"]', (t) => t.trim() === 'Ferry timetable restored');
    const notice = await session.waitFor('[data-testid="notice"]', (t) => t.includes('no article text was found in the page'));
    assert.match(notice.text, /^Saved “Ferry timetable restored” — no article text was found in the page/);
    const note = await session.waitFor('[data-testid="reader-no-text"]');
    assert.match(note.text, /save the page from your browser once it has loaded/);
    writeFileSync(join(out, 'url-no-text.png'), await session.screenshot());

    // A link dragged out of a browser and dropped on the window is saved from the web.
    dragOnto([url.replace('/harbour', '/lighthouse')]);
    const done = await session.waitFor('[data-testid="batch-progress"]', (t) => t.includes('Imported 1'));
    assert.doesNotMatch(done.text, /fail/i);
    // Like any batch, it leaves the open article open; the new row opens it.
    const dropped = await session.waitFor('[data-testid="article-row"]', (t) => t.includes('Lighthouse keeper retires'));
    await session.click(dropped.el);
    await session.waitFor('[data-testid="reader-title"]', (t) => t.trim() === 'Lighthouse keeper retires after 40 years');
    const byline = await session.waitFor('p.byline', (t) => t.includes('Ann Poe'));
    assert.match(byline.text, /Captured /);
    writeFileSync(join(out, 'dropped-link.png'), await session.screenshot());

    // A list of links pasted anywhere is saved as a batch: the one already there is said to
    // be, the other is fetched (WebDriver cannot fill the clipboard: the paste is sent by script).
    const list = `${url.replace('/harbour', '/lighthouse')}\n${url.replace('/harbour', '/tides')}\n`;
    await session.execute(
      `const flavours = { 'text/plain': arguments[0] };
       const paste = new Event('paste', { bubbles: true, cancelable: true });
       Object.defineProperty(paste, 'clipboardData', { value: { types: ['text/plain'], files: [], getData: (kind) => flavours[kind] ?? '' } });
       document.body.dispatchEvent(paste);`,
      [list],
    );
    // The running panel counts "1 already there" too: wait for the summary.
    const listed = await session.waitFor('[data-testid="batch-progress"]', (t) => t.includes('Imported 1,'));
    assert.match(listed.text, /Imported 1, 1 already there/);
    await session.waitFor('[data-testid="article-row"]', (t) => t.includes('Tide tables change for winter'));
    writeFileSync(join(out, 'pasted-links.png'), await session.screenshot());
  } finally {
    await stop();
    server.close();
    rmSync(library, { recursive: true, force: true });
  }
});

test('a page saved without its pictures gets them downloaded on request, into the body', async () => {
  const library = tempLibrary('download');
  const server = await servePage();
  const origin = `http://127.0.0.1:${server.address().port}`;
  // Saved as "HTML only": the page keeps its picture's address, not the picture.
  const html = (await (await fetch(`${origin}/news/harbour`)).text()).replace('src="/img/', `src="${origin}/img/`);
  const saved = join(library, 'harbour.html');
  writeFileSync(saved, html);
  execFileSync(cli, ['--library', library, 'import', saved], { stdio: 'inherit' });
  const { session, stop } = await openApp(library, ['--allow-private-network']);
  try {
    const row = await session.waitFor('[data-testid="article-row"]', (t) => t.includes('Harbour reopens'));
    await session.click(row.el);
    const offer = await session.waitFor('[data-testid="missing-photos"]');
    assert.match(offer.text, /One photo of this page was not saved with it; the images are on 127\.0\.0\.1\./);
    await session.inFrame('[data-testid="reader-body-frame"]', () =>
      session.waitFor('main figure.photo .missing', (t) => /not downloaded/i.test(t)),
    );
    await session.click(await session.find('[data-testid="download-photos"]'));
    const report = await session.waitFor('[data-testid="missing-photos-report"]');
    assert.equal(report.text.trim(), 'Downloaded 1 photo.');
    // The body frame is drawn again, with the image from the library in the photo's place.
    const width = await session.inFrame('[data-testid="reader-body-frame"]', async () => {
      await session.waitFor('main figure.photo img');
      return session.execute(`return new Promise((done) => {
        const img = document.querySelector('main figure.photo img');
        const check = () => (img.complete && img.naturalWidth > 0 ? done(img.naturalWidth) : setTimeout(check, 50));
        check();
      });`);
    });
    assert.ok(width > 0, 'the downloaded image shows in the body');
    assert.equal(await session.execute('return document.querySelectorAll(\'[data-testid="download-photos"]\').length'), 0);
    writeFileSync(join(out, 'photo-download.png'), await session.screenshot());
  } finally {
    await stop();
    server.close();
    rmSync(library, { recursive: true, force: true });
  }
});

test('imports kept without article text say so: a re-capture keeps the text, a batch lists what to check', async () => {
  const library = tempLibrary('no-text');
  const page = (body) =>
    `<!doctype html><html lang="en"><head><title>City Shuts Old Bridge After Cracks Found | City Post</title>
     <meta property="og:site_name" content="City Post"></head><body>${body}</body></html>`;
  const paragraphs = [
    'The city council voted on Tuesday to close the old bridge to cars after engineers found cracks in two of its supports.',
    'Residents had complained for years about the state of the crossing, which carries more than ten thousand vehicles a day.',
    'The mayor said repairs would start in the spring and last at least eighteen months, with a ferry service in the meantime.',
  ];
  const full = join(library, 'bridge.html');
  writeFileSync(full, page(`<article><h1>City Shuts Old Bridge After Cracks Found</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`));
  const loading = join(library, 'bridge-again.html');
  writeFileSync(loading, page('<div id="app">Loading…</div>'));
  const drawn = join(library, 'budget.html');
  writeFileSync(
    drawn,
    '<!doctype html><html lang="en"><head><title>Council budget vote delayed to March</title></head><body><div id="app">Loading…</div></body></html>',
  );
  const url = 'https://citypost.example/bridge';
  execFileSync(cli, ['--library', library, 'import', full, '--url', url], { stdio: 'inherit' });
  // The same address again, saved before its script drew the article: a new capture that
  // leaves the article's text as it was.
  const again = execFileSync(cli, ['--library', library, 'import', loading, '--url', url], { stdio: ['ignore', 'pipe', 'pipe'] });
  assert.match(again.toString(), /^new capture\s+1\s/);
  const { session, stop } = await openApp(library);
  try {
    const row = await session.waitFor('[data-testid="article-row"]', (t) => t.includes('City Shuts Old Bridge'));
    await session.click(row.el);
    await session.waitFor('[data-testid="reader-body-frame"]');
    await session.inFrame('[data-testid="reader-body-frame"]', () =>
      session.waitFor('main p', (t) => t.includes('engineers found cracks')),
    );
    await session.click(await session.find('[data-testid="provenance"] summary'));
    const count = await session.waitFor('[data-testid="capture-count"]');
    assert.equal(count.text.trim(), "(2 captures; the article's text is from this one)");
    const other = await session.waitFor('[data-testid="earlier-captures"]');
    assert.match(other.text, /bridge-again\.html/);
    assert.match(other.text, /Held next to no article text/);

    // A page its script draws, imported through the file picker: the batch's summary has
    // it to check, and its note opens it.
    await session.execute(`setTimeout(() => document.querySelector('[data-testid="import-files"]').click(), 10);`);
    await answerFileDialog('Import pages and clippings', drawn, { open: true });
    const summary = await session.waitFor('[data-testid="batch-summary"]', (t) => /to check/.test(t), 60000);
    assert.match(summary.text, /Imported 1, 1 to check/);
    await session.click(await session.find('[data-testid="batch-progress"] .notes summary'));
    const note = await session.waitFor('[data-testid="batch-note"]');
    assert.match(note.text, /Council budget vote delayed to March/);
    assert.match(note.text, /No article text was found in the page/);
    writeFileSync(join(out, 'batch-to-check.png'), await session.screenshot());
    await session.click(await session.find('[data-testid="batch-note"] button'));
    await session.waitFor('[data-testid="reader-title"]', (t) => t.includes('Council budget vote delayed'));
    const said = await session.waitFor('[data-testid="reader-no-text"]');
    assert.match(said.text, /No article text was found in this capture/);
  } finally {
    await stop();
    rmSync(library, { recursive: true, force: true });
  }
});

const bench = resolve(root, process.env.CUTTINGS_BENCH ?? 'target/debug/cuttings-bench');

/** Scrolls the article list to its end once; returns the highest article index rendered. */
async function scrollListToEnd(session) {
  return session.execute(`
    const scroller = document.querySelector('[role="listbox"][aria-label="Articles"]');
    scroller.scrollTop = scroller.scrollHeight;
    return document.querySelectorAll('[data-testid="article-row"]').length;`);
}

test('a generated library: search as you type, open a result, scroll the list, browse the photos', async () => {
  const library = tempLibrary('find');
  execFileSync(bench, ['generate', '--articles', '400', '--out', library, '--seed', '7', '--images', '24'], {
    stdio: 'inherit',
    env: { ...process.env, CUTTINGS_CORPUS: join(root, 'tests/fixtures/corpus-mini') },
  });
  const { session, stop } = await openApp(library);
  try {
    await session.waitFor('[data-testid="result-count"]', (t) => t.includes('400'));
    await session.waitFor('[data-testid="article-row"]');
    writeFileSync(join(out, 'find-library.png'), await session.screenshot());

    // Search as you type: every keystroke narrows the list; the snippet marks the word.
    const box = await session.find('[data-testid="search-input"]');
    await session.type(box, 'climate');
    const count = await session.waitFor('[data-testid="result-count"]', (t) => {
      const n = Number(t.replace(/[^0-9]/g, ''));
      return n > 0 && n < 400;
    });
    const snippet = await session.waitFor('[data-testid="row-snippet"] mark', (t) => /climate/i.test(t));
    assert.match(snippet.text, /climate/i);
    // The sidebar's facets fit its width (long names are cut, counts stay in view).
    const [scrollWidth, clientWidth] = await session.execute(
      'const s = document.querySelector(".sidebar"); return [s.scrollWidth, s.clientWidth];',
    );
    assert.ok(scrollWidth <= clientWidth, `the sidebar overflows: ${scrollWidth} > ${clientWidth}`);
    writeFileSync(join(out, 'find-search.png'), await session.screenshot());

    // Open the first result: the reader shows the same title.
    const first = await session.waitFor('[data-testid="article-row"]');
    const rowTitle = await session.execute(
      'return document.querySelector(\'[data-testid="article-row"] .title, [data-testid="article-row"] h3, [data-testid="article-row"] strong\')?.innerText ?? ""',
    );
    await session.click(first.el);
    const title = await session.waitFor('[data-testid="reader-title"]', (t) => t.trim().length > 0);
    if (rowTitle) assert.equal(title.text.trim(), rowTitle.trim());
    await session.waitFor('[data-testid="reader-body-frame"]');
    writeFileSync(join(out, 'find-result.png'), await session.screenshot());

    // A malformed query explains itself and keeps the results.
    await session.type(box, ' "unclosed');
    const error = await session.waitFor('[data-testid="search-error"]', (t) => t.includes('quote'));
    assert.match(error.text, /closing quote/);
    assert.equal((await session.findAll('[data-testid="article-row"]')).length > 0, true);
    assert.match(count.text, /\d/);

    // Clear the search and scroll the whole list: pages load as the end comes near.
    await session.execute(`
      const input = document.querySelector('[data-testid="search-input"]');
      input.focus();
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));`);
    await session.waitFor('[data-testid="result-count"]', (t) => t.includes('400'));

    // End jumps to the end of the whole list (its last page, fetched from the end), and
    // the rows above load as the list is scrolled up; Home goes back to the top.
    const listbox = await session.find('[role="listbox"][aria-label="Articles"]');
    await session.type(listbox, '\uE010');
    // The row is selected first and scrolled into view on a later frame: poll for both.
    // "In view" allows 3 px: virtua aligns the row's end with the list's from fractional
    // row heights, and under load the scroll offset was seen 2 px short of the end.
    let endRow = null;
    for (let i = 0; i < 50; i++) {
      endRow = await session.execute(
        'const r = document.querySelector(\'[data-testid="article-row"][aria-selected="true"]\'); if (!r) return null; const b = r.getBoundingClientRect(); return [r.dataset.id, b.top >= 0 && b.bottom <= innerHeight + 3];',
      );
      if (endRow && endRow[0] === '1' && endRow[1]) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.deepEqual(endRow, ['1', true], 'End selects the oldest article and shows it');
    writeFileSync(join(out, 'find-end.png'), await session.screenshot());
    let topId = null;
    for (let i = 0; i < 30 && topId !== '400'; i++) {
      await session.execute('document.querySelector(\'[role="listbox"][aria-label="Articles"]\').scrollTop = 0;');
      await new Promise((r) => setTimeout(r, 200));
      topId = await session.execute('return document.querySelector(\'[data-testid="article-row"]\')?.dataset.id ?? null;');
    }
    assert.equal(topId, '400', 'scrolling up from the end reaches the newest article');
    await session.type(listbox, '\uE011');
    let homeId = null;
    for (let i = 0; i < 50 && homeId !== '400'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      homeId = await session.execute(
        'return document.querySelector(\'[data-testid="article-row"][aria-selected="true"]\')?.dataset.id ?? null;',
      );
    }
    assert.equal(homeId, '400', 'Home selects the newest article');

    let lastId = null;
    for (let i = 0; i < 30; i++) {
      await scrollListToEnd(session);
      await new Promise((r) => setTimeout(r, 150));
      lastId = await session.execute(
        'const rows = document.querySelectorAll(\'[data-testid="article-row"]\'); return rows[rows.length - 1]?.dataset.id ?? null;',
      );
      if (lastId === '1') break;
    }
    assert.equal(lastId, '1', 'the oldest article is reached at the end of the list');
    writeFileSync(join(out, 'find-scrolled.png'), await session.screenshot());

    // The gallery: photo tiles with caption and credit; one opens large.
    await session.click(await session.find('[data-testid="view-photos"]'));
    await session.waitFor('[data-testid="tile-caption"]', (t) => t.trim().length > 0);
    await session.waitFor('[data-testid="tile-credit"]', (t) => t.trim().length > 0);
    writeFileSync(join(out, 'find-gallery.png'), await session.screenshot());
    const tileButton = await session.find('[data-testid="photo-tile"]:has([data-testid="tile-caption"]) button');
    const tileCaption = await session.execute(
      'return document.querySelector(\'[data-testid="photo-tile"]:has([data-testid="tile-caption"]) [data-testid="tile-caption"]\').innerText;',
    );
    await session.click(tileButton);
    const caption = await session.waitFor('[data-testid="lightbox-caption"]', (t) => t.trim().length > 0);
    assert.equal(caption.text.trim(), tileCaption.trim());
    writeFileSync(join(out, 'find-lightbox.png'), await session.screenshot());
  } finally {
    await stop();
    rmSync(library, { recursive: true, force: true });
  }
});
