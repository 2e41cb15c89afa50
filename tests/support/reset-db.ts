import { db } from '../../storage/db';

/** A fresh, empty database for each test. */
export async function resetDb(): Promise<void> {
  await db.delete();
  await db.open();
}
