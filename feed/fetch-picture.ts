/**
 * Part of the feed module's public API: one bounded GET of a story's picture, for offline reading.
 */
import { hostOf } from './host-of';
import { mediaType } from './media-type';
import { PictureError } from './picture-error';
import { BodyTooLargeError, readCappedBody } from './read-capped-body';
import { sizeText } from './size-text';
import { statusText } from './status-text';

export { PictureError, type PictureErrorKind } from './picture-error';

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

function failure(error: unknown, url: string, maxBytes: number, timeout: AbortSignal): PictureError {
  if (error instanceof PictureError) return error;
  const host = hostOf(url);
  if (error instanceof BodyTooLargeError) {
    return new PictureError('too-large', url, `${host} sent a picture larger than ${sizeText(maxBytes)}`);
  }
  if (timeout.aborted) return new PictureError('timeout', url, `${host} took too long to answer`, { cause: error });
  return new PictureError('network', url, `Could not fetch a picture from ${host}`, { cause: error });
}

/** Bytes in an ArrayBuffer of their own: the reader's buffer may hold more than they do. */
function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  const { buffer } = bytes;
  if (buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength) return buffer;
  return bytes.slice().buffer;
}

/**
 * Fetches a picture as a page's <img> would, but telling no site who asks: no cookies, no Referer. Throws
 * PictureError: 'http', 'not-image' (anything but image/*, SVG included), 'too-large', 'timeout' or 'network'.
 */
export async function fetchPicture(url: string, options: FetchPictureOptions = {}): Promise<FetchedPicture> {
  const timeout = AbortSignal.timeout(options.timeoutMs ?? 20_000);
  const maxBytes = options.maxBytes ?? MAX_PICTURE_BYTES;
  try {
    const response = await fetch(url, { signal: timeout, credentials: 'omit', referrerPolicy: 'no-referrer' });
    const host = hostOf(url);
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new PictureError('http', url, `${host} answered ${statusText(response.status, response.statusText)}`, {
        status: response.status,
      });
    }
    const type = mediaType(response.headers.get('content-type'));
    if (!type?.startsWith('image/')) {
      await response.body?.cancel().catch(() => undefined);
      throw new PictureError('not-image', url, `${host} sent ${type ?? 'no type'}, not a picture`);
    }
    return { type, data: ownBuffer(await readCappedBody(response, maxBytes)) };
  } catch (error) {
    throw failure(error, url, maxBytes, timeout);
  }
}
