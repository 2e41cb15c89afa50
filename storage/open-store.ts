import { db } from './db';

/** Opens the database now rather than at the first query, so a page can overlap the opening with its first render. */
export async function openStore(): Promise<void> {
  await db.open();
}
