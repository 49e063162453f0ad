// A minimal W3C WebDriver client for the end-to-end tests: the eight endpoints we use,
// over Node's fetch. Written by hand on purpose: WebdriverIO brings ~190 packages,
// including browser-driver downloaders with install scripts that cannot run offline,
// for a protocol subset this small.

export class WebDriverError extends Error {}

/** Waits until a WebDriver server answers /status. */
export async function waitForServer(base, deadlineMs = 30000) {
  const until = Date.now() + deadlineMs;
  let last;
  while (Date.now() < until) {
    try {
      const res = await fetch(`${base}/status`);
      if (res.ok) return;
    } catch (err) {
      last = err;
    }
    await sleep(200);
  }
  throw new WebDriverError(`WebDriver server at ${base} did not start: ${last}`);
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function request(method, url, body) {
  const res = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await res.json().catch(() => ({}));
  if (!res.ok) {
    const v = json.value ?? {};
    throw new WebDriverError(`${method} ${url}: ${v.error ?? res.status}: ${v.message ?? ''}`);
  }
  return json.value;
}

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
/** The element id of a WebDriver element reference (W3C key, else the legacy one). */
const elementId = (ref) => ref[ELEMENT] ?? ref.ELEMENT ?? Object.values(ref)[0];

/** One browser session. */
export class Session {
  static async start(base, capabilities) {
    const value = await request('POST', `${base}/session`, {
      capabilities: { alwaysMatch: capabilities },
    });
    return new Session(base, value.sessionId);
  }

  constructor(base, id) {
    this.url = `${base}/session/${id}`;
  }

  async find(css) {
    const v = await request('POST', `${this.url}/element`, { using: 'css selector', value: css });
    return elementId(v);
  }

  async findAll(css) {
    const v = await request('POST', `${this.url}/elements`, { using: 'css selector', value: css });
    return v.map(elementId);
  }

  /**
   * Polls until `css` matches an element whose rendered text (`innerText`) satisfies
   * `accept`. The text is read by script: WebKitWebDriver's Get Element Text returns ""
   * for some visible elements (rows with role="option").
   */
  async waitFor(css, accept = () => true, deadlineMs = 30000) {
    const until = Date.now() + deadlineMs;
    let seen = '(no element)';
    while (Date.now() < until) {
      const found = await this.execute(
        'return Array.from(document.querySelectorAll(arguments[0])).map((e) => [e, e.innerText]);',
        [css],
      ).catch(() => []);
      for (const [ref, text] of found) {
        seen = text;
        if (accept(text)) return { el: elementId(ref), text };
      }
      await sleep(150);
    }
    throw new WebDriverError(`timed out waiting for ${css}; last text seen: ${JSON.stringify(seen)}`);
  }

  text(el) {
    return request('GET', `${this.url}/element/${el}/text`);
  }

  click(el) {
    return request('POST', `${this.url}/element/${el}/click`, {});
  }

  /** Types `text` as keystrokes; line breaks are sent as the Enter key. */
  type(el, text) {
    return request('POST', `${this.url}/element/${el}/value`, { text: text.replace(/\r?\n/g, '\uE007') });
  }

  /** Runs `work` with the iframe matched by `css` as the current browsing context. */
  async inFrame(css, work) {
    const frame = await this.find(css);
    await request('POST', `${this.url}/frame`, { id: { [ELEMENT]: frame } });
    try {
      return await work();
    } finally {
      await request('POST', `${this.url}/frame/parent`, {});
    }
  }

  /** Runs `script` whose last argument is a callback to call with the result. */
  executeAsync(script, args = []) {
    return request('POST', `${this.url}/execute/async`, { script, args });
  }

  execute(script, args = []) {
    return request('POST', `${this.url}/execute/sync`, { script, args });
  }

  /**
   * A PNG of the window. WebKitGTK's WebDriver takes it at the page's next paint, and an
   * idle page never paints again: the request then waits forever (seen on a library list
   * with nothing selected, painted on the CPU under Xvfb). So a 1-pixel, 1 % white dot in
   * the corner flickers each frame until the PNG is back, and the PNG follows two frames
   * so it shows what the DOM says (WebKitGTK screenshots lag it).
   */
  async screenshot() {
    await request('POST', `${this.url}/execute/async`, {
      script: `const done = arguments[0];
        const dot = document.createElement('div');
        dot.id = 'webdriver-paint-nudge';
        dot.style.cssText = 'position:fixed;left:0;top:0;width:1px;height:1px;pointer-events:none;z-index:2147483647';
        document.body.appendChild(dot);
        let frame = 0;
        const flicker = () => {
          if (!dot.isConnected || ++frame > 600) return dot.remove();
          dot.style.background = frame % 2 ? 'rgba(255,255,255,0.01)' : 'transparent';
          requestAnimationFrame(flicker);
        };
        requestAnimationFrame(flicker);
        requestAnimationFrame(() => requestAnimationFrame(() => done(true)));`,
      args: [],
    });
    try {
      return Buffer.from(await request('GET', `${this.url}/screenshot`), 'base64');
    } finally {
      await this.execute("document.getElementById('webdriver-paint-nudge')?.remove();").catch(() => undefined);
    }
  }

  end() {
    return request('DELETE', this.url).catch(() => undefined);
  }
}
