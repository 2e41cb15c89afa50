/**
 * Part of the feed module's public API: one bounded GET of a story's picture, for offline reading.
 */
import { FetchError } from './fetch-error';
import { fetchFailure } from './fetch-failure';
import { hostOf } from './host-of';
import { mediaType } from './media-type';
import { readCappedBody } from './read-capped-body';
import { statusText } from './status-text';

/** Pictures larger than this are not kept. */
export const MAX_PICTURE_BYTES = 5 * 1024 * 1024;

export interface FetchPictureOptions {
  /** Default 20 000. */
  timeoutMs?: number;
  /** Default MAX_PICTURE_BYTES; a larger Content-Length is refused unread. */
  maxBytes?: number;
}

export interface FetchedPicture {
  /** The media type, without parameters: "image/jpeg", "image/svg+xml". */
  type: string;
  data: ArrayBuffer;
}

/** Bytes in an ArrayBuffer of their own: the reader's buffer may hold more than they do. */
function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  const { buffer } = bytes;
  if (buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength) return buffer;
  return bytes.slice().buffer;
}

/**
 * Fetches a picture as a page's <img> would, but telling no site who asks: no cookies, no Referer. Throws
 * FetchError: 'http', 'not-image' (anything but image/*, SVG included), 'too-large', 'timeout' or 'network'.
 */
export async function fetchPicture(url: string, options: FetchPictureOptions = {}): Promise<FetchedPicture> {
  const timeout = AbortSignal.timeout(options.timeoutMs ?? 20_000);
  const maxBytes = options.maxBytes ?? MAX_PICTURE_BYTES;
  try {
    const response = await fetch(url, { signal: timeout, credentials: 'omit', referrerPolicy: 'no-referrer' });
    const host = hostOf(url);
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new FetchError('http', url, `${host} answered ${statusText(response.status, response.statusText)}`, {
        status: response.status,
      });
    }
    const type = mediaType(response.headers.get('content-type'));
    if (!type?.startsWith('image/')) {
      await response.body?.cancel().catch(() => undefined);
      throw new FetchError('not-image', url, `${host} sent ${type ?? 'no type'}, not a picture`);
    }
    return { type, data: ownBuffer(await readCappedBody(response, maxBytes)) };
  } catch (error) {
    throw fetchFailure(error, url, { what: 'picture', maxBytes, timeout });
  }
}
