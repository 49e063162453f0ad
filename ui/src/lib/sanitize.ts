/**
 * The UI's own sanitizer pass over article HTML. The backend already sanitized it with an
 * allowlist; this is the second, independent layer, so it must hold on its own: text,
 * structure, links and our own images only.
 */
import DOMPurify, { type Config } from 'dompurify';

const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'q', 'cite',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'a', 'em', 'strong', 'b', 'i', 'u', 's',
  'small', 'sub', 'sup', 'mark', 'abbr', 'time', 'code', 'pre', 'kbd',
  'figure', 'figcaption', 'img', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th',
  'td', 'caption', 'span', 'div',
];

const ALLOWED_ATTR = [
  'href', 'title', 'alt', 'src', 'width', 'height', 'datetime', 'cite', 'lang',
  'dir', 'colspan', 'rowspan', 'scope', 'start', 'reversed',
];

/** Links may go to the web or to mail; nothing relative, nothing scriptable. */
const LINK = /^(?:https?:|mailto:)/i;
/** Images only from the app's own content-addressed protocol. */
const OUR_IMAGE = /^(?:cuttings-img:\/\/|http:\/\/cuttings-img\.localhost\/)/i;

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|cuttings-img:)/i,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOW_SELF_CLOSE_IN_ATTR: false,
  SAFE_FOR_TEMPLATES: false,
  WHOLE_DOCUMENT: false,
  KEEP_CONTENT: true,
  FORBID_TAGS: [
    'script', 'style', 'link', 'meta', 'base', 'template', 'noscript',
    'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal',
    'form', 'input', 'button', 'textarea', 'select', 'option', 'label', 'fieldset',
    'svg', 'math', 'video', 'audio', 'source', 'track', 'picture', 'canvas',
  ],
  FORBID_ATTR: ['style', 'srcset', 'srcdoc', 'action', 'formaction', 'target', 'ping', 'background'],
  USE_PROFILES: false,
};

let purifier: ReturnType<typeof DOMPurify> | null = null;

function instance(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  // A private instance, so these hooks never affect anyone else's DOMPurify.
  const p = DOMPurify(window);
  p.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A') {
      const href = node.getAttribute('href');
      if (href !== null && !LINK.test(href.trim())) node.removeAttribute('href');
      node.setAttribute('rel', 'noopener noreferrer');
    } else if (node.nodeName === 'IMG') {
      const src = node.getAttribute('src');
      if (src === null || !OUR_IMAGE.test(src.trim())) node.parentNode?.removeChild(node);
    }
  });
  purifier = p;
  return p;
}

/** Sanitizes article body HTML for `{@html}`. */
export function sanitizeArticleHtml(html: string): string {
  return instance().sanitize(html, { ...CONFIG, RETURN_DOM: false, RETURN_DOM_FRAGMENT: false }) as string;
}

/** Whether a link may be handed to `openLink` (the shell checks again). */
export function isOpenableUrl(url: string | null | undefined): url is string {
  return typeof url === 'string' && LINK.test(url.trim());
}
