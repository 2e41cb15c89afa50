const ALLOWED_PROTOCOLS = new Set(['http:', 'https:']);
// An absolute URL that the URL parser would give back unchanged; most feed links are, and parsing them is the cost. The
// host's last label is letters only, so it is no IPv4 address in any spelling ("0x7f.1", "127.1"), which the parser
// rewrites (https://url.spec.whatwg.org/#ends-in-a-number-checker).
const ALREADY_CANONICAL = /^https?:\/\/(?:[a-z\d-]+\.)*[a-z]+\/[\w\-.~!$&()*+,;=:@/?#%]*$/;
// What the parser still rewrites or refuses in such a URL: dot segments, spelled out or percent-encoded, and punycode.
const NEEDS_PARSING = /\/\.|%2e|[/.]xn--/i;

/** An absolute http(s) URL for href read against base, or undefined; other schemes (javascript:, data:) are dropped. */
export function resolveUrl(href: string | undefined, base?: string): string | undefined {
  if (!href) return undefined;
  if (ALREADY_CANONICAL.test(href) && !NEEDS_PARSING.test(href)) return href;
  const trimmed = href.trim();
  if (trimmed === '') return undefined;
  try {
    const url = new URL(trimmed, base);
    return ALLOWED_PROTOCOLS.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
