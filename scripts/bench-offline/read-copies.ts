import type { Page } from 'playwright-core';
import type { OfflineCopy } from '../../storage';

/** Every offline copy in the extension's database, read with raw IndexedDB from one of its pages. */
export function readCopies(page: Page): Promise<OfflineCopy[]> {
  return page.evaluate(
    () =>
      new Promise<OfflineCopy[]>((resolve, reject) => {
        const open = indexedDB.open('reader');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const database = open.result;
          if (!database.objectStoreNames.contains('copies')) return resolve([]);
          const all = database.transaction('copies').objectStore('copies').getAll();
          all.onsuccess = () => {
            resolve(all.result);
            database.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}
