import { beforeEach, describe, expect, it } from 'vitest';
import { feedForSource, listFeeds, moveFeed, saveFetchedItems, updateFeed } from '../../../storage';
import { resetDb } from '../../support/reset-db';
import { story } from '../../support/stories';

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

  it('hands the source to a feed already stored at the new address, retiring the old one with its stories', async () => {
    const old = await feedForSource('https://infofinance.com/rss');
    await saveFetchedItems(old.id, [story('a', 1)]);
    await updateFeed(old.id, { lastSuccessAt: 1 });
    const there = await feedForSource('https://feeds.infofinance.com/all');

    const serving = await moveFeed(old.id, there.url);
    expect(serving).toMatchObject({ id: there.id, sourceUrl: 'https://infofinance.com/rss' });
    expect(await feedForSource('https://infofinance.com/rss')).toMatchObject({ id: there.id });
    expect((await listFeeds()).find((feed) => feed.id === old.id)).toMatchObject({ retired: true });
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
