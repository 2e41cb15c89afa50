import { Dexie } from 'dexie';
import { db } from './db';

export interface StorageUsage {
  /** Bytes the extension's origin uses, as the browser estimates them; absent where the Storage API is missing. */
  bytes?: number;
  /** Stories stored, and how many of those are read and starred. */
  stories: number;
  read: number;
  starred: number;
}

/** How much the store holds. Its counts read only Dexie, so a live query re-runs when stories change. */
export async function storageUsage(): Promise<StorageUsage> {
  const [stories, read, starred] = await Promise.all([
    db.articles.count(),
    // The status indexes skip evicted stories (no sortAt), so these count stored ones only.
    db.statuses.where('[read+sortAt+articleId]').between([1, Dexie.minKey], [1, Dexie.maxKey]).count(),
    db.statuses.where('[starred+sortAt+articleId]').between([1, Dexie.minKey], [1, Dexie.maxKey]).count(),
  ]);
  // Promise.resolve keeps a live query's context across a promise that is not Dexie's (https://dexie.org/docs/dexie-react-hooks/useLiveQuery()).
  const estimate = await Promise.resolve(globalThis.navigator?.storage?.estimate?.()).catch(() => undefined);
  return { stories, read, starred, ...(estimate?.usage === undefined ? {} : { bytes: estimate.usage }) };
}
