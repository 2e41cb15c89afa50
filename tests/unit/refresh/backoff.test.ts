import { describe, expect, it } from 'vitest';
import { backoff } from '../../../refresh/backoff';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

describe('the back-off after failures', () => {
  it.each([
    [1, 10 * MINUTE],
    [2, 20 * MINUTE],
    [3, 40 * MINUTE],
    [5, 160 * MINUTE],
    [8, 1280 * MINUTE],
    [9, DAY],
    [40, DAY],
  ])('waits, after %i failures in a row, %i ms', (failures, wait) => {
    expect(backoff(failures, { httpStatus: 500 }, 0)).toEqual({ retryAt: wait });
  });

  it('waits a whole day at once for a feed that says it is gone (410)', () => {
    expect(backoff(1, { httpStatus: 410 }, 0)).toEqual({ retryAt: DAY });
  });

  it('never comes back before a Retry-After, and lets the Refresh button through once it has passed', () => {
    expect(backoff(1, { httpStatus: 429, retryAfterMs: 2 * MINUTE }, 0)).toEqual({
      retryAt: 10 * MINUTE,
      serverRetryAt: 2 * MINUTE,
    });
    expect(backoff(1, { httpStatus: 503, retryAfterMs: 3 * 60 * MINUTE }, 0)).toEqual({
      retryAt: 3 * 60 * MINUTE,
      serverRetryAt: 3 * 60 * MINUTE,
    });
  });

  it('caps a Retry-After at a day, so a broken header cannot silence the feed for good', () => {
    expect(backoff(1, { httpStatus: 503, retryAfterMs: 365 * DAY }, 0)).toEqual({ retryAt: DAY, serverRetryAt: DAY });
  });
});
