import { db, storyTables } from './db';
import { evictStories } from './evict-stories';
import { type EvictableQuery, oldestEvictable } from './oldest-evictable';

/** When to stop: after this many stories, or once about this many bytes are freed; both unbounded when absent. */
export interface EvictionGoal {
  stories?: number;
  bytes?: number;
  /** What a story without an offline copy counts as toward `bytes`: what storedBytes counted it as. */
  uncopied?: number;
}

export interface Evicted {
  stories: number;
  /** What its offline copy counted (the story, its page's text and its pictures), else `uncopied`. */
  bytes: number;
}

/** Stories per transaction, so a large store is never loaded whole and other writes are not held up for long. */
const BATCH = 200;

/** Evicts the oldest stored, non-starred stories that match the query, until the goal is met or none is left. */
export async function evictOldest(
  query: EvictableQuery,
  { stories = Infinity, bytes = Infinity, uncopied }: EvictionGoal,
): Promise<Evicted> {
  const done: Evicted = { stories: 0, bytes: 0 };
  while (done.stories < stories && done.bytes < bytes) {
    const batch = await db.transaction('rw', storyTables(), async () => {
      const ids = (await oldestEvictable(query, Math.min(BATCH, stories - done.stories))).map((s) => s.articleId);
      // Sizes matter only for a goal in bytes; a goal in stories need not read the rows it deletes.
      const sizes = bytes === Infinity ? [] : await sizesOf(ids, uncopied ?? 0);
      const chosen: string[] = [];
      let freed = 0;
      for (const [index, id] of ids.entries()) {
        if (done.bytes + freed >= bytes) break;
        chosen.push(id);
        freed += sizes[index] ?? 0;
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

/** The bytes the budget counted for each story: its copy's, else what a story without one counts as. */
async function sizesOf(ids: string[], uncopied: number): Promise<number[]> {
  const copies = await db.copies.bulkGet(ids);
  return copies.map((copy) => (copy ? copy.storyBytes + copy.textBytes + copy.pictureBytes : uncopied));
}
