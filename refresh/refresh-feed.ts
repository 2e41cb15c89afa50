import { fetchFeed } from '../feed/fetch-feed';
import { parseFeed } from '../feed/parse-feed';
import { type FeedFailure, type FeedRecord, saveFetchedItems, updateFeed } from '../storage';
import { describeFailure } from './describe-failure';

export interface RefreshOutcome {
  feedId?: number;
  /** Stories the reader has never seen before. */
  added: number;
  error?: FeedFailure;
}

/** Fetches one feed (conditionally), stores its stories and records how it went. */
export async function refreshFeed(feed: FeedRecord, now = Date.now()): Promise<RefreshOutcome> {
  await updateFeed(feed.id, { lastAttemptAt: now });
  try {
    const fetched = await fetchFeed(feed.url, { etag: feed.etag, lastModified: feed.lastModified });
    if (fetched.status === 'not-modified') {
      await updateFeed(feed.id, { lastSuccessAt: now, lastError: undefined });
      return { feedId: feed.id, added: 0 };
    }
    const parsed = parseFeed(fetched.body, { url: fetched.url, contentType: fetched.contentType });
    const { added } = await saveFetchedItems(feed.id, parsed.items, now);
    await updateFeed(feed.id, {
      title: parsed.title,
      siteUrl: parsed.siteUrl,
      etag: fetched.etag,
      lastModified: fetched.lastModified,
      lastSuccessAt: now,
      lastError: undefined,
    });
    return { feedId: feed.id, added };
  } catch (error) {
    const failure = describeFailure(error, now);
    await updateFeed(feed.id, { lastError: failure });
    return { feedId: feed.id, added: 0, error: failure };
  }
}
