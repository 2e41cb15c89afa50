import { db } from './db';

/** Marks one story read, or unread again. */
export async function markRead(id: string, read = true): Promise<void> {
  await db.statuses.update(id, { read: read ? 1 : 0 });
}
