import { feedForSource } from '../storage';
import { feedSource } from './feed-source';
import type { MessageTable } from './messages';
import { refreshInProgress } from './refresh-all';

/** "How is the feed?", from a page: its record, and whether a refresh is under way. */
export async function handleStatus(): Promise<MessageTable['status']['reply']> {
  const { source, discover } = await feedSource();
  return { refreshing: refreshInProgress(), feed: await feedForSource(source, { discover }) };
}
