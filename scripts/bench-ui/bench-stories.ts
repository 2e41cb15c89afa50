import type { FetchedItem } from '../../storage/save-fetched-items';
import { BENCH_NOW, makeItems } from '../bench-store/make-items';

export const STORY_COUNT = 10_000;
/** The feed id make-items draws from: the same stories whatever id the extension gives its feed. */
const DRAW = 1;

/**
 * The stories the benchmark seeds: make-items' finance desk, dated as if the newest came out just before `now`, with
 * their pictures on the benchmark's own server (`pictureOrigin`) so that no request leaves the machine.
 */
export function benchStories(pictureOrigin: string, now: number): FetchedItem[] {
  const shift = now - BENCH_NOW;
  return makeItems(DRAW, STORY_COUNT).map((item) => ({
    ...item,
    ...(item.publishedAt === undefined ? {} : { publishedAt: item.publishedAt + shift }),
    ...(item.imageUrl ? { imageUrl: item.imageUrl.replace(/^https:\/\/[^/]+/, pictureOrigin) } : {}),
  }));
}

/** Whether the reader has read the story at this position: three in ten, spread over the whole list. */
export function isRead(index: number): boolean {
  return index % 10 < 3;
}
