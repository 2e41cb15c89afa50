import { describe, expect, it } from 'vitest';
import { type RefreshTrigger, type WaitReason, whyWait } from '../../../refresh/why-wait';
import type { FeedRecord } from '../../../storage';

const MINUTE = 60_000;
const NOW = 1_000 * MINUTE;
const feed = (fields: Partial<FeedRecord>): FeedRecord => ({ id: 1, url: 'https://infofinance.com/feed', ...fields });

describe('whether a refresh fetches or answers from the database', () => {
  it.each<[string, Partial<FeedRecord>, RefreshTrigger, WaitReason | undefined]>([
    ['the schedule fetches a feed never fetched', {}, 'schedule', undefined],
    ['even the reader waits 30 s after a success', { lastSuccessAt: NOW - 0.5 * MINUTE }, 'reader', 'fresh'],
    [
      'the reader fetches 2 minutes after a success',
      { lastSuccessAt: NOW - 2 * MINUTE, lastAttemptAt: NOW - 2 * MINUTE },
      'reader',
      undefined,
    ],
    ['a page opening 2 minutes after a try waits', { lastAttemptAt: NOW - 2 * MINUTE }, 'page', 'recently-tried'],
    ['a page opening 10 minutes after a try fetches', { lastAttemptAt: NOW - 10 * MINUTE }, 'page', undefined],
    [
      'the schedule fetches every 5 minutes when the reader chose that',
      { lastSuccessAt: NOW - 5 * MINUTE, lastAttemptAt: NOW - 5 * MINUTE },
      'schedule',
      undefined,
    ],
    ['the schedule fetches 2 minutes after a page fetched', { lastAttemptAt: NOW - 2 * MINUTE }, 'schedule', undefined],
    ['the schedule waits 30 s after a success', { lastSuccessAt: NOW - 0.5 * MINUTE }, 'schedule', 'fresh'],
    ['the schedule waits for a Retry-After', { serverRetryAt: NOW + MINUTE }, 'schedule', 'server-asked'],
    ['the schedule 30 minutes after a try fetches', { lastAttemptAt: NOW - 30 * MINUTE }, 'schedule', undefined],
    ['the schedule waits while backing off', { retryAt: NOW + MINUTE }, 'schedule', 'backing-off'],
    ['a page opening waits while backing off', { retryAt: NOW + MINUTE }, 'page', 'backing-off'],
    ['the reader fetches while backing off', { retryAt: NOW + MINUTE }, 'reader', undefined],
    [
      'the reader waits for a Retry-After',
      { serverRetryAt: NOW + MINUTE, retryAt: NOW + MINUTE },
      'reader',
      'server-asked',
    ],
    ['the schedule fetches once the back-off is over', { retryAt: NOW - 1 }, 'schedule', undefined],
  ])('%s', (_, fields, by, reason) => {
    expect(whyWait(feed(fields), by, NOW)).toBe(reason);
  });
});
