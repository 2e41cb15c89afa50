import { db } from './db';

/** Stars a story, or takes its star away. A starred story is never evicted. */
export async function setStarred(id: string, starred: boolean): Promise<void> {
  await db.statuses.update(id, { starred: starred ? 1 : 0 });
}
