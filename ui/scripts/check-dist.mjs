// Checks a production build against the app's CSP and hygiene rules:
// no inline <script>, no eval, no remote resources, and no dev-only mock code.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const problems = [];

const html = readFileSync(join(dist, 'index.html'), 'utf8');
for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
  const [, attrs, body] = match;
  if (!/\bsrc\s*=/.test(attrs) || body.trim() !== '') problems.push(`inline <script> in index.html: ${match[0].slice(0, 80)}`);
}
if (/\son[a-z]+\s*=/i.test(html)) problems.push('inline event handler attribute in index.html');
if (/(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i.test(html)) problems.push('remote resource in index.html');

const assets = readdirSync(join(dist, 'assets'));
for (const name of assets) {
  const text = readFileSync(join(dist, 'assets', name), 'utf8');
  if (name.endsWith('.js')) {
    if (/\beval\s*\(|new Function\s*\(/.test(text)) problems.push(`${name}: eval or new Function`);
    if (/mockIPC|__CUTTINGS_MOCK__|dev\/mock/.test(text)) problems.push(`${name}: dev mock code in the production build`);
  }
  if (name.endsWith('.css') && /url\(\s*["']?(?:https?:)?\/\//i.test(text)) problems.push(`${name}: remote url() in CSS`);
  if (name.endsWith('.css') && /@import/i.test(text)) problems.push(`${name}: @import in CSS`);
}

if (problems.length > 0) {
  console.error(`check-dist: ${dist} breaks the rules:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-dist: ${dist}/index.html has no inline script; ${assets.length} assets clean.`);
