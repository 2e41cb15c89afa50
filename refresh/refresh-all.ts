import { profile } from '../publisher/profile';
import { ensureFeed, feedUrlSetting } from '../storage';
import { type RefreshOutcome, refreshFeed } from './refresh-feed';

/** Opening a page refreshes only a feed last tried longer ago than this; the Refresh button always does. */
export const STALE_AFTER_MS = 9 * 60_000;

export interface RefreshOptions {
  /** Skip the fetch when the feed was tried within STALE_AFTER_MS (a page opening, not a button press). */
  onlyIfStale?: boolean;
}

const inFlight = new Map<string, Promise<RefreshOutcome[]>>();

/**
 * Refreshes the reader's feed (the options page's, else the publisher's). A call made while the same feed is being
 * fetched shares that fetch instead of starting another.
 */
export async function refreshAll(options: RefreshOptions = {}): Promise<RefreshOutcome[]> {
  const feedUrl = (await feedUrlSetting.getValue()) || profile.feedUrl;
  if (!feedUrl) {
    return [{ added: 0, error: { kind: 'no-feed', message: 'No feed address is configured.', at: Date.now() } }];
  }
  let running = inFlight.get(feedUrl);
  if (!running) {
    running = refreshUrl(feedUrl, options).finally(() => inFlight.delete(feedUrl));
    inFlight.set(feedUrl, running);
  }
  return running;
}

async function refreshUrl(feedUrl: string, { onlyIfStale = false }: RefreshOptions): Promise<RefreshOutcome[]> {
  const feed = await ensureFeed(feedUrl);
  if (onlyIfStale && feed.lastAttemptAt !== undefined && Date.now() - feed.lastAttemptAt < STALE_AFTER_MS) {
    return [{ feedId: feed.id, added: 0, ...(feed.lastError ? { error: feed.lastError } : {}) }];
  }
  return [await refreshFeed(feed)];
}
