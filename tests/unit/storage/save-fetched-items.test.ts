import { beforeEach, describe, expect, it } from 'vitest';
import { ensureFeed, type FetchedItem, listArticles, saveFetchedItems } from '../../../storage';
import { db } from '../../../storage/db';
import { resetDb } from '../../support/reset-db';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 10, 26, 9, 0);

function story(id: string, hoursAgo: number, extra: Partial<FetchedItem> = {}): FetchedItem {
  return {
    id,
    title: `Story ${id}`,
    url: `https://infofinance.com/${id}`,
    publishedAt: NOW - hoursAgo * HOUR,
    categories: [],
    ...extra,
  };
}

describe('saving fetched stories', () => {
  let feedId: number;

  beforeEach(async () => {
    await resetDb();
    feedId = (await ensureFeed('https://infofinance.com/feed')).id;
  });

  it('adds new stories as unread and lists them newest first', async () => {
    const result = await saveFetchedItems(feedId, [story('a', 5), story('b', 1), story('c', 3)], NOW);
    expect(result).toEqual({ added: 3, updated: 0 });
    const latest = (await listArticles({ limit: 10 })).articles;
    expect(latest.map((article) => article.title)).toEqual(['Story b', 'Story c', 'Story a']);
    expect(latest.every((article) => !article.read && !article.starred)).toBe(true);
  });

  it('keeps a story read and starred when the feed sends it again, edited', async () => {
    await saveFetchedItems(feedId, [story('a', 5)], NOW);
    await db.statuses.update(`${feedId}:a`, { read: 1, starred: 1 });

    const result = await saveFetchedItems(feedId, [story('a', 5, { title: 'Story a, corrected' })], NOW + HOUR);
    expect(result).toEqual({ added: 0, updated: 1 });
    const [article] = (await listArticles({ limit: 1 })).articles;
    expect(article).toMatchObject({ title: 'Story a, corrected', read: true, starred: true });
  });

  it('does not count a story as new when it comes back after dropping out of the store', async () => {
    await saveFetchedItems(feedId, [story('a', 5)], NOW);
    await db.articles.delete(`${feedId}:a`);
    expect(await saveFetchedItems(feedId, [story('a', 5)], NOW + HOUR)).toEqual({ added: 0, updated: 0 });
  });

  it('never sorts a story dated in the future above the ones that arrived after it', async () => {
    await saveFetchedItems(feedId, [story('future', -48)], NOW);
    await saveFetchedItems(feedId, [story('later', 0)], NOW + HOUR);
    expect((await listArticles({ limit: 2 })).articles.map((article) => article.itemId)).toEqual(['later', 'future']);
  });

  it('keeps one copy of an item that a feed lists twice', async () => {
    expect(await saveFetchedItems(feedId, [story('a', 2), story('a', 2)], NOW)).toEqual({ added: 1, updated: 0 });
    expect(await db.articles.count()).toBe(1);
  });

  it('dates a story without a date by when it was first seen', async () => {
    await saveFetchedItems(feedId, [story('undated', 0, { publishedAt: undefined })], NOW);
    expect((await listArticles({ limit: 1 })).articles[0]?.sortAt).toBe(NOW);
  });
});
