import { evictOldest } from './evict-oldest';

/**
 * Removes every stored story the reader has read and not starred, as retention would: their statuses stay, so a
 * story that comes back in its feed is still read. Returns how many went.
 */
export async function clearReadStories(): Promise<number> {
  return (await evictOldest({ read: 1 }, {})).stories;
}
