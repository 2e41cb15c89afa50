import { db, storyTables } from './db';
import { isQuotaError } from './is-quota-error';
import { makeRoom, type RoomToMake } from './make-room';
import { StoreFullError } from './store-full-error';

/**
 * Runs `body` in a rw transaction on every table of stories. When the disk is full, makes room and runs it
 * once more, then gives up with StoreFullError. A failed attempt's transaction rolls back, so nothing is half-written,
 * and making room never evicts a starred story.
 */
export async function writeStories<T>(body: () => Promise<T>, room?: RoomToMake): Promise<T> {
  const write = () => db.transaction('rw', storyTables(), body);
  try {
    return await write();
  } catch (error) {
    if (!isQuotaError(error)) throw error;
  }
  try {
    await makeRoom(room);
    return await write();
  } catch (error) {
    throw isQuotaError(error) ? new StoreFullError({ cause: error }) : error;
  }
}
