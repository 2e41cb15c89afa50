import { readFileSync } from 'node:fs';
import type { FetchedItem } from '../../storage/save-fetched-items';
import type { FeedServer } from '../../tests/support/feed-server';

/**
 * What the benchmark's extension reaches on its server: a feed that never changes (304, so the background's
 * refreshes fetch nothing and save nothing while pages are measured) and every story's picture (`picture`, a file).
 */
export function serveBench(server: FeedServer, stories: FetchedItem[], picture: string): void {
  server.route('/feed.xml', { status: 304 });
  const body = readFileSync(picture);
  for (const { imageUrl } of stories) {
    if (imageUrl) server.route(new URL(imageUrl).pathname, { headers: { 'content-type': 'image/png' }, body });
  }
}
