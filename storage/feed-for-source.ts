import { db } from './db';
import type { FeedRecord } from './records';

/**
 * The feed asked for at this address (a feed's own, or with `discover` the page it is found from), wherever it is
 * fetched from now; added when new.
 */
export async function feedForSource(source: string, { discover = false } = {}): Promise<FeedRecord> {
  return db.transaction('rw', db.feeds, async () => {
    // A reader has a handful of feeds: reading them all is cheaper than an index every version must carry.
    const feeds = await db.feeds.toArray();
    const asked = feeds.find((feed) => (feed.sourceUrl ?? feed.url) === source);
    if (asked) return asked;
    const fields = { url: source, sourceUrl: source, ...(discover ? { discover: true } : {}) };
    // A feed that moved to this address becomes the one asked for here.
    const here = feeds.find((feed) => feed.url === source);
    if (here) {
      await db.feeds.update(here.id, fields);
      return (await db.feeds.get(here.id)) as FeedRecord;
    }
    const id = await db.feeds.add(fields as FeedRecord);
    return { id, ...fields };
  });
}
