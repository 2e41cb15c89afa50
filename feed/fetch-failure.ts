import { FetchError } from './fetch-error';
import { hostOf } from './host-of';
import { BodyTooLargeError } from './read-capped-body';
import { sizeText } from './size-text';

export interface FailureContext {
  /** What was fetched, for the words: "a feed larger than 10 MB". */
  what: 'feed' | 'page' | 'picture';
  maxBytes: number;
  /** The caller's own signal, whose abort is a cancel rather than a timeout. */
  signal?: AbortSignal;
  timeout: AbortSignal;
}

/** Whatever a bounded GET threw, as the FetchError a reader is shown. */
export function fetchFailure(
  error: unknown,
  url: string,
  { what, maxBytes, signal, timeout }: FailureContext,
): FetchError {
  if (error instanceof FetchError) return error;
  const host = hostOf(url);
  if (error instanceof BodyTooLargeError) {
    return new FetchError('too-large', url, `${host} sent a ${what} larger than ${sizeText(maxBytes)}`);
  }
  if (signal?.aborted) return new FetchError('aborted', url, `The request to ${host} was cancelled`, { cause: error });
  if (timeout.aborted) return new FetchError('timeout', url, `${host} took too long to answer`, { cause: error });
  const unreachable = what === 'picture' ? `Could not fetch a picture from ${host}` : `Could not reach ${host}`;
  return new FetchError('network', url, unreachable, { cause: error });
}
