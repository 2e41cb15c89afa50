import { db } from './db';
import { evictStories } from './evict-stories';
import { type EvictableQuery, oldestEvictable } from './oldest-evictable';
import type { Article, StoryWords } from './records';

/** When to stop: after this many stories, or once about this many bytes are freed; both unbounded when absent. */
export interface EvictionGoal {
  stories?: number;
  bytes?: number;
}

export interface Evicted {
  stories: number;
  /** Roughly: a story counts as the length of its article's and words' JSON (IndexedDB's overhead is not counted). */
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
    const batch = await db.transaction('rw', db.articles, db.statuses, db.storyWords, async () => {
      const ids = await oldestEvictable(query, Math.min(BATCH, stories - done.stories));
      // Sizes matter only for a goal in bytes; a goal in stories need not read the rows it deletes.
      const [articles, words] =
        bytes === Infinity ? [[], []] : await Promise.all([db.articles.bulkGet(ids), db.storyWords.bulkGet(ids)]);
      const chosen: string[] = [];
      let freed = 0;
      for (const [index, id] of ids.entries()) {
        if (done.bytes + freed >= bytes) break;
        chosen.push(id);
        freed += sizeOf(articles[index]) + sizeOf(words[index]);
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

function sizeOf(row: Article | StoryWords | undefined): number {
  return row ? JSON.stringify(row).length : 0;
}
