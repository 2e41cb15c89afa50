import { beforeEach, describe, expect, it } from 'vitest';
import {
  clearReadStories,
  feedForSource,
  getArticle,
  markRead,
  saveFetchedItems,
  setStarred,
  unreadCount,
} from '../../../storage';
import { db } from '../../../storage/db';
import { resetDb } from '../../support/reset-db';
import { NOW, story } from '../../support/stories';

describe('clearing read stories', () => {
  let feedId: number;
  const stories = [story('read', 4), story('starred', 3), story('unread', 2), story('also-read', 1)];

  beforeEach(async () => {
    await resetDb();
    feedId = (await feedForSource('https://infofinance.com/feed')).id;
    await saveFetchedItems(feedId, stories, NOW);
    for (const id of ['read', 'starred', 'also-read']) await markRead(`${feedId}:${id}`);
    await setStarred(`${feedId}:starred`, true);
  });

  it('removes the read stories that are not starred, and says how many', async () => {
    expect(await clearReadStories()).toBe(2);
    const kept = (await db.articles.toArray()).map((article) => article.itemId).sort();
    expect(kept).toEqual(['starred', 'unread']);
    expect(await unreadCount()).toBe(1);
    expect(await getArticle(`${feedId}:starred`)).toMatchObject({ read: true, starred: true });
  });

  it('keeps their read marks, so that they do not come back as new', async () => {
    await clearReadStories();
    expect(await db.statuses.count()).toBe(4);
    const again = await saveFetchedItems(feedId, stories, NOW + 1);
    expect(again.added).toBe(0);
    expect(await getArticle(`${feedId}:read`)).toMatchObject({ read: true });
    expect(await unreadCount()).toBe(1);
  });

  it('removes nothing the second time', async () => {
    await clearReadStories();
    expect(await clearReadStories()).toBe(0);
  });
});
