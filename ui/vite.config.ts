/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

/**
 * `--mode mock` serves and builds the app with a fake backend (dev/mock.ts) so the UI can
 * be looked at in a plain browser. It swaps the entry script and adds the app's CSP as a
 * meta tag, so the preview fails loudly on anything the real CSP would block. The
 * production build (`vite build`, mode "production") never sees dev/.
 */
const MOCK_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' cuttings-img: http://cuttings-img.localhost",
  "font-src 'self'",
  "connect-src 'self' ws: http://localhost:*",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');

function mockEntry(): Plugin {
  return {
    name: 'cuttings-mock-entry',
    transformIndexHtml: {
      // Before Vite reads the entry <script> out of the page.
      order: 'pre',
      handler(html) {
        return html
          .replace('/src/main.ts', '/dev/main.ts')
          .replace(
            '<meta charset="UTF-8" />',
            `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${MOCK_CSP}" />`,
          );
      },
    },
  };
}

export default defineConfig(({ mode }) => {
  const mock = mode === 'mock';
  return {
    plugins: [svelte(), svelteTesting(), ...(mock ? [mockEntry()] : [])],
    // No public dir in the app: everything it loads is bundled. The mock has sample images.
    publicDir: mock ? 'dev/public' : false,
    clearScreen: false,
    server: { host: '127.0.0.1', port: 5173, strictPort: true },
    preview: { host: '127.0.0.1', port: 4173, strictPort: true },
    build: {
      outDir: mock ? 'dist-mock' : 'dist',
      emptyOutDir: true,
      target: 'es2022',
      // The polyfill is injected as code; WebKitGTK and WebView2 support modulepreload.
      modulePreload: { polyfill: false },
      // Never inline assets as data: URLs (the CSP has no data:).
      assetsInlineLimit: 0,
      sourcemap: false,
    },
    test: {
      environment: 'jsdom',
      include: ['src/**/*.test.ts'],
      setupFiles: ['src/test/setup.ts'],
      restoreMocks: true,
    },
  };
});
