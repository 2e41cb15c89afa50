import { Dexie } from 'dexie';
import { db } from './db';

export interface DownloadQuery {
  /** Only stories dated after this time. */
  since: number;
  /** At most this many, newest first. */
  limit: number;
  /** Copies that failed are tried again at most this many times in all. */
  maxAttempts?: number;
  /** Only among the newest this many stories: a run after every refresh must stay cheap in a store of thousands. */
  newest?: number;
}

/**
 * Ids of recent stories to download for reading offline, newest first: those with no copy yet, and incomplete
 * copies whose time to try again has come. A copy that lost its pictures to the budget is not taken again.
 */
export async function storiesToDownload(
  { since, limit, maxAttempts = 3, newest = 500 }: DownloadQuery,
  now = Date.now(),
): Promise<string[]> {
  const ids: string[] = [];
  // Pages of ids, newest first: most recent stories are already downloaded, so a page usually yields few.
  const PAGE = 100;
  let upper: [number, string] | undefined;
  let scanned = 0;
  while (ids.length < limit && scanned < newest) {
    // [maxKey] is above every key; [maxKey, maxKey] would hold one array twice, which IndexedDB rejects (DataError).
    const keys = (await db.articles
      .where('[sortAt+id]')
      .between([since, Dexie.minKey], upper ?? [Dexie.maxKey], true, false)
      .reverse()
      .limit(Math.min(PAGE, newest - scanned))
      .keys()) as unknown as [number, string][];
    scanned += keys.length;
    const copies = await db.copies.bulkGet(keys.map(([, id]) => id));
    keys.forEach(([, id], index) => {
      const copy = copies[index];
      const due = !copy || (copy.retryAt !== undefined && copy.retryAt <= now && copy.attempts < maxAttempts);
      if (due && ids.length < limit) ids.push(id);
    });
    if (keys.length === 0) break;
    upper = keys.at(-1);
  }
  return ids;
}
