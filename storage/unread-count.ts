import { unreadRange } from './unread-range';

/**
 * How many stored stories are unread: in one feed, or in all. A browser counts an index range by walking all of it,
 * so a caller that shows "99+" passes `atMost`, and only that many keys are read.
 */
export async function unreadCount(feedId?: number, atMost?: number): Promise<number> {
  const range = unreadRange(feedId);
  // Dexie's count() on a limited range still counts the whole range; reading the keys stops at the limit.
  return atMost === undefined ? range.count() : (await range.limit(atMost).primaryKeys()).length;
}
