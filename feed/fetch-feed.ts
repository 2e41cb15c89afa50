/**
 * Part of the feed module's public API (with parse-feed.ts and discover-feeds.ts): one polite, bounded GET of a feed.
 */
import { FetchError } from './fetch-error';
import { parseRetryAfter } from './parse-retry-after';
import { BodyTooLargeError, readCappedBody } from './read-capped-body';
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
  /** Default 10 MB, enforced while the body streams in. */
  maxBytes?: number;
}

export type FetchFeedResult =
  | {
      status: 'ok';
      body: Uint8Array;
      /** The final URL, after redirects. */
      url: string;
      contentType?: string;
      etag?: string;
      lastModified?: string;
      /** True when every redirect on the way was permanent (301/308); unknown (absent) where the platform hides them. */
      permanentRedirect?: boolean;
    }
  | { status: 'not-modified'; url: string; etag?: string; lastModified?: string };

const ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8';
const MAX_REDIRECTS = 10;

function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

function headerValue(response: Response, name: string): string | undefined {
  return response.headers.get(name)?.trim() || undefined;
}

function requestHeaders(options: FetchFeedOptions): Headers {
  const headers = new Headers({ Accept: ACCEPT });
  if (options.etag) headers.set('If-None-Match', options.etag);
  if (options.lastModified) headers.set('If-Modified-Since', options.lastModified);
  return headers;
}

function failure(error: unknown, url: string, outer: AbortSignal | undefined, timeout: AbortSignal): FetchError {
  if (error instanceof FetchError) return error;
  const host = hostOf(url);
  if (outer?.aborted) return new FetchError('aborted', url, `The request to ${host} was cancelled`, { cause: error });
  if (timeout.aborted) return new FetchError('timeout', url, `${host} took too long to answer`, { cause: error });
  return new FetchError('network', url, `Could not reach ${host}`, { cause: error });
}

/**
 * Follows redirects by hand where the platform shows them (Node, and extension pages with host access), to tell a
 * permanent move from a temporary one; where it hides them (an opaque redirect), lets fetch follow them.
 */
async function follow(
  url: string,
  init: RequestInit,
): Promise<{ response: Response; url: string; permanent?: boolean }> {
  let current = url;
  let permanent = true;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const response = await fetch(current, { ...init, redirect: 'manual' });
    if (response.type === 'opaqueredirect') {
      const followed = await fetch(current, { ...init, redirect: 'follow' });
      return { response: followed, url: followed.url || current };
    }
    const location = response.headers.get('location');
    if (response.status < 300 || response.status > 399 || response.status === 304 || !location) {
      return hop === 0 ? { response, url: current } : { response, url: current, permanent };
    }
    await response.body?.cancel().catch(() => undefined);
    permanent &&= response.status === 301 || response.status === 308;
    current = new URL(location, current).href;
  }
  throw new FetchError('network', url, `${hostOf(url)} redirects in circles`);
}

/**
 * Fetches a feed's bytes with a conditional GET (If-None-Match / If-Modified-Since; cache 'no-store' so the browser
 * cache neither hides a 304 nor answers for the server), a timeout and a size cap. Throws FetchError.
 */
export async function fetchFeed(url: string, options: FetchFeedOptions = {}): Promise<FetchFeedResult> {
  const timeout = AbortSignal.timeout(options.timeoutMs ?? 20_000);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const maxBytes = options.maxBytes ?? 10 * 1024 * 1024;
  try {
    const init: RequestInit = { headers: requestHeaders(options), signal, cache: 'no-store', credentials: 'omit' };
    const { response, url: finalUrl, permanent } = await follow(url, init);
    const etag = headerValue(response, 'etag') ?? options.etag;
    const lastModified = headerValue(response, 'last-modified') ?? options.lastModified;
    if (response.status === 304) {
      await response.body?.cancel().catch(() => undefined);
      return {
        status: 'not-modified',
        url: finalUrl,
        ...(etag ? { etag } : {}),
        ...(lastModified ? { lastModified } : {}),
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
      ...(contentType ? { contentType } : {}),
      ...(headerValue(response, 'etag') ? { etag: headerValue(response, 'etag') } : {}),
      ...(headerValue(response, 'last-modified') ? { lastModified: headerValue(response, 'last-modified') } : {}),
      ...(permanent === undefined ? {} : { permanentRedirect: permanent }),
    };
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      throw new FetchError(
        'too-large',
        url,
        `${hostOf(url)} sent a feed larger than ${Math.round(maxBytes / 1048576)} MB`,
      );
    }
    throw failure(error, url, options.signal, timeout);
  }
}
