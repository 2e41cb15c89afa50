import { beforeEach, describe, expect, it } from 'vitest';
import {
  applyRetention,
  DEFAULT_RETENTION,
  feedForSource,
  getArticle,
  getStoryCopy,
  markRead,
  type RetentionLimits,
  retentionSetting,
  saveFetchedItems,
  saveOfflineCopy,
  searchArticles,
  setStarred,
  storedBytes,
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

describe('retention', () => {
  let finance: number;
  let markets: number;

  beforeEach(async () => {
    await resetDb();
    finance = (await feedForSource('https://infofinance.com/feed')).id;
    markets = (await feedForSource('https://example.org/markets.xml')).id;
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

    expect(report).toEqual({ evicted: 6 - max, trimmed: 0, orphansDropped: 0 });
    expect(await storedItems(finance)).toEqual(kept);
    expect(await storedItems(markets)).toEqual(['m1', 'm2', 'm3']);
  });

  it('evicts read stories older than the age limit but keeps old unread ones', async () => {
    await saveFetchedItems(finance, [story('old-read', 100 * 24), story('old-unread', 100 * 24 + 1)], NOW - 100 * DAY);
    await saveFetchedItems(finance, [story('recent-read', 10 * 24)], NOW - 10 * DAY);
    await markRead(`${finance}:old-read`);
    await markRead(`${finance}:recent-read`);

    expect(await applyRetention(limits({ readDays: 90 }), NOW)).toEqual({ evicted: 1, trimmed: 0, orphansDropped: 0 });
    expect(await storedItems()).toEqual(['old-unread', 'recent-read']);
  });

  it('keeps a read story dated long ago that the reader found only recently', async () => {
    await saveFetchedItems(finance, [story('archive-piece', 100 * 24)], NOW - DAY);
    await markRead(`${finance}:archive-piece`);

    expect(await applyRetention(limits({ readDays: 90 }), NOW)).toEqual({ evicted: 0, trimmed: 0, orphansDropped: 0 });
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
    const PICTURES = 100_000;
    const TEXT = 50_000;
    /** Article ids by item id: the read stories are in two feeds, the oldest of all is starred. */
    const ids = new Map<string, string>();
    const NON_STARRED = ['read-oldest', 'read-old', 'unread-old', 'unread-new'];

    /** Saves a story for reading offline with a page's text of `text` characters and one picture of `pictures` bytes. */
    async function download(itemId: string, text: number, pictures: number): Promise<void> {
      const id = ids.get(itemId) ?? '';
      const url = `https://infofinance.com/${itemId}.jpg`;
      await saveOfflineCopy(
        {
          id,
          text: 'page',
          page: { html: 'x'.repeat(text) },
          pictures: pictures > 0 ? [{ url, type: 'image/jpeg', data: new ArrayBuffer(pictures) }] : [],
          missing: [],
        },
        NOW,
      );
    }

    /** What is left of a story: 'gone', or the story with what is saved of it ('story, text, pictures'). */
    async function whatIsLeft(itemId: string): Promise<string> {
      const id = ids.get(itemId) ?? '';
      if (!(await getArticle(id))) return 'gone';
      const { text, pictures } = await getStoryCopy(id);
      return ['story', ...(text ? ['text'] : []), ...(pictures.length > 0 ? ['pictures'] : [])].join(', ');
    }

    /** Puts the store `excess` bytes over 1 MB, by the size of the starred story's pictures. */
    async function fillTo(excess: number): Promise<void> {
      const { text, pictures } = await storedBytes();
      await download('starred', TEXT, MB + excess - text - pictures);
    }

    beforeEach(async () => {
      await saveFetchedItems(
        finance,
        [story('starred', 50), story('read-oldest', 40), story('unread-old', 20), story('unread-new', 10)],
        NOW,
      );
      await saveFetchedItems(markets, [story('read-old', 30)], NOW);
      for (const itemId of ['starred', 'read-oldest', 'unread-old', 'unread-new'])
        ids.set(itemId, `${finance}:${itemId}`);
      ids.set('read-old', `${markets}:read-old`);
      for (const itemId of ['starred', 'read-oldest', 'read-old']) await markRead(ids.get(itemId) ?? '');
      await setStarred(ids.get('starred') ?? '', true);
      for (const itemId of NON_STARRED) await download(itemId, TEXT, PICTURES);
      await download('starred', TEXT, 0);
    });

    it.each([
      {
        excess: 0,
        what: 'changes nothing within the budget',
        left: ['story, text, pictures', 'story, text, pictures', 'story, text, pictures', 'story, text, pictures'],
        trimmed: 0,
        evicted: 0,
      },
      {
        excess: 1,
        what: "takes the oldest read story's pictures first",
        left: ['story, text', 'story, text, pictures', 'story, text, pictures', 'story, text, pictures'],
        trimmed: PICTURES,
        evicted: 0,
      },
      {
        excess: PICTURES + 1,
        what: 'takes the pictures of every read story, of every feed, before any text',
        left: ['story, text', 'story, text', 'story, text, pictures', 'story, text, pictures'],
        trimmed: 2 * PICTURES,
        evicted: 0,
      },
      {
        excess: 2 * PICTURES + 1,
        what: "then the oldest read story's page text",
        left: ['story', 'story, text', 'story, text, pictures', 'story, text, pictures'],
        trimmed: 2 * PICTURES + TEXT,
        evicted: 0,
      },
      {
        excess: 2 * PICTURES + 2 * TEXT + 1,
        what: 'then the oldest read story itself, once no read story has pictures or text left',
        left: ['gone', 'story', 'story, text, pictures', 'story, text, pictures'],
        trimmed: 2 * PICTURES + 2 * TEXT,
        evicted: 1,
      },
      {
        excess: 2 * PICTURES + 2 * TEXT + 5_000,
        what: "then the oldest unread story's pictures, once no read story is left",
        left: ['gone', 'gone', 'story, text', 'story, text, pictures'],
        trimmed: 3 * PICTURES + 2 * TEXT,
        evicted: 2,
      },
      {
        excess: 4 * PICTURES + 3 * TEXT,
        what: "then every unread story's pictures, then the oldest one's text",
        left: ['gone', 'gone', 'story', 'story, text'],
        trimmed: 4 * PICTURES + 3 * TEXT,
        evicted: 2,
      },
      {
        excess: 10 * MB,
        what: 'then the unread stories themselves, but never what is starred',
        left: ['gone', 'gone', 'gone', 'gone'],
        trimmed: 4 * PICTURES + 4 * TEXT,
        evicted: 4,
      },
    ])('$what', async ({ excess, left, trimmed, evicted }) => {
      await fillTo(excess);

      expect(await applyRetention(limits({ budgetMb: 1 }), NOW)).toEqual({ evicted, trimmed, orphansDropped: 0 });
      expect(await Promise.all(NON_STARRED.map(whatIsLeft))).toEqual(left);
      expect(await whatIsLeft('starred')).toBe('story, text, pictures');
    });

    it('keeps the read mark of a story it evicted, and forgets what was saved of it', async () => {
      await fillTo(2 * PICTURES + 2 * TEXT + 1);
      await applyRetention(limits({ budgetMb: 1 }), NOW);

      const id = ids.get('read-oldest') ?? '';
      expect(await db.statuses.get(id)).toMatchObject({ read: 1 });
      expect(await getStoryCopy(id)).toEqual({ pictures: [] });
    });
  });

  describe('counting stories that have no offline copy', () => {
    /** A story whose feed gives its whole text: its copy weighs about as much as that text, between 1/6 and 1/5 MB. */
    const long = story('long', 1, { contentHtml: `<p>${'x'.repeat(200_000)}</p>` });

    it.each([
      { uncopied: 4, evicted: [] },
      { uncopied: 5, evicted: ['old-0'] },
    ])(
      'counts each of $uncopied read stories without a copy as much as a copy weighs on average',
      async ({ uncopied, evicted }) => {
        const old = Array.from({ length: uncopied }, (_, index) => story(`old-${index}`, 100 - index));
        await saveFetchedItems(finance, [long, ...old], NOW);
        for (const { id } of old) await markRead(`${finance}:${id}`);
        await saveOfflineCopy({ id: `${finance}:long`, text: 'feed', pictures: [], missing: [] }, NOW);

        expect((await applyRetention(limits({ budgetMb: 1 }), NOW)).evicted).toBe(evicted.length);
        expect(await storedItems()).toEqual([...old.map(({ id }) => id).filter((id) => !evicted.includes(id)), 'long']);
      },
    );
  });

  it('forgets the status of a story gone for more than a year, unless it is starred', async () => {
    await saveFetchedItems(finance, [story('stored-old', 400 * 24)], NOW - 400 * DAY);
    const gone = { feedId: finance, read: 1, starred: 0 } as const;
    await db.statuses.bulkPut([
      { ...gone, articleId: `${finance}:gone-long-ago`, firstSeenAt: NOW - 400 * DAY },
      { ...gone, articleId: `${finance}:gone-starred`, firstSeenAt: NOW - 400 * DAY, starred: 1 },
      { ...gone, articleId: `${finance}:gone-lately`, firstSeenAt: NOW - 100 * DAY },
    ]);

    expect(await applyRetention(DEFAULT_RETENTION, NOW)).toEqual({ evicted: 0, trimmed: 0, orphansDropped: 1 });
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
      trimmed: 0,
      orphansDropped: 1_100,
    });
    expect(await storedItems()).toEqual(items.slice(-10).map((item) => item.id));
    expect(await db.statuses.count()).toBe(450);
  });
});
