import { Dexie } from 'dexie';
import { db } from './db';
import { evictOldest } from './evict-oldest';
import { type RetentionLimits, readRetention } from './settings';

export interface RetentionReport {
  /** Stories whose article was deleted; their statuses stay, with the read mark. */
  evicted: number;
  /** Statuses of stories long gone, deleted. */
  orphansDropped: number;
}

const DAY = 86_400_000;
/** How long a status outlives its story, counted from when it was first seen: after that a story is new again. */
const ORPHAN_AGE = 365 * DAY;
/** Statuses read per transaction while looking for orphans. */
const BATCH = 500;

/**
 * Keeps the store within the reader's limits: read stories older than `readDays` go, then, per feed, the oldest
 * beyond `maxStoriesPerFeed` (read before unread), then, while the origin uses more than `budgetMb`, the oldest of all
 * feeds (read before unread). A starred story never goes. Works in batches, each in its own transaction.
 */
export async function applyRetention(limits?: RetentionLimits, now = Date.now()): Promise<RetentionReport> {
  const { maxStoriesPerFeed, readDays, budgetMb } = limits ?? (await readRetention());
  // Before evicting, so that a status evicted now outlives its story at least until the next run.
  const orphansDropped = await dropOrphans(now - ORPHAN_AGE);
  let evicted = (await evictOldest({ read: 1, before: now - readDays * DAY }, {})).stories;
  for (const feedId of (await db.statuses.orderBy('feedId').uniqueKeys()) as number[]) {
    evicted += await evictOverCount(feedId, maxStoriesPerFeed);
  }
  evicted += await evictOverBudget(budgetMb * 1024 * 1024);
  return { evicted, orphansDropped };
}

async function evictOverCount(feedId: number, max: number): Promise<number> {
  const stored = await db.articles
    .where('[feedId+sortAt+id]')
    .between([feedId, Dexie.minKey], [feedId, Dexie.maxKey])
    .count();
  const excess = stored - max;
  if (excess <= 0) return 0;
  const read = await evictOldest({ feedId, read: 1 }, { stories: excess });
  const unread = await evictOldest({ feedId, read: 0 }, { stories: excess - read.stories });
  return read.stories + unread.stories;
}

async function evictOverBudget(budget: number): Promise<number> {
  // The Storage API is missing outside secure contexts and in Node.
  const usage = (await globalThis.navigator?.storage?.estimate?.())?.usage;
  if (usage === undefined || usage <= budget) return 0;
  const read = await evictOldest({ read: 1 }, { bytes: usage - budget });
  const unread = await evictOldest({ read: 0 }, { bytes: usage - budget - read.bytes });
  return read.stories + unread.stories;
}

/** Deletes the statuses of stories no longer stored that were first seen before then, except starred ones. */
async function dropOrphans(seenBefore: number): Promise<number> {
  let dropped = 0;
  let after: string | undefined;
  for (;;) {
    const page = await db.transaction('rw', db.statuses, async () => {
      const range = after === undefined ? db.statuses.toCollection() : db.statuses.where(':id').above(after);
      const statuses = await range.limit(BATCH).toArray();
      const orphans = statuses
        .filter((status) => status.sortAt === undefined && status.starred !== 1 && status.firstSeenAt < seenBefore)
        .map((status) => status.articleId);
      await db.statuses.bulkDelete(orphans);
      return { size: statuses.length, last: statuses.at(-1)?.articleId, dropped: orphans.length };
    });
    dropped += page.dropped;
    if (page.size < BATCH || page.last === undefined) return dropped;
    after = page.last;
  }
}
