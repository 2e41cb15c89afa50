import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_VERSION, openDb, type ReaderDb } from '../../../storage/db';
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

describe('upgrading the database', () => {
  let db: ReaderDb | undefined;

  afterEach(async () => {
    db?.close();
    await openDb(NAME).delete();
  });

  it(`keeps every story, read mark and star from version 1 to version ${LATEST_VERSION}`, async () => {
    await fillVersion1();
    db = openDb(NAME);

    const articles = await db.articles.orderBy('[sortAt+id]').reverse().toArray();
    expect(articles.map((each) => each.itemId)).toEqual(['gold', 'rates', 'dong']);
    const statuses = await db.statuses.toArray();
    expect(statuses.map(({ articleId, read, starred }) => [articleId, read, starred])).toEqual([
      ['1:dong', 1, 0],
      ['1:gold', 1, 1],
      ['1:gone', 1, 0],
      ['1:rates', 0, 0],
    ]);
    expect(await db.feeds.toArray()).toEqual([{ id: 1, url: 'https://infofinance.com/feed', title: 'Info Finance' }]);
  });

  it('indexes the upgraded stories for search, unread and starred lists', async () => {
    await fillVersion1();
    db = openDb(NAME);

    expect(await db.articles.where('words').equals('vang').primaryKeys()).toEqual(['1:gold']);
    expect(await db.articles.where('words').equals('dong').primaryKeys()).toEqual(['1:dong', '1:rates']);
    const unread = await db.statuses
      .where('[read+sortAt+articleId]')
      .between([0, -Infinity], [0, [[]]])
      .primaryKeys();
    expect(unread).toEqual(['1:rates']);
    const starred = await db.statuses
      .where('[starred+sortAt+articleId]')
      .between([1, -Infinity], [1, [[]]])
      .primaryKeys();
    expect(starred).toEqual(['1:gold']);
  });
});
