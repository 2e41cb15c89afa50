import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  applyRetention,
  DEFAULT_RETENTION,
  feedForSource,
  getArticle,
  markRead,
  type RetentionLimits,
  retentionSetting,
  saveFetchedItems,
  searchArticles,
  setStarred,
  unreadCount,
} from '../../../storage';
import { db } from '../../../storage/db';
import { resetDb } from '../../support/reset-db';
import { DAY, HOUR, NOW, story } from '../../support/stories';

const limits = (changes: Partial<RetentionLimits>): RetentionLimits => ({ ...DEFAULT_RETENTION, ...changes });
const MB = 1024 * 1024;

/** Item ids of the stored stories, of one feed or all, oldest first. */
async function storedItems(feedId?: number): Promise<string[]> {
  const articles = await db.articles.orderBy('[sortAt+id]').toArray();
  return articles.filter((article) => feedId === undefined || article.feedId === feedId).map(({ itemId }) => itemId);
}

/** Makes the Storage API report this much in use. */
function reportUsage(usage: number): void {
  vi.stubGlobal('navigator', { storage: { estimate: async () => ({ usage, quota: 10 * usage }) } });
}

describe('retention', () => {
  let finance: number;
  let markets: number;

  beforeEach(async () => {
    await resetDb();
    finance = (await feedForSource('https://infofinance.com/feed')).id;
    markets = (await feedForSource('https://example.org/markets.xml')).id;
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it.each([
    { max: 5, kept: ['a', 'c', 'd', 'e', 'f'] },
    { max: 3, kept: ['c', 'd', 'f'] },
  ])('keeps $max stories of a feed, evicting read ones before unread ones, oldest first', async ({ max, kept }) => {
    await saveFetchedItems(
      finance,
      [story('a', 60), story('b', 50), story('c', 40), story('d', 30), story('e', 20), story('f', 10)],
      NOW,
    );
    await markRead(`${finance}:b`);
    await markRead(`${finance}:e`);
    await saveFetchedItems(markets, [story('m1', 70), story('m2', 65), story('m3', 5)], NOW);

    const report = await applyRetention(limits({ maxStoriesPerFeed: max }), NOW);

    expect(report).toEqual({ evicted: 6 - max, orphansDropped: 0 });
    expect(await storedItems(finance)).toEqual(kept);
    expect(await storedItems(markets)).toEqual(['m1', 'm2', 'm3']);
  });

  it('evicts read stories older than the age limit but keeps old unread ones', async () => {
    await saveFetchedItems(finance, [story('old-read', 100 * 24), story('old-unread', 100 * 24 + 1)], NOW - 100 * DAY);
    await saveFetchedItems(finance, [story('recent-read', 10 * 24)], NOW - 10 * DAY);
    await markRead(`${finance}:old-read`);
    await markRead(`${finance}:recent-read`);

    expect(await applyRetention(limits({ readDays: 90 }), NOW)).toEqual({ evicted: 1, orphansDropped: 0 });
    expect(await storedItems()).toEqual(['old-unread', 'recent-read']);
  });

  it('keeps a read story dated long ago that the reader found only recently', async () => {
    await saveFetchedItems(finance, [story('archive-piece', 100 * 24)], NOW - DAY);
    await markRead(`${finance}:archive-piece`);

    expect(await applyRetention(limits({ readDays: 90 }), NOW)).toEqual({ evicted: 0, orphansDropped: 0 });
    expect(await storedItems()).toEqual(['archive-piece']);
  });

  it('never evicts a starred story, under any limit, even when a feed has more starred stories than it may keep', async () => {
    const starred = ['s1', 's2', 's3', 's4'];
    await saveFetchedItems(
      finance,
      [story('s1', 200 * 24), story('s2', 150 * 24), story('s3', 2), story('s4', 1), story('plain', 0)],
      NOW,
    );
    for (const id of starred) await setStarred(`${finance}:${id}`, true);
    await markRead(`${finance}:s1`);
    await markRead(`${finance}:s2`);
    reportUsage(500 * MB);

    const report = await applyRetention({ maxStoriesPerFeed: 2, readDays: 90, budgetMb: 1 }, NOW);

    expect(report.evicted).toBe(1);
    expect(await storedItems()).toEqual(starred);
    expect((await getArticle(`${finance}:s1`))?.starred).toBe(true);
  });

  it('does not count an evicted story as new when it comes back in the feed, and keeps it read', async () => {
    await saveFetchedItems(finance, [story('a', 100 * 24), story('b', 1)], NOW - 100 * DAY);
    await markRead(`${finance}:a`);
    await applyRetention(limits({ readDays: 90 }), NOW);
    expect(await getArticle(`${finance}:a`)).toBeUndefined();
    const status = await db.statuses.get(`${finance}:a`);
    expect(status?.read).toBe(1);
    expect(status).not.toHaveProperty('sortAt');

    expect(await saveFetchedItems(finance, [story('a', 100 * 24), story('b', 1)], NOW + DAY)).toMatchObject({
      added: 0,
      updated: 1,
    });
    expect(await getArticle(`${finance}:a`)).toMatchObject({ read: true });
    expect(await unreadCount(finance)).toBe(1);
  });

  it("reads the limits from the reader's settings when given none", async () => {
    await retentionSetting.setValue({ maxStoriesPerFeed: 1 });
    await saveFetchedItems(finance, [story('a', 3), story('b', 2)], NOW);
    expect((await applyRetention(undefined, NOW)).evicted).toBe(1);
    expect(await storedItems()).toEqual(['b']);
  });

  it('keeps unread counts to stories still stored after evicting unread ones', async () => {
    await saveFetchedItems(finance, [story('a', 3), story('b', 2), story('c', 1)], NOW);
    await applyRetention(limits({ maxStoriesPerFeed: 1 }), NOW);
    expect(await unreadCount(finance)).toBe(1);
  });

  it('no longer finds an evicted story by its words, and finds it again when it comes back', async () => {
    const gold = story('gold', 3, { title: 'Giá vàng giảm' });
    await saveFetchedItems(finance, [gold, story('b', 2)], NOW);
    await applyRetention(limits({ maxStoriesPerFeed: 1 }), NOW);
    expect(await db.storyWords.get(`${finance}:gold`)).toBeUndefined();
    expect(await searchArticles('vang ')).toEqual([]);

    await saveFetchedItems(finance, [gold], NOW + HOUR);
    expect((await searchArticles('vang ')).map((article) => article.itemId)).toEqual(['gold']);
  });

  describe('over the byte budget', () => {
    /** The size retention reckons a stored story takes: its article and its search words. */
    async function sizeOf(id: string): Promise<number> {
      return JSON.stringify(await db.articles.get(id)).length + JSON.stringify(await db.storyWords.get(id)).length;
    }

    beforeEach(async () => {
      await saveFetchedItems(finance, [story('unread-oldest', 40), story('read-old', 30), story('unread-new', 1)], NOW);
      await saveFetchedItems(markets, [story('read-newer', 20)], NOW);
      await markRead(`${finance}:read-old`);
      await markRead(`${markets}:read-newer`);
    });

    it('evicts the oldest stories of every feed, read before unread, until the excess is freed', async () => {
      reportUsage(MB + (await sizeOf(`${finance}:read-old`)) + 1);
      expect((await applyRetention(limits({ budgetMb: 1 }), NOW)).evicted).toBe(2);
      expect(await storedItems()).toEqual(['unread-oldest', 'unread-new']);
    });

    it('evicts unread stories, oldest first, once no read one is left', async () => {
      const read = (await sizeOf(`${finance}:read-old`)) + (await sizeOf(`${markets}:read-newer`));
      reportUsage(MB + read + 1);
      expect((await applyRetention(limits({ budgetMb: 1 }), NOW)).evicted).toBe(3);
      expect(await storedItems()).toEqual(['unread-new']);
    });

    it('evicts nothing while the store is within its budget', async () => {
      reportUsage(MB);
      expect((await applyRetention(limits({ budgetMb: 1 }), NOW)).evicted).toBe(0);
      expect(await storedItems()).toHaveLength(4);
    });

    it('evicts nothing for the budget where the browser cannot tell how much is used', async () => {
      vi.stubGlobal('navigator', {});
      expect((await applyRetention(limits({ budgetMb: 1 }), NOW)).evicted).toBe(0);
      expect(await storedItems()).toHaveLength(4);
    });
  });

  it('forgets the status of a story gone for more than a year, unless it is starred', async () => {
    await saveFetchedItems(finance, [story('stored-old', 400 * 24)], NOW - 400 * DAY);
    const gone = { feedId: finance, read: 1, starred: 0 } as const;
    await db.statuses.bulkPut([
      { ...gone, articleId: `${finance}:gone-long-ago`, firstSeenAt: NOW - 400 * DAY },
      { ...gone, articleId: `${finance}:gone-starred`, firstSeenAt: NOW - 400 * DAY, starred: 1 },
      { ...gone, articleId: `${finance}:gone-lately`, firstSeenAt: NOW - 100 * DAY },
    ]);

    expect(await applyRetention(DEFAULT_RETENTION, NOW)).toEqual({ evicted: 0, orphansDropped: 1 });
    expect(await db.statuses.toCollection().primaryKeys()).toEqual(
      [`${finance}:gone-lately`, `${finance}:gone-starred`, `${finance}:stored-old`].sort(),
    );
  });

  it('works through a large store in batches', async () => {
    const items = Array.from({ length: 450 }, (_, index) => story(`s${index}`, 450 - index));
    await saveFetchedItems(finance, items, NOW);
    await db.statuses.toCollection().modify({ read: 1 });
    await db.statuses.bulkPut(
      Array.from({ length: 1_100 }, (_, index) => ({
        articleId: `${markets}:gone-${index}`,
        feedId: markets,
        read: 1 as const,
        starred: 0 as const,
        firstSeenAt: NOW - 400 * DAY,
      })),
    );

    expect(await applyRetention(limits({ maxStoriesPerFeed: 10 }), NOW)).toEqual({
      evicted: 440,
      orphansDropped: 1_100,
    });
    expect(await storedItems()).toEqual(items.slice(-10).map((item) => item.id));
    expect(await db.statuses.count()).toBe(450);
  });
});
