const ALLOWED_PROTOCOLS = new Set(['http:', 'https:']);
// An absolute URL that the URL parser would give back unchanged; most feed links are, and parsing them is the cost.
const ALREADY_CANONICAL = /^https?:\/\/[a-z\d-]+(?:\.[a-z\d-]+)*\/[\w\-.~!$&()*+,;=:@/?#%]*$/;

/** An absolute http(s) URL for href read against base, or undefined; other schemes (javascript:, data:) are dropped. */
export function resolveUrl(href: string | undefined, base?: string): string | undefined {
  if (!href) return undefined;
  if (ALREADY_CANONICAL.test(href) && !href.includes('/.')) return href;
  const trimmed = href.trim();
  if (trimmed === '') return undefined;
  try {
    const url = new URL(trimmed, base);
    return ALLOWED_PROTOCOLS.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
