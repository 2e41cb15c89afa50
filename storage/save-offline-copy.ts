import { db } from './db';
import { isQuotaError } from './is-quota-error';
import type { RoomToMake } from './make-room';
import type { OfflineCopy, PictureGap, SavedPicture } from './records';
import { writeStories } from './write-stories';

/** One download of a story for reading offline: what was found, and what could not be had. */
export interface DownloadedCopy {
  /** The article's id. */
  id: string;
  /** Where the whole text is; a page's text comes with it. */
  text: OfflineCopy['text'];
  page?: { html: string; byline?: string };
  pictures: { url: string; type: string; data: ArrayBuffer }[];
  missing: { url: string; why: PictureGap }[];
  /** For an incomplete copy: when to try again; absent when trying again would not help. */
  retryAt?: number;
}

/** A copy is worth less than a story: making room for one drops older read stories' pictures, never a story. */
const ROOM: RoomToMake = { evict: false };

/**
 * Keeps a story's download, with what an earlier one saved and this one could not fetch again (a page's text, a
 * picture), in one transaction. When the disk is full it makes room and tries again, then keeps the text without
 * the pictures. Returns the story's copy, or undefined when the story is no longer stored.
 */
export async function saveOfflineCopy(download: DownloadedCopy, now = Date.now()): Promise<OfflineCopy | undefined> {
  try {
    return await writeStories(() => write(download, now), ROOM);
  } catch (error) {
    // StoreFullError too: it carries the quota error as its cause.
    if (!isQuotaError(error)) throw error;
    const noSpace = download.pictures.map(({ url }) => ({ url, why: 'no-space' as const }));
    return writeStories(
      () => write({ ...download, pictures: [], missing: [...download.missing, ...noSpace], retryAt: undefined }, now),
      ROOM,
    );
  }
}

async function write(download: DownloadedCopy, now: number): Promise<OfflineCopy | undefined> {
  const { id } = download;
  const [article, words, earlier, earlierText, earlierPictures] = await Promise.all([
    db.articles.get(id),
    db.storyWords.get(id),
    db.copies.get(id),
    download.page ? undefined : db.savedTexts.get(id),
    db.savedPictures.where('articleId').equals(id).toArray(),
  ]);
  if (!article) return undefined;

  const page = download.page ?? earlierText;
  const text = download.text === 'summary' && page ? 'page' : download.text;
  // A picture this download could not fetch again stays as saved before; one the story no longer shows goes.
  const saved = new Map(earlierPictures.map((picture) => [picture.url, picture]));
  const kept = download.missing.flatMap(({ url }) => saved.get(url) ?? []);
  const pictures: SavedPicture[] = [...download.pictures.map((picture) => ({ articleId: id, ...picture })), ...kept];
  const missing = download.missing.filter(({ url }) => !saved.has(url));
  const complete = text !== 'summary' && missing.length === 0;

  const copy: OfflineCopy = {
    id,
    feedId: article.feedId,
    sortAt: article.sortAt,
    complete: complete ? 1 : 0,
    text,
    // Roughly what its rows take: their JSON's length (IndexedDB's own overhead is not counted).
    storyBytes: JSON.stringify(article).length + (words ? JSON.stringify(words).length : 0),
    textBytes: text === 'page' && page ? page.html.length + (page.byline?.length ?? 0) : 0,
    pictureBytes: pictures.reduce((sum, { data }) => sum + data.byteLength, 0),
    pictures: pictures.length,
    missing,
    savedAt: now,
    attempts: (earlier?.attempts ?? 0) + 1,
    ...(complete || download.retryAt === undefined ? {} : { retryAt: download.retryAt }),
  };
  await db.savedPictures.where('articleId').equals(id).delete();
  await Promise.all([
    db.savedPictures.bulkPut(pictures),
    text === 'page' && page ? db.savedTexts.put({ id, ...page }) : db.savedTexts.delete(id),
    db.copies.put(copy),
  ]);
  return copy;
}
