import { FetchError } from '../feed/fetch-feed';

/** A failure that says the site wants no more requests now (429, 503, a Retry-After, a timeout), not a wrong address. */
export function saysStop(error: unknown): boolean {
  if (!(error instanceof FetchError)) return false;
  return (
    error.kind === 'timeout' ||
    error.kind === 'aborted' ||
    error.status === 429 ||
    error.status === 503 ||
    error.retryAfterMs !== undefined
  );
}
