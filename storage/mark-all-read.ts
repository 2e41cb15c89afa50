import { unreadRange } from './unread-range';

/** Marks every stored story read: of one feed, or of all. Returns how many changed. */
export function markAllRead(feedId?: number): Promise<number> {
  return unreadRange(feedId).modify({ read: 1 });
}
