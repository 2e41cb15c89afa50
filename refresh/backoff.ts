const MINUTE = 60_000;
const FIRST_WAIT = 10 * MINUTE;
export const MAX_WAIT = 24 * 60 * MINUTE;

export interface Backoff {
  /** Scheduled refreshes and page openings wait until then. */
  retryAt: number;
  /** The server's own Retry-After, which the Refresh button honours too. */
  serverRetryAt?: number;
}

/**
 * When to try a failing feed again: 10 minutes after one failure, doubling with each failure in a row up to a day;
 * a day at once for 410 Gone; never before a 429's or 503's Retry-After, which is capped at a day as well.
 */
export function backoff(
  failures: number,
  failure: { httpStatus?: number; retryAfterMs?: number },
  now: number,
): Backoff {
  const exponential = failure.httpStatus === 410 ? MAX_WAIT : FIRST_WAIT * 2 ** Math.max(0, failures - 1);
  const wait = Math.min(MAX_WAIT, exponential);
  if (failure.retryAfterMs === undefined) return { retryAt: now + wait };
  const asked = Math.min(MAX_WAIT, failure.retryAfterMs);
  return { retryAt: now + Math.max(wait, asked), serverRetryAt: now + asked };
}
