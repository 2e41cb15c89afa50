import { db } from './db';
import { evictOldest } from './evict-oldest';

/**
 * Frees space when the disk is full: evicts a share of the stored stories, the oldest read ones first, then the
 * oldest unread if there are too few read ones; never a starred one. Reads no settings, so saving stays usable
 * outside the extension. Returns how many stories went.
 */
export async function makeRoom(share = 0.1): Promise<number> {
  const stories = Math.max(1, Math.ceil((await db.articles.count()) * share));
  const read = await evictOldest({ read: 1 }, { stories });
  const unread = await evictOldest({ read: 0 }, { stories: stories - read.stories });
  return read.stories + unread.stories;
}
