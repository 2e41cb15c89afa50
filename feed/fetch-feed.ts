/**
 * Part of the feed module's public API (with parse-feed.ts and discover-feeds.ts): one polite, bounded GET of a feed.
 */
import { FetchError } from './fetch-error';
import { fetchFailure } from './fetch-failure';
import { hostOf } from './host-of';
import { MAX_FEED_BYTES } from './max-feed-bytes';
import { parseRetryAfter } from './parse-retry-after';
import { readCappedBody } from './read-capped-body';
import { statusText } from './status-text';

export { FetchError, type FetchErrorKind } from './fetch-error';

export interface FetchFeedOptions {
  /** The ETag of the copy we hold, sent as If-None-Match. */
  etag?: string;
  /** The Last-Modified of the copy we hold, sent as If-Modified-Since. */
  lastModified?: string;
  signal?: AbortSignal;
  /** Default 20 000. */
  timeoutMs?: number;
  /** Default MAX_FEED_BYTES (10 MB), enforced while the body streams in. */
  maxBytes?: number;
}

interface FetchedAddress {
  /** The final URL, after redirects. */
  url: string;
  /**
   * Present when the request was redirected. Whether for good (301, 308) a browser does not say: outside navigations
   * it shows a redirect only as opaque (https://fetch.spec.whatwg.org/#concept-filtered-response-opaque-redirect).
   */
  redirected?: true;
}

export type FetchFeedResult = FetchedAddress &
  (
    | { status: 'ok'; body: Uint8Array; contentType?: string; etag?: string; lastModified?: string }
    | { status: 'not-modified'; etag?: string; lastModified?: string }
  );

const ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8';

function headerValue(response: Response, name: string): string | undefined {
  return response.headers.get(name)?.trim() || undefined;
}

function requestHeaders(options: FetchFeedOptions): Headers {
  const headers = new Headers({ Accept: ACCEPT });
  if (options.etag) headers.set('If-None-Match', options.etag);
  if (options.lastModified) headers.set('If-Modified-Since', options.lastModified);
  return headers;
}

/**
 * Fetches a feed's bytes with a conditional GET (If-None-Match / If-Modified-Since; cache 'no-store' so the browser
 * cache neither hides a 304 nor answers for the server), a timeout and a size cap. Throws FetchError.
 */
export async function fetchFeed(url: string, options: FetchFeedOptions = {}): Promise<FetchFeedResult> {
  const timeout = AbortSignal.timeout(options.timeoutMs ?? 20_000);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const maxBytes = options.maxBytes ?? MAX_FEED_BYTES;
  try {
    // Let fetch follow redirects: outside navigations 'manual' only ever gives an opaque redirect (https://fetch.spec.whatwg.org/#concept-request-redirect-mode).
    const response = await fetch(url, {
      headers: requestHeaders(options),
      signal,
      cache: 'no-store',
      credentials: 'omit',
      redirect: 'follow',
    });
    const finalUrl = response.url || url;
    const redirected = response.redirected ? { redirected: true as const } : {};
    const etag = headerValue(response, 'etag');
    const lastModified = headerValue(response, 'last-modified');
    if (response.status === 304) {
      await response.body?.cancel().catch(() => undefined);
      const keptEtag = etag ?? options.etag;
      const keptLastModified = lastModified ?? options.lastModified;
      return {
        status: 'not-modified',
        url: finalUrl,
        ...redirected,
        ...(keptEtag ? { etag: keptEtag } : {}),
        ...(keptLastModified ? { lastModified: keptLastModified } : {}),
      };
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      const retryAfterMs =
        response.status === 429 || response.status === 503
          ? parseRetryAfter(response.headers.get('retry-after'))
          : undefined;
      throw new FetchError(
        'http',
        finalUrl,
        `${hostOf(finalUrl)} answered ${statusText(response.status, response.statusText)}`,
        {
          status: response.status,
          ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
        },
      );
    }
    const body = await readCappedBody(response, maxBytes);
    const contentType = headerValue(response, 'content-type');
    return {
      status: 'ok',
      body,
      url: finalUrl,
      ...redirected,
      ...(contentType ? { contentType } : {}),
      ...(etag ? { etag } : {}),
      ...(lastModified ? { lastModified } : {}),
    };
  } catch (error) {
    throw fetchFailure(error, url, { what: 'feed', maxBytes, signal: options.signal, timeout });
  }
}
