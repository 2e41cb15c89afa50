import { unreadRange } from './unread-range';

/**
 * How many stored stories are unread: in one feed, or in all; counted on an index, without reading the rows. The
 * browser walks every entry to count, so a caller that shows "99+" passes `atMost` and stops the walk there.
 */
export function unreadCount(feedId?: number, atMost?: number): Promise<number> {
  const range = unreadRange(feedId);
  return (atMost === undefined ? range : range.limit(atMost)).count();
}
