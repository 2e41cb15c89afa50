import { beforeEach, describe, expect, it } from 'vitest';
import {
  feedForSource,
  listArticles,
  listFeeds,
  markRead,
  moveFeed,
  saveFetchedItems,
  searchArticles,
  setStarred,
  unreadCount,
  updateFeed,
} from '../../../storage';
import { db } from '../../../storage/db';
import { resetDb } from '../../support/reset-db';
import { DAY, HOUR, NOW, story } from '../../support/stories';

describe('the records of feeds that move', () => {
  beforeEach(async () => {
    await resetDb();
  });

  it('finds a feed under the address it was asked for after it moved', async () => {
    const feed = await feedForSource('https://infofinance.com/rss');
    await updateFeed(feed.id, { etag: '"old"', lastModified: 'yesterday', bodyHash: 'abc' });
    const moved = await moveFeed(feed.id, 'https://feeds.infofinance.com/all');
    expect(moved).toEqual({
      id: feed.id,
      url: 'https://feeds.infofinance.com/all',
      sourceUrl: 'https://infofinance.com/rss',
    });
    expect(await feedForSource('https://infofinance.com/rss')).toEqual(moved);
  });

  it('remembers that a feed is to be discovered from its page', async () => {
    const pending = await feedForSource('https://infofinance.com/', { discover: true });
    expect(pending).toMatchObject({
      url: 'https://infofinance.com/',
      sourceUrl: 'https://infofinance.com/',
      discover: true,
    });
    const found = await moveFeed(pending.id, 'https://infofinance.com/feed');
    expect(await feedForSource('https://infofinance.com/', { discover: true })).toEqual(found);
    expect(found.discover).toBe(true);
  });

  it('hands the source and the stories to a feed already stored at the new address, so its next fetch adds none', async () => {
    const old = await feedForSource('https://infofinance.com/rss');
    await saveFetchedItems(old.id, [story('a', 1), story('b', 2), story('gone', 3)], NOW);
    await markRead(`${old.id}:a`);
    await db.articles.delete(`${old.id}:gone`);
    await db.statuses.update(`${old.id}:gone`, { sortAt: undefined });
    await updateFeed(old.id, { lastSuccessAt: NOW });
    const there = await feedForSource('https://feeds.infofinance.com/all');

    const serving = await moveFeed(old.id, there.url);
    expect(serving).toMatchObject({ id: there.id, url: there.url, sourceUrl: 'https://infofinance.com/rss' });
    expect((await listFeeds()).map((feed) => feed.id)).toEqual([there.id]);
    expect(await feedForSource('https://infofinance.com/rss')).toMatchObject({ id: there.id });
    const { articles } = await listArticles({ limit: 10 });
    expect(articles.map(({ id, feedId, itemId, read }) => ({ id, feedId, itemId, read }))).toEqual([
      { id: `${there.id}:a`, feedId: there.id, itemId: 'a', read: true },
      { id: `${there.id}:b`, feedId: there.id, itemId: 'b', read: false },
    ]);
    expect((await searchArticles('story ')).map(({ id }) => id)).toEqual([`${there.id}:a`, `${there.id}:b`]);
    expect(await db.storyWords.toCollection().primaryKeys()).toEqual([`${there.id}:a`, `${there.id}:b`]);

    const again = await saveFetchedItems(there.id, [story('a', 1), story('b', 2), story('gone', 3)], NOW + HOUR);
    expect(again).toMatchObject({ added: 0 });
    expect(await unreadCount()).toBe(2);
  });

  it('keeps a story both feeds hold read and starred if either says so, first seen when the earlier saw it', async () => {
    const old = await feedForSource('https://infofinance.com/rss');
    const there = await feedForSource('https://feeds.infofinance.com/all');
    await saveFetchedItems(there.id, [story('a', 1), story('b', 2)], NOW - DAY);
    await markRead(`${there.id}:b`);
    await saveFetchedItems(old.id, [story('a', 1, { title: 'Newer' }), story('b', 2)], NOW);
    await markRead(`${old.id}:a`);
    await setStarred(`${old.id}:b`, true);

    await moveFeed(old.id, there.url);
    const { articles } = await listArticles({ limit: 10 });
    expect(articles.map(({ id, title, read, starred }) => ({ id, title, read, starred }))).toEqual([
      { id: `${there.id}:a`, title: 'Newer', read: true, starred: false },
      { id: `${there.id}:b`, title: 'Story b', read: true, starred: true },
    ]);
    expect(await db.statuses.toArray()).toEqual([
      { articleId: `${there.id}:a`, feedId: there.id, read: 1, starred: 0, firstSeenAt: NOW - DAY, sortAt: NOW - HOUR },
      {
        articleId: `${there.id}:b`,
        feedId: there.id,
        read: 1,
        starred: 1,
        firstSeenAt: NOW - DAY,
        sortAt: NOW - 2 * HOUR,
      },
    ]);
  });

  it('drops a record that never held a story when its feed turns out to be stored already', async () => {
    const there = await feedForSource('https://infofinance.com/feed');
    const pending = await feedForSource('https://infofinance.com/', { discover: true });
    await moveFeed(pending.id, there.url);
    expect(await listFeeds()).toEqual([
      { id: there.id, url: there.url, sourceUrl: 'https://infofinance.com/', discover: true },
    ]);
  });
});
