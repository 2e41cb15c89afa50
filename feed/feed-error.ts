export type FeedErrorCode = 'not-a-feed' | 'malformed' | 'too-large' | 'unsupported-encoding';

/** The only error parseFeed throws; `code` says why the bytes could not be read as a feed. */
export class FeedError extends Error {
  code: FeedErrorCode;

  constructor(code: FeedErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'FeedError';
    this.code = code;
  }
}
