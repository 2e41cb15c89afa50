import { db } from './db';

/**
 * Moves the offline copies of stories that changed id (the feed renamed them) to their new ids, with their page text
 * and pictures. Call inside a rw transaction on every story table.
 */
export async function rekeyCopies(moves: { from: string; to: string; sortAt: number }[]): Promise<void> {
  if (moves.length === 0) return;
  const from = moves.map((move) => move.from);
  const [copies, texts, pictures] = await Promise.all([
    db.copies.bulkGet(from),
    db.savedTexts.bulkGet(from),
    db.savedPictures.where('articleId').anyOf(from).toArray(),
  ]);
  const to = new Map(moves.map((move) => [move.from, move]));
  await Promise.all([
    db.copies.bulkDelete(from),
    db.savedTexts.bulkDelete(from),
    db.savedPictures.where('articleId').anyOf(from).delete(),
  ]);
  await Promise.all([
    db.copies.bulkPut(
      copies.flatMap((copy) => {
        const move = copy && to.get(copy.id);
        return copy && move ? [{ ...copy, id: move.to, sortAt: move.sortAt }] : [];
      }),
    ),
    db.savedTexts.bulkPut(texts.flatMap((text) => (text ? [{ ...text, id: to.get(text.id)?.to ?? text.id }] : []))),
    db.savedPictures.bulkPut(
      pictures.map((picture) => ({ ...picture, articleId: to.get(picture.articleId)?.to ?? picture.articleId })),
    ),
  ]);
}
