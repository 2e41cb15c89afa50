/**
 * Part of the feed module's public API (with parse-feed.ts and fetch-feed.ts): the feeds an HTML page declares, read
 * with a small tolerant tag scanner, since a service worker has no DOMParser.
 */
import { readAttributes } from './read-attributes';
import { resolveUrl } from './resolve-url';

export { conventionalFeedUrls } from './conventional-feed-urls';

export type DiscoveredFeedType = 'rss' | 'atom' | 'rdf' | 'json' | 'unknown';

export interface DiscoveredFeed {
  url: string;
  type: DiscoveredFeedType;
  title?: string;
}

// Feeds are declared in the head; a page's megabytes of body need not be scanned.
const SCAN_LIMIT = 512 * 1024;
const COMMENTS_AND_SCRIPTS = /<!--[\s\S]*?(?:-->|$)|<(script|style|template|textarea)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;
// [^<>] (not [^>]) so that a run of unclosed "<link" cannot make the scan quadratic.
const TAG = /<(link|base)\b([^<>]*)>/gi;
const SECONDARY = /comment|reply|replies/i;
const JSON_FEED_PATH = /feed\.json$/i;
const JSON_FEED_TITLE = /\bjson ?feed\b/i;

const TYPES: Record<string, DiscoveredFeedType> = {
  'application/rss+xml': 'rss',
  'application/atom+xml': 'atom',
  'application/rdf+xml': 'rdf',
  'application/feed+json': 'json',
  'text/xml': 'unknown',
  'application/xml': 'unknown',
};

/**
 * Plain application/json is also what WordPress's REST links (/wp-json/wp/v2/pages/2) say, so it is a JSON Feed only
 * when the link says feed: rel="feed", a path ending in "feed.json" (feed.json, jsonfeed.json) or a title saying
 * "JSON Feed".
 */
function saysJsonFeed(attributes: Map<string, string>, rel: string[]): boolean {
  const path = attributes.get('href')?.split(/[?#]/)[0] ?? '';
  return rel.includes('feed') || JSON_FEED_PATH.test(path) || JSON_FEED_TITLE.test(attributes.get('title') ?? '');
}

function formatOf(
  mime: string | undefined,
  attributes: Map<string, string>,
  rel: string[],
): DiscoveredFeedType | undefined {
  if (mime === 'application/json') return saysJsonFeed(attributes, rel) ? 'json' : undefined;
  return mime ? TYPES[mime] : undefined;
}

function typeOf(attributes: Map<string, string>, rel: string[]): DiscoveredFeedType | undefined {
  const mime = attributes.get('type')?.split(';')[0]?.trim().toLowerCase();
  const format = formatOf(mime, attributes, rel);
  if (rel.includes('alternate') && mime) return format;
  // rel="feed" names a feed without saying its format (https://microformats.org/wiki/rel-feed).
  if (rel.includes('feed')) return format ?? 'unknown';
  return undefined;
}

function rank(feed: DiscoveredFeed): number {
  const secondary = SECONDARY.test(feed.title ?? '') || SECONDARY.test(feed.url) ? 10 : 0;
  const format = feed.type === 'rss' || feed.type === 'atom' ? 0 : feed.type === 'unknown' ? 2 : 1;
  return secondary + format;
}

/**
 * The feeds a page declares with <link rel="alternate"> (RSS, Atom, RDF, JSON Feed) or rel="feed", absolute (read
 * against <base href>, then the page URL), without repeats, best first: main RSS/Atom feeds before JSON/RDF, and
 * comment feeds last; document order otherwise.
 */
export function discoverFeeds(html: string, pageUrl: string): DiscoveredFeed[] {
  const source = html.slice(0, SCAN_LIMIT).replace(COMMENTS_AND_SCRIPTS, '');
  let base = pageUrl;
  let baseSeen = false;
  const found: DiscoveredFeed[] = [];
  const seen = new Set<string>();
  for (const match of source.matchAll(TAG)) {
    const tag = match[1]?.toLowerCase();
    const attributes = readAttributes(match[2] ?? '');
    if (tag === 'base') {
      // Only the first <base href> counts (https://html.spec.whatwg.org/#the-base-element).
      if (!baseSeen && attributes.has('href')) {
        base = resolveUrl(attributes.get('href'), pageUrl) ?? pageUrl;
        baseSeen = true;
      }
      continue;
    }
    if (tag !== 'link') continue;
    const rel = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('stylesheet')) continue;
    const type = typeOf(attributes, rel);
    const url = type && resolveUrl(attributes.get('href'), base);
    if (!type || !url || seen.has(url)) continue;
    seen.add(url);
    const title = attributes.get('title')?.replace(/\s+/g, ' ').trim();
    found.push(title ? { url, type, title } : { url, type });
  }
  return found
    .map((feed, index) => ({ feed, index, rank: rank(feed) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ feed }) => feed);
}
