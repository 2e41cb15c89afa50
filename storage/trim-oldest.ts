import { db, storyTables } from './db';
import { type EvictableQuery, oldestEvictable } from './oldest-evictable';
import type { OfflineCopy } from './records';

/** What a story can lose while it stays readable: its saved pictures, or the text read from its page. */
export type CopyPart = 'pictures' | 'text';

/** Stories looked at per transaction. */
const BATCH = 200;

/**
 * Drops one part of the offline copies of the oldest non-starred stories that match the query, until about `bytes`
 * are freed (all of them when absent). The stories stay, marked as no longer complete, and are not downloaded again
 * by themselves. Returns the bytes freed.
 */
export async function trimOldest(query: EvictableQuery, part: CopyPart, bytes = Infinity): Promise<number> {
  let freed = 0;
  let after = query.after;
  while (freed < bytes) {
    const batch = await db.transaction('rw', storyTables(), async () => {
      const statuses = await oldestEvictable({ ...query, after }, BATCH);
      const copies = await db.copies.bulkGet(statuses.map((status) => status.articleId));
      const chosen: OfflineCopy[] = [];
      let batchFreed = 0;
      for (const copy of copies) {
        if (freed + batchFreed >= bytes) break;
        const size = copy && (part === 'pictures' ? copy.pictureBytes : copy.textBytes);
        if (!copy || !size) continue;
        chosen.push(copy);
        batchFreed += size;
      }
      await dropPart(chosen, part);
      return { freed: batchFreed, last: statuses.at(-1), size: statuses.length };
    });
    freed += batch.freed;
    if (batch.size < BATCH || !batch.last) break;
    after = { sortAt: batch.last.sortAt ?? 0, articleId: batch.last.articleId };
  }
  return freed;
}

async function dropPart(copies: OfflineCopy[], part: CopyPart): Promise<void> {
  if (copies.length === 0) return;
  const ids = copies.map((copy) => copy.id);
  const changes: Partial<OfflineCopy> =
    part === 'pictures'
      ? { complete: 0, pictures: 0, pictureBytes: 0, missing: [], retryAt: undefined }
      : { complete: 0, text: 'summary', textBytes: 0, retryAt: undefined };
  await Promise.all([
    part === 'pictures' ? db.savedPictures.where('articleId').anyOf(ids).delete() : db.savedTexts.bulkDelete(ids),
    db.copies.bulkUpdate(ids.map((key) => ({ key, changes }))),
  ]);
}
