// The only script of the content frame (served by the cuttings-content scheme, in a
// sandboxed iframe with an opaque origin and no IPC). It tells the app how tall the body
// is, turns link clicks into requests the app may honour, and applies the reader settings
// the app sends. Messages both ways are small objects with a `type`; anything else is
// ignored.
(function () {
  'use strict';
  var root = document.documentElement;

  function post(message) {
    window.parent.postMessage(message, '*');
  }

  function reportHeight() {
    post({ type: 'cuttings:height', height: Math.ceil(document.body.scrollHeight) });
  }

  // A photo shows its thumbnail; "Full size" swaps in the original (data-full, which the
  // app wrote: only its own image scheme).
  document.addEventListener('click', function (event) {
    var button = event.target instanceof Element ? event.target.closest('button.full') : null;
    if (!button) return;
    var figure = button.closest('figure.photo');
    var img = figure ? figure.querySelector('img[data-full]') : null;
    var full = img ? img.getAttribute('data-full') : null;
    if (img && full && /^(cuttings-img:|http:\/\/cuttings-img\.localhost\/)/.test(full)) {
      img.addEventListener('load', reportHeight, { once: true });
      img.src = full;
      button.remove();
    }
  });

  document.addEventListener('click', function (event) {
    var target = event.target instanceof Element ? event.target.closest('a') : null;
    if (!target) return;
    event.preventDefault();
    var href = target.getAttribute('href');
    if (typeof href === 'string' && /^(https?:|mailto:)/i.test(href)) {
      post({ type: 'cuttings:open-link', href: href });
    }
  });

  window.addEventListener('message', function (event) {
    if (event.source !== window.parent) return;
    var data = event.data;
    if (!data || data.type !== 'cuttings:settings') return;
    if (data.theme === 'light' || data.theme === 'dark') root.dataset.theme = data.theme;
    else delete root.dataset.theme;
    if (typeof data.fontSize === 'string' && /^\d{1,2}(\.\d{1,3})?(rem|px)$/.test(data.fontSize)) {
      root.style.setProperty('--size', data.fontSize);
    }
    reportHeight();
  });

  new ResizeObserver(reportHeight).observe(document.body);
  // Images change the height as they arrive.
  document.addEventListener('load', reportHeight, true);
  window.addEventListener('load', reportHeight);
  post({ type: 'cuttings:ready' });
  reportHeight();
})();
