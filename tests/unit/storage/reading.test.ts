import { beforeEach, describe, expect, it } from 'vitest';
import {
  type ArticlePage,
  adjacentArticles,
  feedForSource,
  getArticle,
  listArticles,
  markAllRead,
  markRead,
  type PageRequest,
  saveFetchedItems,
  setStarred,
  unreadCount,
} from '../../../storage';
import { db } from '../../../storage/db';
import { resetDb } from '../../support/reset-db';
import { NOW, story } from '../../support/stories';

const ids = (page: ArticlePage) => page.articles.map((article) => article.itemId);

/** Every page of a list, following `next` to the end. */
async function allPages(request: PageRequest): Promise<string[][]> {
  const pages: string[][] = [];
  let page = await listArticles(request);
  pages.push(ids(page));
  while (page.next) {
    page = await listArticles({ ...request, after: page.next });
    pages.push(ids(page));
  }
  return pages;
}

describe('reading the store', () => {
  let finance: number;
  let markets: number;

  beforeEach(async () => {
    await resetDb();
    finance = (await feedForSource('https://infofinance.com/feed')).id;
    markets = (await feedForSource('https://example.org/markets.xml')).id;
    // f1 is the newest story, f5 the oldest; the markets feed's stories fall in between.
    await saveFetchedItems(
      finance,
      [story('f1', 1), story('f2', 3), story('f3', 5), story('f4', 7), story('f5', 9)],
      NOW,
    );
    await saveFetchedItems(markets, [story('m1', 2), story('m2', 4), story('m3', 6)], NOW);
  });

  it('lists every feed newest first, page by page, without repeating or skipping a story', async () => {
    expect(await allPages({ limit: 3 })).toEqual([
      ['f1', 'm1', 'f2'],
      ['m2', 'f3', 'm3'],
      ['f4', 'f5'],
    ]);
  });

  it('lists one feed on its own', async () => {
    expect(await allPages({ feedId: markets, limit: 2 })).toEqual([['m1', 'm2'], ['m3']]);
  });

  it('pages in a stable order when stories share the same time', async () => {
    await resetDb();
    const feed = (await feedForSource('https://infofinance.com/feed')).id;
    await saveFetchedItems(
      feed,
      ['a', 'b', 'c', 'd', 'e'].map((id) => story(id, 1)),
      NOW,
    );
    expect((await allPages({ limit: 2 })).flat().sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('keeps paging from where it was when a new story arrives at the top', async () => {
    const first = await listArticles({ limit: 3 });
    await saveFetchedItems(finance, [story('breaking', 0)], NOW);
    expect(ids(await listArticles({ limit: 3, after: first.next }))).toEqual(['m2', 'f3', 'm3']);
  });

  it('counts and lists only unread stories, in one feed or all of them', async () => {
    await markRead(`${finance}:f1`);
    await markRead(`${markets}:m2`);

    expect(await unreadCount()).toBe(6);
    expect(await unreadCount(finance)).toBe(4);
    expect(await unreadCount(markets)).toBe(2);
    expect(await allPages({ filter: 'unread', limit: 4 })).toEqual([
      ['m1', 'f2', 'f3', 'm3'],
      ['f4', 'f5'],
    ]);
    expect(ids(await listArticles({ filter: 'unread', feedId: markets }))).toEqual(['m1', 'm3']);
  });

  it('stops counting at a ceiling when asked to, for a badge that says 99+', async () => {
    expect(await unreadCount(undefined, 3)).toBe(3);
    expect(await unreadCount(finance, 100)).toBe(5);
  });

  it('marks a story unread again', async () => {
    await markRead(`${finance}:f1`);
    await markRead(`${finance}:f1`, false);
    expect(await getArticle(`${finance}:f1`)).toMatchObject({ read: false });
    expect(await unreadCount()).toBe(8);
  });

  it('marks every story of one feed read, then all of them', async () => {
    expect(await markAllRead(markets)).toBe(3);
    expect(await unreadCount(markets)).toBe(0);
    expect(await unreadCount(finance)).toBe(5);

    await markAllRead();
    expect(await unreadCount()).toBe(0);
    expect((await listArticles()).articles.every((article) => article.read)).toBe(true);
  });

  it('lists starred stories newest first, and forgets a star taken away', async () => {
    await setStarred(`${finance}:f4`, true);
    await setStarred(`${markets}:m1`, true);
    await setStarred(`${finance}:f2`, true);
    await setStarred(`${finance}:f2`, false);

    expect(ids(await listArticles({ filter: 'starred' }))).toEqual(['m1', 'f4']);
    expect(ids(await listArticles({ filter: 'starred', feedId: finance }))).toEqual(['f4']);
    expect(await getArticle(`${markets}:m1`)).toMatchObject({ starred: true, read: false });
  });

  it('does not count or list a story that is no longer stored', async () => {
    await setStarred(`${finance}:f3`, true);
    await db.articles.delete(`${finance}:f3`);
    await db.statuses.update(`${finance}:f3`, { sortAt: undefined });

    expect(await unreadCount(finance)).toBe(4);
    expect(ids(await listArticles({ filter: 'starred' }))).toEqual([]);
    expect(await getArticle(`${finance}:f3`)).toBeUndefined();
  });

  it('finds the stories above and below one for j and k, in the list the reader is in', async () => {
    const f2 = await getArticle(`${finance}:f2`);
    if (!f2) throw new Error('f2 should be stored');

    const all = await adjacentArticles(f2);
    expect([all.previous?.itemId, all.next?.itemId]).toEqual(['m1', 'm2']);
    const ownFeed = await adjacentArticles(f2, { feedId: finance });
    expect([ownFeed.previous?.itemId, ownFeed.next?.itemId]).toEqual(['f1', 'f3']);
  });

  it('moves on from a story that turned read while the unread list was open', async () => {
    await markRead(`${markets}:m1`);
    const f2 = await getArticle(`${finance}:f2`);
    if (!f2) throw new Error('f2 should be stored');
    await markRead(f2.id);

    const around = await adjacentArticles(f2, { filter: 'unread' });
    expect([around.previous?.itemId, around.next?.itemId]).toEqual(['f1', 'm2']);
  });

  it('has nothing above the newest story or below the oldest', async () => {
    const [newest, oldest] = await Promise.all([getArticle(`${finance}:f1`), getArticle(`${finance}:f5`)]);
    if (!newest || !oldest) throw new Error('f1 and f5 should be stored');
    expect(await adjacentArticles(newest)).toEqual({ next: expect.objectContaining({ itemId: 'm1' }) });
    expect(await adjacentArticles(oldest)).toEqual({ previous: expect.objectContaining({ itemId: 'f4' }) });
  });
});
