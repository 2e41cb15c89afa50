import { db } from './db';
import type { FeedRecord } from './records';

/** Changes a feed's record; a field set to undefined is removed (Dexie semantics). */
export async function updateFeed(id: number, changes: Partial<Omit<FeedRecord, 'id'>>): Promise<void> {
  await db.feeds.update(id, changes);
}
