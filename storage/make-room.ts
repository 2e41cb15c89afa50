import { db } from './db';
import { evictOldest } from './evict-oldest';
import { storedBytes } from './stored-bytes';
import { trimOldest } from './trim-oldest';

export interface RoomToMake {
  /** Of what is stored. */
  share?: number;
  /** False: only pictures go, for a write that is worth less than a story (an offline copy). */
  evict?: boolean;
}

/**
 * Frees space when the disk is full: a share of what is stored, from the oldest read stories' pictures if that is
 * enough, else by evicting a share of the stories, the oldest read ones first, then the oldest unread if there are too
 * few read ones; never a starred one. Reads no settings, so saving stays usable outside the extension. Returns how
 * many stories went.
 */
export async function makeRoom({ share = 0.1, evict = true }: RoomToMake = {}): Promise<number> {
  const { text, pictures } = await storedBytes();
  const goal = (text + pictures) * share;
  if ((await trimOldest({ read: 1 }, 'pictures', goal)) >= goal || !evict) return 0;
  const stories = Math.max(1, Math.ceil((await db.articles.count()) * share));
  const read = await evictOldest({ read: 1 }, { stories });
  const unread = await evictOldest({ read: 0 }, { stories: stories - read.stories });
  return read.stories + unread.stories;
}
