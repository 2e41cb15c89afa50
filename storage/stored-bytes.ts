import { db } from './db';

export interface StoredBytes {
  /** The stories and the text read from their pages. */
  text: number;
  /** Their saved pictures. */
  pictures: number;
}

/** What a story is taken to weigh before it has an offline copy that counts it. */
const STORY_BYTES_GUESS = 4_096;

/**
 * What the store holds, by the sizes its offline copies recorded: the budget is held to this, since the browser's own
 * estimate shrinks only some time after a delete. Stories without a copy yet count as the copies' average. With
 * `picturesAfter`, only the pictures of stories dated after then are counted.
 */
export async function storedBytes(options: { picturesAfter?: number } = {}): Promise<StoredBytes> {
  const { text, pictures } = await countedBytes(options);
  return { text, pictures };
}

/** storedBytes, with what each story without a copy counts as: eviction credits it the same, or it evicts too many. */
export async function countedBytes({
  picturesAfter,
}: {
  picturesAfter?: number;
} = {}): Promise<StoredBytes & { uncopied: number }> {
  const [copies, stories] = await Promise.all([db.copies.toArray(), db.articles.count()]);
  let story = 0;
  let text = 0;
  let pictures = 0;
  for (const copy of copies) {
    story += copy.storyBytes;
    text += copy.textBytes;
    if (picturesAfter === undefined || copy.sortAt > picturesAfter) pictures += copy.pictureBytes;
  }
  const average = copies.length > 0 ? story / copies.length : STORY_BYTES_GUESS;
  return {
    text: Math.round(story + text + Math.max(0, stories - copies.length) * average),
    pictures,
    uncopied: average,
  };
}
