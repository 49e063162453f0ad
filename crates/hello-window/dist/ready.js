// After the first paint, tell the shell (which prints "hello-ready" for the benchmark).
requestAnimationFrame(() =>
  requestAnimationFrame(() => window.__TAURI_INTERNALS__.invoke('ready')),
);
