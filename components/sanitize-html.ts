import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';

const CONFIG: Config = {
  // MathML stays out: it has been the vector of most DOMPurify bypasses.
  USE_PROFILES: { html: true, svg: true, svgFilters: true },
  FORBID_TAGS: [
    'form',
    'input',
    'button',
    'select',
    'textarea',
    'iframe',
    'frame',
    'object',
    'embed',
    'style',
    'link',
    'meta',
    'base',
    'script',
  ],
  // A feed's styles and classes could cover the page or pass for its controls, its tabindex reorder the keyboard's way.
  FORBID_ATTR: ['style', 'class', 'tabindex', 'autoplay'],
  // A feed's id must not collide with the page's own (the reader's heading is found by id).
  SANITIZE_NAMED_PROPS: true,
};

const URL_ATTRIBUTES = ['href', 'src', 'poster', 'xlink:href'];
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const WEB_PROTOCOLS = new Set(['http:', 'https:']);
const DATA_IMAGE = /^data:image\/(?:png|gif|jpe?g|webp|avif)[;,]/i;

let purifier: Purifier | undefined;
/** The story's address while a sanitize call runs: hooks are added once, so they read it from here. */
let base: URL | undefined;
/** Object URLs of the story's saved pictures, by the address they were saved under, while a sanitize call runs. */
let saved: ReadonlyMap<string, string> | undefined;

/** The saved copy of an img (after its addresses are resolved): its src's, else its srcset's first address's. */
function savedCopyOf(image: Element): string | undefined {
  if (!saved?.size) return undefined;
  const src = image.getAttribute('src');
  const first = image
    .getAttribute('srcset')
    ?.trim()
    .split(/[\s,]+/)[0];
  return (src && saved.get(src)) || (first && saved.get(first)) || undefined;
}

/** An absolute address with one of `protocols`, or undefined: relative ones need the story's address. */
function resolve(value: string, protocols: ReadonlySet<string>): string | undefined {
  let url: URL;
  try {
    url = new URL(value.trim(), base);
  } catch {
    return undefined;
  }
  return protocols.has(url.protocol) ? url.href : undefined;
}

/** Each candidate of a srcset resolved, the unsafe ones dropped; https://html.spec.whatwg.org/#parse-a-srcset-attribute */
function resolveSrcset(value: string): string {
  const candidates: string[] = [];
  let rest = value;
  for (;;) {
    rest = rest.replace(/^[\s,]+/, '');
    if (!rest) break;
    const token = rest.match(/^\S+/)?.[0] ?? '';
    rest = rest.slice(token.length);
    let descriptor = '';
    if (!token.endsWith(',')) {
      descriptor = rest.match(/^[^,]*/)?.[0] ?? '';
      rest = rest.slice(descriptor.length);
    }
    const address = resolve(token.replace(/,+$/, ''), WEB_PROTOCOLS);
    if (address) candidates.push(descriptor.trim() ? `${address} ${descriptor.trim()}` : address);
  }
  return candidates.join(', ');
}

/** Links may also write or call; everything else loads from the web, pictures also from inline raster data. */
function safeAddress(value: string, attribute: string, tag: string): string | undefined {
  if (tag === 'img' && attribute === 'src' && DATA_IMAGE.test(value.trim())) return value.trim();
  return resolve(value, tag === 'a' || tag === 'area' ? LINK_PROTOCOLS : WEB_PROTOCOLS);
}

function finishElement(node: Element): void {
  const tag = node.localName;
  for (const attribute of URL_ATTRIBUTES) {
    const value = node.getAttribute(attribute);
    if (value === null) continue;
    const resolved = safeAddress(value, attribute, tag);
    if (resolved === undefined) node.removeAttribute(attribute);
    else node.setAttribute(attribute, resolved);
  }
  const srcset = node.getAttribute('srcset');
  if (srcset !== null) {
    const resolved = resolveSrcset(srcset);
    if (resolved) node.setAttribute('srcset', resolved);
    else node.removeAttribute('srcset');
  }
  if ((tag === 'a' || tag === 'area') && (node.hasAttribute('href') || node.hasAttribute('xlink:href'))) {
    // Removed first, so every link reads the same whatever the feed set.
    node.removeAttribute('target');
    node.removeAttribute('rel');
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
  if (tag === 'img') {
    const copy = savedCopyOf(node);
    if (copy) {
      // Set after the address checks, which would refuse blob:; the web's srcset would win over it.
      node.setAttribute('src', copy);
      node.removeAttribute('srcset');
      node.removeAttribute('sizes');
    }
    node.setAttribute('referrerpolicy', 'no-referrer');
    node.setAttribute('loading', 'lazy');
    node.setAttribute('decoding', 'async');
  }
  if (tag === 'video' || tag === 'audio') node.setAttribute('preload', 'none');
  // A <picture>'s source would win over its img's saved copy and load from the web. Sources come before their img,
  // so the img is looked at here, its addresses resolved the same way.
  if (tag === 'source' && node.parentElement?.localName === 'picture' && saved?.size) {
    const image = node.parentElement.querySelector(':scope > img');
    const src = image?.getAttribute('src');
    const resolved = src ? resolve(src, WEB_PROTOCOLS) : undefined;
    if (image && resolved && saved.has(resolved)) node.removeAttribute('srcset');
  }
}

function instance(): Purifier {
  if (purifier) return purifier;
  const created = DOMPurify(window);
  // Without a DOM DOMPurify hands the input back untouched: refuse instead.
  if (!created.isSupported) throw new Error('sanitizeHtml needs a DOM');
  created.setConfig(CONFIG);
  created.addHook('afterSanitizeAttributes', finishElement);
  purifier = created;
  return created;
}

/**
 * A feed's HTML made safe to show in the page (for `dangerouslySetInnerHTML`): no scripts, handlers, forms or frames;
 * addresses resolved against the story's own (`baseUrl`); links open in a new tab; images load lazily without a referrer.
 * A picture in `savedPictures` (object URLs by resolved address) is shown from there instead of the web.
 */
export function sanitizeHtml(html: string, baseUrl?: string, savedPictures?: ReadonlyMap<string, string>): string {
  const purify = instance();
  const story = baseUrl && URL.canParse(baseUrl) ? new URL(baseUrl) : undefined;
  base = story && WEB_PROTOCOLS.has(story.protocol) ? story : undefined;
  saved = savedPictures;
  try {
    return purify.sanitize(html);
  } finally {
    base = undefined;
    saved = undefined;
  }
}
