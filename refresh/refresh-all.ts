import { downloadRecent } from '../offline/download-recent';
import { feedForSource } from '../storage';
import { feedSource } from './feed-source';
import { type RefreshOutcome, refreshFeed } from './refresh-feed';
import { type RefreshTrigger, whyWait } from './why-wait';

export interface RefreshOptions {
  /** Who asks (default the reader): it decides what makes the refresh answer from the database (see whyWait). */
  by?: RefreshTrigger;
}

const inFlight = new Map<string, Promise<RefreshOutcome[]>>();

/**
 * Refreshes the reader's feed (the options page's, else the publisher's, else the one found on its homepage). A call
 * made while that feed is being fetched, from any page or the schedule, shares that fetch instead of starting another.
 * Then recent stories are saved for reading offline, without holding up the answer.
 */
export async function refreshAll({ by = 'reader' }: RefreshOptions = {}): Promise<RefreshOutcome[]> {
  const { source, discover } = await feedSource();
  let running = inFlight.get(source);
  if (!running) {
    running = refreshSource(source, discover, by).finally(() => inFlight.delete(source));
    inFlight.set(source, running);
    // After the schedule's refreshes (which retry failed downloads) and any that brought stories; not after every page
    // opening. A download that fails leaves its stories to be tried again later.
    void running
      .then((outcomes) => (by === 'schedule' || outcomes.some(({ added }) => added > 0) ? downloadRecent() : 0))
      .catch(() => undefined);
  }
  return running;
}

/** Whether a refresh is under way now. */
export function refreshInProgress(): boolean {
  return inFlight.size > 0;
}

async function refreshSource(source: string, discover: boolean, by: RefreshTrigger): Promise<RefreshOutcome[]> {
  const feed = await feedForSource(source, { discover });
  const now = Date.now();
  if (whyWait(feed, by, now)) {
    return [{ feedId: feed.id, added: 0, ...(feed.lastError ? { error: feed.lastError } : {}) }];
  }
  return [await refreshFeed(feed, now)];
}
