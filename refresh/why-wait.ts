import type { FeedRecord } from '../storage';
import { BUILD_PERIOD_MINUTES } from './build-period';

/** Who asks for a refresh: the reader (Refresh), a page that opens, or the schedule (alarm, install, start-up). */
export type RefreshTrigger = 'reader' | 'page' | 'schedule';

/** Builds that refresh every few seconds scale the waits below down to half their period. */
const scaled = (ms: number) => (BUILD_PERIOD_MINUTES === undefined ? ms : Math.min(ms, BUILD_PERIOD_MINUTES * 30_000));

/** Any refresh this soon after a success answers from the database. */
export const FRESH_FOR_MS = scaled(60_000);
/** A page that opens fetches at most once in this long; the schedule fetches every period the reader chose. */
export const STALE_AFTER_MS = scaled(9 * 60_000);

export type WaitReason = 'fresh' | 'server-asked' | 'backing-off' | 'recently-tried';

/** Why a refresh asked for now should answer from the database instead of fetching; undefined when it should fetch. */
export function whyWait(feed: FeedRecord, by: RefreshTrigger, now: number): WaitReason | undefined {
  if (feed.lastSuccessAt !== undefined && now - feed.lastSuccessAt < FRESH_FOR_MS) return 'fresh';
  if (feed.serverRetryAt !== undefined && now < feed.serverRetryAt) return 'server-asked';
  // The reader pressed Refresh: try now, whatever the back-off says.
  if (by === 'reader') return undefined;
  if (feed.retryAt !== undefined && now < feed.retryAt) return 'backing-off';
  if (by === 'page' && feed.lastAttemptAt !== undefined && now - feed.lastAttemptAt < STALE_AFTER_MS) {
    return 'recently-tried';
  }
  return undefined;
}
