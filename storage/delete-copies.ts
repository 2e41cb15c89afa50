import { db } from './db';

/** Deletes what is saved of these stories for reading offline. Call inside a rw transaction on every story table. */
export async function deleteCopies(ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await Promise.all([
    db.copies.bulkDelete(ids),
    db.savedTexts.bulkDelete(ids),
    db.savedPictures.where('articleId').anyOf(ids).delete(),
  ]);
}
