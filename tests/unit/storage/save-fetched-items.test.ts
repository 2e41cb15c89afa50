import { beforeEach, describe, expect, it } from 'vitest';
import { feedForSource, getArticle, listArticles, markRead, saveFetchedItems, setStarred } from '../../../storage';
import { db } from '../../../storage/db';
import { resetDb } from '../../support/reset-db';
import { HOUR, NOW, story } from '../../support/stories';

describe('saving fetched stories', () => {
  let feedId: number;

  beforeEach(async () => {
    await resetDb();
    feedId = (await feedForSource('https://infofinance.com/feed')).id;
  });

  it('adds new stories as unread and lists them newest first', async () => {
    const result = await saveFetchedItems(feedId, [story('a', 5), story('b', 1), story('c', 3)], NOW);
    expect(result).toEqual({ added: 3, addedIds: [`${feedId}:b`, `${feedId}:c`, `${feedId}:a`], updated: 0 });
    const latest = (await listArticles({ limit: 10 })).articles;
    expect(latest.map((article) => article.title)).toEqual(['Story b', 'Story c', 'Story a']);
    expect(latest.every((article) => !article.read && !article.starred)).toBe(true);
  });

  it('keeps a story read and starred when the feed sends it again, edited', async () => {
    await saveFetchedItems(feedId, [story('a', 5)], NOW);
    await db.statuses.update(`${feedId}:a`, { read: 1, starred: 1 });

    const result = await saveFetchedItems(feedId, [story('a', 5, { title: 'Story a, corrected' })], NOW + HOUR);
    expect(result).toMatchObject({ added: 0, updated: 1 });
    const [article] = (await listArticles({ limit: 1 })).articles;
    expect(article).toMatchObject({ title: 'Story a, corrected', read: true, starred: true });
  });

  it('does not count a story as new when it comes back after dropping out of the store', async () => {
    await saveFetchedItems(feedId, [story('a', 5)], NOW);
    await db.articles.delete(`${feedId}:a`);
    expect(await saveFetchedItems(feedId, [story('a', 5)], NOW + HOUR)).toMatchObject({ added: 0, updated: 0 });
  });

  it('never sorts a story dated in the future above the ones that arrived after it', async () => {
    await saveFetchedItems(feedId, [story('future', -48)], NOW);
    await saveFetchedItems(feedId, [story('later', 0)], NOW + HOUR);
    expect((await listArticles({ limit: 2 })).articles.map((article) => article.itemId)).toEqual(['later', 'future']);
  });

  it('keeps one copy of an item that a feed lists twice', async () => {
    expect(await saveFetchedItems(feedId, [story('a', 2), story('a', 2)], NOW)).toMatchObject({ added: 1, updated: 0 });
    expect(await db.articles.count()).toBe(1);
  });

  it('dates a story without a date by when it was first seen', async () => {
    await saveFetchedItems(feedId, [story('undated', 0, { publishedAt: undefined })], NOW);
    expect((await listArticles({ limit: 1 })).articles[0]?.sortAt).toBe(NOW);
  });

  it('keeps the read mark and star of a story whose feed gave it a new id, and does not show it twice', async () => {
    await saveFetchedItems(feedId, [story('old-id', 5, { url: 'https://infofinance.com/gold' })], NOW);
    await markRead(`${feedId}:old-id`);
    await setStarred(`${feedId}:old-id`, true);

    const result = await saveFetchedItems(
      feedId,
      [story('new-id', 5, { url: 'https://infofinance.com/gold' })],
      NOW + HOUR,
    );

    expect(result).toMatchObject({ added: 0, updated: 1 });
    const { articles } = await listArticles();
    expect(articles.map((article) => article.itemId)).toEqual(['new-id']);
    expect(articles[0]).toMatchObject({ read: true, starred: true });
    expect(await getArticle(`${feedId}:old-id`)).toBeUndefined();
  });

  it('keeps two stories apart when they share a URL and both ids are still in the feed', async () => {
    const url = 'https://infofinance.com/live';
    await saveFetchedItems(feedId, [story('a', 2, { url })], NOW);
    expect(await saveFetchedItems(feedId, [story('a', 2, { url }), story('b', 1, { url })], NOW + HOUR)).toMatchObject({
      added: 1,
      updated: 1,
    });
  });

  it('keeps stories of different feeds apart even when their ids are the same', async () => {
    const other = (await feedForSource('https://example.org/feed')).id;
    await saveFetchedItems(feedId, [story('1', 2)], NOW);
    await saveFetchedItems(other, [story('1', 1, { title: 'Another story 1' })], NOW);
    await markRead(`${feedId}:1`);
    expect((await listArticles()).articles.map((article) => [article.title, article.read])).toEqual([
      ['Another story 1', false],
      ['Story 1', true],
    ]);
  });

  it('does not take a starred story for a new one that merely links to the same page', async () => {
    const url = 'https://infofinance.com/';
    await saveFetchedItems(feedId, [story('a', 5, { url, title: 'Markets open higher' })], NOW);
    await setStarred(`${feedId}:a`, true);
    await markRead(`${feedId}:a`);

    const result = await saveFetchedItems(feedId, [story('b', 1, { url, title: 'Gold slips' })], NOW + HOUR);

    expect(result).toMatchObject({ added: 1, addedIds: [`${feedId}:b`] });
    expect(await getArticle(`${feedId}:a`)).toMatchObject({ starred: true, read: true });
    expect(await getArticle(`${feedId}:b`)).toMatchObject({ starred: false, read: false });
  });
});
