// Makes a second set of pasted clippings from the corpus's saved pages: each page opened in
// Chromium (scripts off, network off) and its `document.body.innerText` written as
// `clipped.txt`, near what a select-all copy out of a browser gives (with scripts off a
// page's `<noscript>` text shows, and styles the page fetches from the network do not). The corpus's own
// `clipped.txt` files came from a text browser (w3m); these are the other shape users paste.
//
//   apt-get install chromium && npm install --prefix /tmp/pw playwright-core
//   PLAYWRIGHT=/tmp/pw/node_modules/playwright-core/index.mjs \
//     node crates/eval/inner-text-pastes.mjs ../shared/corpus /tmp/bt/corpus
//   CUTTINGS_CORPUS=/tmp/bt/corpus target/release/cuttings-eval
//
// The output folder mirrors the corpus (expected files copied, `source.html` kept) with
// `clipped.txt` replaced. Given a folder of `.html` files instead of a corpus (held-out
// pages), it writes `NAME.txt` beside a copy of each. A development tool only: no test or
// build step runs it.

import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [from, to] = process.argv.slice(2);
if (!from || !to) {
  console.error("usage: inner-text-pastes.mjs CORPUS OUT");
  process.exit(2);
}

const { chromium } = await import(process.env.PLAYWRIGHT ?? "playwright-core");
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});
const context = await browser.newContext({
  javaScriptEnabled: false,
  viewport: { width: 1280, height: 900 },
});
// Only the page's own files load; nothing reaches the network.
await context.route("**/*", (route) =>
  route.request().url().startsWith("file:") ? route.continue() : route.abort(),
);

async function innerText(source) {
  const page = await context.newPage();
  try {
    await page.goto(pathToFileURL(path.resolve(source)).href, { waitUntil: "load", timeout: 20000 });
    return await page.evaluate(() => document.body?.innerText ?? "");
  } catch (e) {
    console.error(`${source}: ${e.message.split("\n")[0]}`);
    return null;
  } finally {
    await page.close();
  }
}

let written = 0;
const pagesDir = path.join(from, "readability");
if (fs.existsSync(pagesDir)) {
  fs.cpSync(path.join(from, "clippings"), path.join(to, "clippings"), { recursive: true });
  for (const name of fs.readdirSync(pagesDir).sort()) {
    const source = path.join(pagesDir, name, "source.html");
    if (!fs.existsSync(source)) continue;
    const out = path.join(to, "readability", name);
    fs.mkdirSync(out, { recursive: true });
    const text = await innerText(source);
    if (text === null) continue; // said on stderr; the page is left out of the copy
    for (const file of fs.readdirSync(path.join(pagesDir, name))) {
      const from_ = path.join(pagesDir, name, file);
      if (file !== "clipped.txt" && fs.statSync(from_).isFile()) fs.copyFileSync(from_, path.join(out, file));
    }
    fs.writeFileSync(path.join(out, "clipped.txt"), text);
    written += 1;
  }
} else {
  fs.mkdirSync(to, { recursive: true });
  for (const file of fs.readdirSync(from).sort().filter((f) => /\.html?$/.test(f))) {
    fs.copyFileSync(path.join(from, file), path.join(to, file));
    const text = await innerText(path.join(from, file));
    if (text !== null) {
      fs.writeFileSync(path.join(to, file.replace(/\.html?$/, ".txt")), text);
      written += 1;
    }
  }
}
await browser.close();
console.log(`${written} pastes written under ${to}`);
