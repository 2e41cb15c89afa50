import { Dexie } from 'dexie';
import { db } from './db';
import { evictOldest } from './evict-oldest';
import { type RetentionLimits, readRetention } from './settings';
import { countedBytes } from './stored-bytes';
import { trimOldest } from './trim-oldest';

export interface RetentionReport {
  /** Stories whose article was deleted; their statuses stay, with the read mark. */
  evicted: number;
  /** Bytes of saved pictures and page text dropped from stories that stay. */
  trimmed: number;
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
 * beyond `maxStoriesPerFeed` (read before unread), then, while the store holds more than `budgetMb`: the oldest read
 * stories' pictures, then the text read from their pages, then those stories; then the same for unread ones. A starred
 * story keeps everything. Works in batches, each in its own transaction.
 */
export async function applyRetention(limits?: RetentionLimits, now = Date.now()): Promise<RetentionReport> {
  const { maxStoriesPerFeed, readDays, budgetMb } = limits ?? (await readRetention());
  // Before evicting, so that a status evicted now outlives its story at least until the next run.
  const orphansDropped = await dropOrphans(now - ORPHAN_AGE);
  let evicted = (await evictOldest({ read: 1, before: now - readDays * DAY }, {})).stories;
  for (const feedId of (await db.statuses.orderBy('feedId').uniqueKeys()) as number[]) {
    evicted += await evictOverCount(feedId, maxStoriesPerFeed);
  }
  const budget = await keepToBudget(budgetMb * 1024 * 1024);
  return { evicted: evicted + budget.evicted, trimmed: budget.trimmed, orphansDropped };
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

/** Frees what the store holds beyond the budget, the least missed first. */
async function keepToBudget(budget: number): Promise<{ evicted: number; trimmed: number }> {
  const { text, pictures, uncopied } = await countedBytes();
  let over = text + pictures - budget;
  let evicted = 0;
  let trimmed = 0;
  for (const read of [1, 0] as const) {
    for (const part of ['pictures', 'text'] as const) {
      if (over <= 0) break;
      const freed = await trimOldest({ read }, part, over);
      trimmed += freed;
      over -= freed;
    }
    if (over <= 0) break;
    const gone = await evictOldest({ read }, { bytes: over, uncopied });
    evicted += gone.stories;
    over -= gone.bytes;
  }
  return { evicted, trimmed };
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
