/**
 * Part of the feed module's public API: one bounded GET of a story's web page, decoded to text, for offline reading.
 */
import { decodePage } from './decode-page';
import { FetchError } from './fetch-error';
import { fetchFailure } from './fetch-failure';
import { hostOf } from './host-of';
import { mediaType } from './media-type';
import { readCappedBody } from './read-capped-body';
import { statusText } from './status-text';

export interface FetchPageOptions {
  signal?: AbortSignal;
  /** Default 20 000. */
  timeoutMs?: number;
}

export interface FetchedPage {
  /** The final URL, after redirects: the one the page's relative links are read against. */
  url: string;
  html: string;
}

const MAX_PAGE_BYTES = 5 * 1024 * 1024;
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.8';

/**
 * Fetches a story's page (without the reader's cookies, as feeds are) with a timeout and a 5 MB cap, and decodes it
 * as a browser would. Throws FetchError: 'network', 'timeout', 'aborted', 'http', 'too-large', or 'not-html' when the
 * server says it sent something other than HTML.
 */
export async function fetchPage(url: string, options: FetchPageOptions = {}): Promise<FetchedPage> {
  const timeout = AbortSignal.timeout(options.timeoutMs ?? 20_000);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  try {
    const response = await fetch(url, {
      headers: { Accept: ACCEPT },
      signal,
      credentials: 'omit',
      redirect: 'follow',
    });
    const finalUrl = response.url || url;
    const host = hostOf(finalUrl);
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new FetchError('http', finalUrl, `${host} answered ${statusText(response.status, response.statusText)}`, {
        status: response.status,
      });
    }
    const contentType = response.headers.get('content-type') ?? undefined;
    const type = mediaType(contentType);
    // No Content-Type at all is left to the bytes, as browsers do; a declared other type is a PDF, a picture, a feed.
    if (type !== undefined && !HTML_TYPES.has(type)) {
      await response.body?.cancel().catch(() => undefined);
      throw new FetchError('not-html', finalUrl, `${host} sent ${type}, not a web page`);
    }
    const bytes = await readCappedBody(response, MAX_PAGE_BYTES);
    return { url: finalUrl, html: decodePage(bytes, contentType) };
  } catch (error) {
    throw fetchFailure(error, url, { what: 'page', maxBytes: MAX_PAGE_BYTES, signal: options.signal, timeout });
  }
}
