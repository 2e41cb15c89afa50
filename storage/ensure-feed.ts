import { db } from './db';
import type { FeedRecord } from './records';

/** The feed stored for this address, added when it is new. */
export async function ensureFeed(url: string): Promise<FeedRecord> {
  return db.transaction('rw', db.feeds, async () => {
    const existing = await db.feeds.where('url').equals(url).first();
    if (existing) return existing;
    const id = await db.feeds.add({ url } as FeedRecord);
    return { id, url };
  });
}
