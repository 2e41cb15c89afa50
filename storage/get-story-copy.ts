import { db } from './db';
import type { OfflineCopy, SavedPicture, SavedText } from './records';

/** What is saved of one story for reading offline. */
export interface StoryCopy {
  copy?: OfflineCopy;
  text?: SavedText;
  pictures: SavedPicture[];
}

/** A story's offline copy with its page's text and its pictures, for the reader. */
export async function getStoryCopy(id: string): Promise<StoryCopy> {
  const [copy, text, pictures] = await Promise.all([
    db.copies.get(id),
    db.savedTexts.get(id),
    db.savedPictures.where('articleId').equals(id).toArray(),
  ]);
  return { copy, text, pictures };
}
