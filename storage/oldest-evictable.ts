import { Dexie } from 'dexie';
import { db } from './db';
import type { ArticleStatus } from './records';

export interface EvictableQuery {
  read: 0 | 1;
  /** One feed's stories; all feeds when absent. */
  feedId?: number;
  /** Only stories dated, and first seen, before this time: an old story the reader just found is not old to them. */
  before?: number;
  /** Only stories after this one in the walk (older to newer): for a walk that leaves the stories it passes stored. */
  after?: { sortAt: number; articleId: string };
}

/** Statuses of up to `limit` stored, non-starred stories, oldest first: what eviction may take. Reads one index. */
export function oldestEvictable(
  { read, feedId, before, after }: EvictableQuery,
  limit: number,
): Promise<ArticleStatus[]> {
  const prefix = feedId === undefined ? [read] : [feedId, read];
  const lower = after ? [...prefix, after.sortAt, after.articleId] : [...prefix, Dexie.minKey];
  return db.statuses
    .where(feedId === undefined ? '[read+sortAt+articleId]' : '[feedId+read+sortAt+articleId]')
    .between(lower, [...prefix, before ?? Dexie.maxKey], !after)
    .filter((status) => status.starred !== 1 && (before === undefined || status.firstSeenAt < before))
    .limit(limit)
    .toArray();
}
