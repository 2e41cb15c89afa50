/** The entry of seed.html, a page the benchmark adds to its build: it fills the extension's store through storage/. */
import { db } from '../../storage/db';
import { feedForSource } from '../../storage/feed-for-source';
import { markRead } from '../../storage/mark-read';
import { articleId, saveFetchedItems } from '../../storage/save-fetched-items';
import { saveOfflineCopy } from '../../storage/save-offline-copy';
import { benchStories, isRead } from './bench-stories';

/** How many of the newest stories the background downloads (storiesToDownload looks no further). */
const DOWNLOADED = 500;
/** A downloaded picture's size: the bench server's picture. */
const PICTURE_BYTES = 3_580;

export interface SeedOptions {
  feedUrl: string;
  pictureOrigin: string;
  now: number;
  /** Stories per save, as refreshes would bring them. */
  batch: number;
}

export interface SeedResult {
  feedId: number;
  saved: number;
  read: number;
  saveMs: number;
  readMs: number;
}

export interface SeedPage {
  seedStories(options: SeedOptions): Promise<SeedResult>;
}

(globalThis as unknown as SeedPage).seedStories = async ({ feedUrl, pictureOrigin, now, batch }) => {
  // The feed the background refreshes, so that the stories are its own.
  const feed = await feedForSource(feedUrl);
  const items = benchStories(pictureOrigin, now);
  const started = performance.now();
  for (let from = 0; from < items.length; from += batch) {
    await saveFetchedItems(feed.id, items.slice(from, from + batch), now);
  }
  const saved = performance.now();
  const read = items.flatMap((item, index) => (isRead(index) ? [articleId(feed.id, item.id)] : []));
  // One transaction for all the marks: one each would take seconds.
  await db.transaction('rw', db.statuses, () => Promise.all(read.map((id) => markRead(id))));
  // As the background leaves the store after its downloads: the newest stories saved, so none is left to download.
  const newest = await db.articles.orderBy('[sortAt+id]').reverse().limit(DOWNLOADED).toArray();
  for (const { id, imageUrl } of newest) {
    const pictures = imageUrl ? [{ url: imageUrl, type: 'image/png', data: new ArrayBuffer(PICTURE_BYTES) }] : [];
    await saveOfflineCopy({ id, text: 'feed', pictures, missing: [] }, now);
  }
  return {
    feedId: feed.id,
    saved: await db.articles.count(),
    read: read.length,
    saveMs: saved - started,
    readMs: performance.now() - saved,
  };
};
