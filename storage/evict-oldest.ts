import { db } from './db';
import { evictStories } from './evict-stories';
import { type EvictableQuery, oldestEvictable } from './oldest-evictable';
import type { Article } from './records';

/** When to stop: after this many stories, or once about this many bytes are freed; both unbounded when absent. */
export interface EvictionGoal {
  stories?: number;
  bytes?: number;
}

export interface Evicted {
  stories: number;
  /** Roughly: an article counts as the length of its JSON (IndexedDB's own overhead is not counted). */
  bytes: number;
}

/** Stories per transaction, so a large store is never loaded whole and other writes are not held up for long. */
const BATCH = 200;

/** Evicts the oldest stored, non-starred stories that match the query, until the goal is met or none is left. */
export async function evictOldest(
  query: EvictableQuery,
  { stories = Infinity, bytes = Infinity }: EvictionGoal,
): Promise<Evicted> {
  const done: Evicted = { stories: 0, bytes: 0 };
  while (done.stories < stories && done.bytes < bytes) {
    const batch = await db.transaction('rw', db.articles, db.statuses, async () => {
      const ids = await oldestEvictable(query, Math.min(BATCH, stories - done.stories));
      const articles = await db.articles.bulkGet(ids);
      const chosen: string[] = [];
      let freed = 0;
      for (const [index, id] of ids.entries()) {
        if (done.bytes + freed >= bytes) break;
        chosen.push(id);
        freed += sizeOf(articles[index]);
      }
      await evictStories(chosen);
      return { stories: chosen.length, bytes: freed };
    });
    if (batch.stories === 0) break;
    done.stories += batch.stories;
    done.bytes += batch.bytes;
  }
  return done;
}

function sizeOf(article: Article | undefined): number {
  return article ? JSON.stringify(article).length : 0;
}
