import { db } from './db';
import type { FeedRecord } from './records';

/**
 * Points a feed at a new address (it moved, or was discovered again), keeping its id, stories and source, and
 * forgetting what belonged to the old address (validators, body hash). When another record already has that address,
 * that one becomes the feed of this one's source instead, and this one retires with its stories, or goes if it has
 * none. Returns the record that now serves the source.
 */
export async function moveFeed(id: number, url: string): Promise<FeedRecord> {
  return db.transaction('rw', db.feeds, async () => {
    const feed = await db.feeds.get(id);
    if (!feed) throw new Error(`There is no feed ${id} to move.`);
    const source = { sourceUrl: feed.sourceUrl ?? feed.url, discover: feed.discover };
    const holder = await db.feeds.where('url').equals(url).first();
    if (holder && holder.id !== id) {
      await db.feeds.update(holder.id, { ...source, retired: undefined });
      // Stories are saved only by a successful refresh: a feed never refreshed has none to keep.
      if (feed.lastSuccessAt === undefined) await db.feeds.delete(id);
      else await db.feeds.update(id, { retired: true });
      return (await db.feeds.get(holder.id)) as FeedRecord;
    }
    await db.feeds.update(id, {
      url,
      ...source,
      etag: undefined,
      lastModified: undefined,
      bodyHash: undefined,
      redirectedTo: undefined,
    });
    return (await db.feeds.get(id)) as FeedRecord;
  });
}
