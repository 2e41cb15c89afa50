import { trimOldest } from './trim-oldest';

/** Drops the saved pictures of every story but the starred ones; the stories and their text stay. Returns bytes freed. */
export async function dropPictures(): Promise<number> {
  return (await trimOldest({ read: 1 }, 'pictures')) + (await trimOldest({ read: 0 }, 'pictures'));
}
