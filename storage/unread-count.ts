import { unreadRange } from './unread-range';

/** How many stored stories are unread: in one feed, or in all. Counted on an index, without reading the rows. */
export function unreadCount(feedId?: number): Promise<number> {
  return unreadRange(feedId).count();
}
