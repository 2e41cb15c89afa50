import { resolveUrl } from './resolve-url';

// A value that already names its scheme (https:, mailto:, data:) or is a same-page fragment: left as the feed wrote it.
const ABSOLUTE_OR_FRAGMENT = /^\s*(?:[a-zA-Z][a-zA-Z\d+.-]*:|#)/;

/** An http(s) URL for a relative reference read against base; undefined for absolute or fragment references, or junk. */
export function resolveRelative(value: string, base: string): string | undefined {
  return ABSOLUTE_OR_FRAGMENT.test(value) ? undefined : resolveUrl(value, base);
}
