import { db } from './db';
import { deleteCopies } from './delete-copies';

/**
 * Deletes these stories' articles, search words and offline copies, and takes sortAt off their statuses, which stay: a story that comes
 * back in its feed keeps its read mark and is not new. Call inside a rw transaction on every story table.
 */
export async function evictStories(ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await Promise.all([
    db.articles.bulkDelete(ids),
    db.storyWords.bulkDelete(ids),
    deleteCopies(ids),
    db.statuses.bulkUpdate(ids.map((key) => ({ key, changes: { sortAt: undefined } }))),
  ]);
}
