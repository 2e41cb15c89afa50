import { profile } from '../publisher/profile';
import { ensureFeed, feedUrlSetting } from '../storage';
import { type RefreshOutcome, refreshFeed } from './refresh-feed';

let inFlight: Promise<RefreshOutcome[]> | undefined;

/** Refreshes the reader's feed (the options page's, else the publisher's); a call made while one runs shares its result instead of fetching again. */
export function refreshAll(): Promise<RefreshOutcome[]> {
  inFlight ??= run().finally(() => {
    inFlight = undefined;
  });
  return inFlight;
}

async function run(): Promise<RefreshOutcome[]> {
  const feedUrl = (await feedUrlSetting.getValue()) || profile.feedUrl;
  if (!feedUrl) {
    return [{ added: 0, error: { kind: 'no-feed', message: 'No feed address is configured.', at: Date.now() } }];
  }
  const feed = await ensureFeed(feedUrl);
  return [await refreshFeed(feed)];
}
