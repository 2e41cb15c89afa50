import { Dexie } from 'dexie';
import { db } from './db';

export interface EvictableQuery {
  read: 0 | 1;
  /** One feed's stories; all feeds when absent. */
  feedId?: number;
  /** Only stories dated, and first seen, before this time: an old story the reader just found is not old to them. */
  before?: number;
}

/** Ids of up to `limit` stored, non-starred stories, oldest first: what eviction may take. Reads one index. */
export function oldestEvictable({ read, feedId, before }: EvictableQuery, limit: number): Promise<string[]> {
  const prefix = feedId === undefined ? [read] : [feedId, read];
  return db.statuses
    .where(feedId === undefined ? '[read+sortAt+articleId]' : '[feedId+read+sortAt+articleId]')
    .between([...prefix, Dexie.minKey], [...prefix, before ?? Dexie.maxKey])
    .filter((status) => status.starred !== 1 && (before === undefined || status.firstSeenAt < before))
    .limit(limit)
    .primaryKeys();
}
