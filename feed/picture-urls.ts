import { readAttributes } from './read-attributes';
import { resolveUrl } from './resolve-url';

// [^<>] (not [^>]) so that a run of unclosed "<img" cannot make the search quadratic.
const IMG = /<img(?=[\s/>])([^<>]*)/gi;

/** A srcset's candidate URLs in order, descriptors left out (https://html.spec.whatwg.org/#parse-a-srcset-attribute). */
function* candidateUrls(srcset: string): Generator<string> {
  let rest = srcset;
  for (;;) {
    rest = rest.replace(/^[\s,]+/, '');
    if (!rest) return;
    const token = /^\S+/.exec(rest)?.[0] ?? '';
    rest = rest.slice(token.length);
    // A URL that ends in commas ends its candidate; commas inside it (Cloudinary's "w_300,h_200") stay.
    if (!token.endsWith(',')) rest = rest.replace(/^[^,]*/, '');
    yield token.replace(/,+$/, '');
  }
}

function pictureOf(attributes: Map<string, string>, base: string | undefined): string | undefined {
  const src = resolveUrl(attributes.get('src'), base);
  if (src) return src;
  // A data: src is often a lazy-loading placeholder for the srcset's real picture.
  for (const candidate of candidateUrls(attributes.get('srcset') ?? '')) {
    const url = resolveUrl(candidate, base);
    if (url) return url;
  }
  return undefined;
}

/**
 * The pictures a story shows, saved under these addresses and looked up by them when read: each <img>'s src, or
 * when that is missing or not http(s) its first http(s) srcset candidate, entities decoded and resolved against base.
 * Each once, in document order.
 */
export function pictureUrls(html: string | undefined, base: string | undefined): string[] {
  if (!html?.includes('<')) return [];
  const urls = new Set<string>();
  for (const [, inside = ''] of html.matchAll(IMG)) {
    const url = pictureOf(readAttributes(inside), base);
    if (url) urls.add(url);
  }
  return [...urls];
}
