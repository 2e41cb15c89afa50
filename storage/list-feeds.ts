import { db } from './db';
import type { FeedRecord } from './records';

export async function listFeeds(): Promise<FeedRecord[]> {
  return db.feeds.toArray();
}
