import { Dexie } from 'dexie';
import { db } from './db';

/** The statuses of stored, unread stories: of one feed, or of all. */
export function unreadRange(feedId?: number) {
  if (feedId === undefined) {
    return db.statuses.where('[read+sortAt+articleId]').between([0, Dexie.minKey], [0, Dexie.maxKey]);
  }
  return db.statuses
    .where('[feedId+read+sortAt+articleId]')
    .between([feedId, 0, Dexie.minKey], [feedId, 0, Dexie.maxKey]);
}
