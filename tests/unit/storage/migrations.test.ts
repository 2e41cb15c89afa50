import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  getArticle,
  listArticles,
  saveFetchedItems,
  saveOfflineCopy,
  searchArticles,
  storiesToDownload,
  unreadCount,
} from '../../../storage';
import { db, LATEST_VERSION, openDb, type ReaderDb } from '../../../storage/db';
import { searchWords } from '../../../storage/search-words';
import { resetDb } from '../../support/reset-db';
import { NOW } from '../../support/stories';

const NAME = 'migration-test';
const HOUR = 3_600_000;

/** What version 1 stored: articles without a word index, statuses without a place in the list. */
async function fillVersion1(): Promise<void> {
  const v1 = openDb(NAME, 1);
  await v1.table('feeds').add({ url: 'https://infofinance.com/feed', title: 'Info Finance' });
  await v1
    .table('articles')
    .bulkAdd([
      article('gold', 'Giá vàng hôm nay tăng mạnh', 1),
      article('rates', 'Lãi suất ngân hàng đồng loạt giảm', 2),
      article('dong', 'Đồng Việt Nam giữ giá', 3),
    ]);
  await v1.table('statuses').bulkAdd([
    { articleId: '1:gold', feedId: 1, read: 1, starred: 1, firstSeenAt: NOW - HOUR },
    { articleId: '1:rates', feedId: 1, read: 0, starred: 0, firstSeenAt: NOW - 2 * HOUR },
    { articleId: '1:dong', feedId: 1, read: 1, starred: 0, firstSeenAt: NOW - 3 * HOUR },
    // A story evicted long ago: its status stays so it is not new again if it comes back.
    { articleId: '1:gone', feedId: 1, read: 1, starred: 0, firstSeenAt: NOW - 900 * HOUR },
  ]);
  v1.close();
}

/**
 * What version 3 stored: articles, their search words in rows of their own, statuses with their place in the list,
 * and a story evicted long ago. Nothing was saved for reading offline yet.
 */
async function fillVersion3(name: string): Promise<void> {
  const v3 = openDb(name, 3);
  await v3.table('feeds').add({ url: 'https://infofinance.com/feed', title: 'Info Finance' });
  const articles = [
    article('gold', 'Giá vàng hôm nay tăng mạnh', 1),
    article('rates', 'Lãi suất ngân hàng đồng loạt giảm', 2),
    article('dong', 'Đồng Việt Nam giữ giá', 3),
  ];
  await v3.table('articles').bulkAdd(articles);
  await v3
    .table('storyWords')
    .bulkAdd(articles.map(({ id, feedId, sortAt, title }) => ({ id, feedId, sortAt, words: searchWords({ title }) })));
  await v3.table('statuses').bulkAdd([
    { articleId: '1:gold', feedId: 1, read: 1, starred: 1, firstSeenAt: NOW - HOUR, sortAt: NOW - HOUR },
    { articleId: '1:rates', feedId: 1, read: 0, starred: 0, firstSeenAt: NOW - 2 * HOUR, sortAt: NOW - 2 * HOUR },
    { articleId: '1:dong', feedId: 1, read: 1, starred: 0, firstSeenAt: NOW - 3 * HOUR, sortAt: NOW - 3 * HOUR },
    { articleId: '1:gone', feedId: 1, read: 1, starred: 0, firstSeenAt: NOW - 900 * HOUR },
  ]);
  v3.close();
}

function article(itemId: string, title: string, hoursAgo: number) {
  return {
    id: `1:${itemId}`,
    feedId: 1,
    itemId,
    title,
    categories: [],
    sortAt: NOW - hoursAgo * HOUR,
    fetchedAt: NOW,
  };
}

/** Market reports, older than the three stories above: "thi truong" is in more stories than search reads whole. */
const REPORTS = 1_100;

/**
 * What version 2 stored in the reader's own database: articles carrying their search words, statuses with their place
 * in the list, and a story evicted long ago.
 */
async function fillVersion2(): Promise<void> {
  const v2 = openDb(db.name, 2);
  await v2.table('feeds').add({ url: 'https://infofinance.com/feed', title: 'Info Finance' });
  const articles = [
    article('gold', 'Giá vàng hôm nay tăng mạnh', 1),
    article('rates', 'Lãi suất ngân hàng đồng loạt giảm', 2),
    { ...article('dong', 'Đồng Việt Nam giữ giá', 3), contentHtml: '<p>Tỷ giá <b>trung tâm</b> ổn định</p>' },
    ...Array.from({ length: REPORTS }, (_, index) =>
      article(`report-${index}`, `Bản tin thị trường số ${index}`, 10 + index),
    ),
  ].map((row) => ({ ...row, words: searchWords(row) }));
  await v2.table('articles').bulkAdd(articles);
  const status = (itemId: string, read: 0 | 1, starred: 0 | 1, sortAt?: number) => ({
    articleId: `1:${itemId}`,
    feedId: 1,
    read,
    starred,
    firstSeenAt: NOW,
    ...(sortAt === undefined ? {} : { sortAt }),
  });
  await v2
    .table('statuses')
    .bulkAdd([
      ...articles.map((row) =>
        status(row.itemId, row.itemId === 'rates' ? 0 : 1, row.itemId === 'gold' ? 1 : 0, row.sortAt),
      ),
      status('gone', 1, 0),
    ]);
  v2.close();
}

const itemIds = (articles: { itemId: string }[]) => articles.map((each) => each.itemId);

describe('upgrading the database', () => {
  let opened: ReaderDb | undefined;

  afterEach(async () => {
    opened?.close();
    await openDb(NAME).delete();
  });

  it.each([
    { from: 1, fill: fillVersion1 },
    { from: 3, fill: () => fillVersion3(NAME) },
  ])(`keeps every story, read mark and star from version $from to version ${LATEST_VERSION}`, async ({ fill }) => {
    await fill();
    opened = openDb(NAME);

    const articles = await opened.articles.orderBy('[sortAt+id]').reverse().toArray();
    expect(articles.map((each) => each.itemId)).toEqual(['gold', 'rates', 'dong']);
    const statuses = await opened.statuses.toArray();
    expect(statuses.map(({ articleId, read, starred }) => [articleId, read, starred])).toEqual([
      ['1:dong', 1, 0],
      ['1:gold', 1, 1],
      ['1:gone', 1, 0],
      ['1:rates', 0, 0],
    ]);
    expect(await opened.feeds.toArray()).toEqual([
      { id: 1, url: 'https://infofinance.com/feed', title: 'Info Finance' },
    ]);
    expect(opened.verno).toBe(LATEST_VERSION);
  });

  it('indexes the upgraded stories for search, unread and starred lists', async () => {
    await fillVersion1();
    opened = openDb(NAME);

    expect(await opened.storyWords.where('words').equals('vang').primaryKeys()).toEqual(['1:gold']);
    expect(await opened.storyWords.where('words').equals('dong').primaryKeys()).toEqual(['1:dong', '1:rates']);
    const unread = await opened.statuses
      .where('[read+sortAt+articleId]')
      .between([0, -Infinity], [0, [[]]])
      .primaryKeys();
    expect(unread).toEqual(['1:rates']);
    const starred = await opened.statuses
      .where('[starred+sortAt+articleId]')
      .between([1, -Infinity], [1, [[]]])
      .primaryKeys();
    expect(starred).toEqual(['1:gold']);
  });
});

describe('upgrading the reader’s database from version 2', () => {
  beforeEach(async () => {
    await db.delete();
    await fillVersion2();
    await db.open();
  });

  afterEach(resetDb);

  it('keeps every story, read mark and star', async () => {
    const { articles } = await listArticles({ limit: REPORTS + 10 });
    expect(articles).toHaveLength(REPORTS + 3);
    expect(articles.slice(0, 3).map(({ itemId, read, starred }) => ({ itemId, read, starred }))).toEqual([
      { itemId: 'gold', read: true, starred: true },
      { itemId: 'rates', read: false, starred: false },
      { itemId: 'dong', read: true, starred: false },
    ]);
    expect(await getArticle('1:dong')).toMatchObject({ contentHtml: '<p>Tỷ giá <b>trung tâm</b> ổn định</p>' });
    expect(itemIds((await listArticles({ filter: 'unread' })).articles)).toEqual(['rates']);
    expect(itemIds((await listArticles({ filter: 'starred' })).articles)).toEqual(['gold']);
    expect(await unreadCount()).toBe(1);
    expect(await db.statuses.get('1:gone')).toMatchObject({ read: 1, starred: 0 });
  });

  it('finds the upgraded stories by rare and by common words, and by words of their text', async () => {
    expect(itemIds(await searchArticles('vang '))).toEqual(['gold']);
    expect(itemIds(await searchArticles('dong'))).toEqual(['rates', 'dong']);
    expect(itemIds(await searchArticles('trung tam'))).toEqual(['dong']);
    expect(itemIds(await searchArticles('thi truong', { limit: 3 }))).toEqual(['report-0', 'report-1', 'report-2']);
    expect(itemIds(await searchArticles('ban tin so 1099'))).toEqual(['report-1099']);
  });

  it('keeps the words apart from the stories, and in step with them when stories change', async () => {
    expect(await db.articles.get('1:gold')).not.toHaveProperty('words');
    expect(await db.storyWords.count()).toBe(REPORTS + 3);

    await saveFetchedItems(
      1,
      [{ id: 'gold', title: 'Giá bạc lập đỉnh', publishedAt: NOW - HOUR, categories: [] }],
      NOW,
    );
    expect(itemIds(await searchArticles('vang '))).toEqual([]);
    expect(itemIds(await searchArticles('gia bac'))).toEqual(['gold']);
  });
});

describe('upgrading the reader’s database from version 3', () => {
  beforeEach(async () => {
    await db.delete();
    await fillVersion3(db.name);
    await db.open();
  });

  afterEach(resetDb);

  it('keeps every story, read mark and star, with nothing saved for reading offline yet', async () => {
    const { articles } = await listArticles();
    expect(articles.map(({ itemId, read, starred, offline }) => ({ itemId, read, starred, offline }))).toEqual([
      { itemId: 'gold', read: true, starred: true, offline: undefined },
      { itemId: 'rates', read: false, starred: false, offline: undefined },
      { itemId: 'dong', read: true, starred: false, offline: undefined },
    ]);
    expect(itemIds((await listArticles({ filter: 'unread' })).articles)).toEqual(['rates']);
    expect(itemIds((await listArticles({ filter: 'starred' })).articles)).toEqual(['gold']);
    expect(itemIds(await searchArticles('vang '))).toEqual(['gold']);
    expect(await db.statuses.get('1:gone')).toMatchObject({ read: 1, starred: 0 });
    expect((await listArticles({ filter: 'downloaded' })).articles).toEqual([]);
  });

  it('has the upgraded stories downloaded for reading offline, newest first', async () => {
    expect(await storiesToDownload({ since: NOW - 24 * HOUR, limit: 10 }, NOW)).toEqual([
      '1:gold',
      '1:rates',
      '1:dong',
    ]);

    await saveOfflineCopy({ id: '1:rates', text: 'feed', pictures: [], missing: [] }, NOW);
    expect(itemIds((await listArticles({ filter: 'downloaded' })).articles)).toEqual(['rates']);
  });
});
