/**
 * The feed module's public API, with fetch-feed.ts and discover-feeds.ts: everything else in feed/ is implementation.
 * parseFeed turns the bytes of any RSS, Atom, RDF or JSON feed into one shape, and throws only FeedError.
 */
import { parseAtomFeed, parseJsonFeed, parseRdfFeed, parseRssFeed } from 'feedsmith';
import { type DecodedBody, decodeBody } from './decode-body';
import { FeedError } from './feed-error';
import { MAX_FEED_BYTES } from './max-feed-bytes';
import { nfcText } from './nfc-text';
import { normalizeAtom } from './normalize-atom';
import { normalizeJson } from './normalize-json';
import { normalizeRdf } from './normalize-rdf';
import { normalizeRss } from './normalize-rss';
import type { ParsedFeed } from './parsed-feed';
import { readXml } from './read-xml';
import { rootElementName } from './root-element-name';
import { sizeText } from './size-text';

export { FeedError, type FeedErrorCode } from './feed-error';
export { MAX_FEED_BYTES } from './max-feed-bytes';
export type { ParsedEnclosure, ParsedFeed, ParsedItem } from './parsed-feed';

export interface ParseFeedOptions {
  /** The URL the feed was fetched from (after redirects): relative links are read against it. */
  url?: string;
  /** The response's Content-Type, for its charset. */
  contentType?: string;
}

function toText(body: string | Uint8Array | ArrayBuffer, contentType: string | undefined): string {
  if (typeof body === 'string') {
    if (body.length > MAX_FEED_BYTES) throw tooLarge();
    return nfcText(body);
  }
  return decodeBytes(body instanceof Uint8Array ? body : new Uint8Array(body), contentType).text;
}

function decodeBytes(bytes: Uint8Array, contentType: string | undefined): DecodedBody {
  if (bytes.byteLength > MAX_FEED_BYTES) throw tooLarge();
  return decodeBody(bytes, contentType);
}

function tooLarge(): FeedError {
  return new FeedError('too-large', `This feed is larger than ${sizeText(MAX_FEED_BYTES)}.`);
}

function notAFeed(): FeedError {
  return new FeedError('not-a-feed', 'This address is not a feed.');
}

function parseJson(text: string, url: string | undefined): ParsedFeed {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new FeedError('malformed', 'This JSON feed is broken.', { cause: error });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw notAFeed();
  const record = value as Record<string, unknown>;
  const version = record.version;
  const looksLikeFeed =
    (typeof version === 'string' && version.includes('jsonfeed.org/version/')) ||
    (typeof record.title === 'string' && Array.isArray(record.items));
  if (!looksLikeFeed) throw notAFeed();
  return normalizeJson(parseJsonFeed(record), url);
}

function parseXml(text: string, url: string | undefined): ParsedFeed {
  // Dispatch on the root's local name: feeds may prefix it ("a:feed", "rdf:RDF"), and feedsmith maps prefixes by URI.
  const root = rootElementName(text)?.replace(/^[^:]*:/, '');
  switch (root) {
    case 'rss':
      return normalizeRss(readXml(text, parseRssFeed), url);
    case 'feed':
      return normalizeAtom(readXml(text, parseAtomFeed), url);
    case 'rdf':
      return normalizeRdf(readXml(text, parseRdfFeed), url);
    default:
      throw notAFeed();
  }
}

function parseText(text: string, url: string | undefined): ParsedFeed {
  const start = text.search(/\S/);
  if (start === -1) throw new FeedError('not-a-feed', 'This feed is empty.');
  const first = text.charCodeAt(start);
  if (first === 0x7b /* { */) return parseJson(text, url);
  if (first !== 0x3c /* < */) throw notAFeed();
  return parseXml(text, url);
}

function onlyFeedErrors<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof FeedError) throw error;
    throw new FeedError('malformed', 'This feed is too broken to read.', { cause: error });
  }
}

/**
 * Parses RSS 0.9x/1.0/2.0, Atom 0.3/1.0 or JSON Feed 1.0/1.1 into a ParsedFeed: text fields as plain text, URLs
 * absolute, dates in epoch ms, ids stable and unique. Throws FeedError and nothing else.
 */
export function parseFeed(body: string | Uint8Array | ArrayBuffer, options: ParseFeedOptions = {}): ParsedFeed {
  return onlyFeedErrors(() => parseText(toText(body, options.contentType), options.url));
}

/** parseFeed for fetched bytes, also saying which encoding it read them in. Throws FeedError and nothing else. */
export function parseFeedBytes(
  bytes: Uint8Array,
  options: ParseFeedOptions = {},
): { feed: ParsedFeed; encoding: string } {
  return onlyFeedErrors(() => {
    const { text, encoding } = decodeBytes(bytes, options.contentType);
    return { feed: parseText(text, options.url), encoding };
  });
}
