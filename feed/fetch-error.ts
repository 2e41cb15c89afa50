// 'not-html' and 'not-image': fetchPage and fetchPicture were answered with something else. 'network' includes a CORS
// refusal, which fetch does not tell apart.
export type FetchErrorKind = 'network' | 'timeout' | 'http' | 'too-large' | 'aborted' | 'not-html' | 'not-image';

/** Why fetchFeed got no feed, fetchPage no page or fetchPicture no picture, in words a reader can be shown as is. */
export class FetchError extends Error {
  readonly kind: FetchErrorKind;
  readonly url: string;
  readonly status?: number;
  readonly retryAfterMs?: number;

  constructor(
    kind: FetchErrorKind,
    url: string,
    message: string,
    details: { status?: number; retryAfterMs?: number; cause?: unknown } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'FetchError';
    this.kind = kind;
    this.url = url;
    if (details.status !== undefined) this.status = details.status;
    if (details.retryAfterMs !== undefined) this.retryAfterMs = details.retryAfterMs;
  }
}
