import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  feedForSource,
  getArticle,
  isQuotaError,
  markRead,
  StoreFullError,
  saveFetchedItems,
  setStarred,
} from '../../../storage';
import { db } from '../../../storage/db';
import { resetDb } from '../../support/reset-db';
import { NOW, story } from '../../support/stories';

const quotaExceeded = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
/** A full disk as Dexie reports it from an aborted transaction: https://dexie.org/docs/DexieErrors/Dexie.AbortError */
const diskFull = () => new Dexie.AbortError('Transaction aborted', quotaExceeded());

describe('telling a full disk from other errors', () => {
  it.each([
    ['a QuotaExceededError', quotaExceeded()],
    ["Dexie's QuotaExceededError", new Dexie.QuotaExceededError('Quota exceeded')],
    ['an AbortError with a QuotaExceededError inside', diskFull()],
    ['an AbortError inside an AbortError with one inside', new Dexie.AbortError('Aborted', diskFull())],
    [
      'a BulkError with a QuotaExceededError among its failures',
      new Dexie.BulkError('bulkPut', { 3: quotaExceeded() }),
    ],
    ['an error caused by a QuotaExceededError', new Error('Saving failed', { cause: quotaExceeded() })],
    ["Firefox's legacy quota error", { name: 'NS_ERROR_DOM_QUOTA_REACHED', message: '' }],
  ])('knows %s means the disk is full', (_, error) => {
    expect(isQuotaError(error)).toBe(true);
  });

  it.each([
    ['an AbortError without a cause', new Dexie.AbortError('Transaction aborted')],
    ['an AbortError with a ConstraintError inside', new Dexie.AbortError('Aborted', new Dexie.ConstraintError('Key'))],
    ['a TypeError', new TypeError('x is undefined')],
    ['the words QuotaExceededError alone', 'QuotaExceededError'],
    ['nothing', undefined],
  ])('knows %s does not', (_, error) => {
    expect(isQuotaError(error)).toBe(false);
  });
});

describe('saving when the disk is full', () => {
  let feedId: number;
  const id = (itemId: string) => `${feedId}:${itemId}`;

  beforeEach(async () => {
    await resetDb();
    feedId = (await feedForSource('https://infofinance.com/feed')).id;
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  describe('with read, unread and starred stories stored', () => {
    beforeEach(async () => {
      await saveFetchedItems(
        feedId,
        [story('starred-oldest', 50), story('read-old', 40), story('read-newer', 30), story('unread', 20)],
        NOW,
      );
      await setStarred(id('starred-oldest'), true);
      await markRead(id('starred-oldest'));
      await markRead(id('read-old'));
      await markRead(id('read-newer'));
    });

    it('evicts the oldest read story that is not starred and saves the fetch on a second try', async () => {
      const bulkPut = vi.spyOn(db.articles, 'bulkPut').mockImplementationOnce(() => {
        throw diskFull();
      });

      expect(await saveFetchedItems(feedId, [story('new-1', 2), story('new-2', 1)], NOW)).toEqual({
        added: 2,
        addedIds: [`${feedId}:new-2`, `${feedId}:new-1`],
        updated: 0,
      });

      expect(bulkPut).toHaveBeenCalledTimes(2);
      expect(await getArticle(id('new-1'))).toBeDefined();
      expect(await getArticle(id('new-2'))).toBeDefined();
      expect(await getArticle(id('read-old'))).toBeUndefined();
      expect(await db.statuses.get(id('read-old'))).toMatchObject({ read: 1 });
      for (const kept of ['starred-oldest', 'read-newer', 'unread']) expect(await getArticle(id(kept))).toBeDefined();
    });

    it('gives up with StoreFullError when the disk is still full, losing nothing starred or saved', async () => {
      const bulkPut = vi.spyOn(db.articles, 'bulkPut').mockImplementation(() => {
        throw diskFull();
      });

      const saving = saveFetchedItems(feedId, [story('new', 1)], NOW);

      await expect(saving).rejects.toBeInstanceOf(StoreFullError);
      await expect(saving).rejects.toMatchObject({ name: 'StoreFullError', message: /no room left/ });
      expect(bulkPut).toHaveBeenCalledTimes(2);
      expect(await db.statuses.get(id('new'))).toBeUndefined();
      expect(await getArticle(id('starred-oldest'))).toMatchObject({ starred: true, read: true });
      expect(await getArticle(id('read-newer'))).toMatchObject({ read: true });
      expect(await getArticle(id('unread'))).toMatchObject({ read: false });
      // Evicted to make room, but still remembered as read.
      expect(await db.statuses.get(id('read-old'))).toMatchObject({ read: 1 });
    });
  });

  it('evicts the oldest unread story when none is read, and never a starred one', async () => {
    await saveFetchedItems(feedId, [story('starred', 30), story('unread-old', 20), story('unread-new', 10)], NOW);
    await setStarred(id('starred'), true);
    vi.spyOn(db.articles, 'bulkPut').mockImplementationOnce(() => {
      throw diskFull();
    });

    await saveFetchedItems(feedId, [story('new', 1)], NOW);

    expect(await getArticle(id('unread-old'))).toBeUndefined();
    for (const kept of ['starred', 'unread-new', 'new']) expect(await getArticle(id(kept))).toBeDefined();
  });

  it('keeps every starred story when nothing else could be evicted', async () => {
    await saveFetchedItems(feedId, [story('a', 3), story('b', 2)], NOW);
    await setStarred(id('a'), true);
    await setStarred(id('b'), true);
    vi.spyOn(db.articles, 'bulkPut').mockImplementation(() => {
      throw diskFull();
    });

    await expect(saveFetchedItems(feedId, [story('new', 1)], NOW)).rejects.toBeInstanceOf(StoreFullError);
    expect(await db.articles.toCollection().primaryKeys()).toEqual([id('a'), id('b')]);
  });

  it('passes other errors on without evicting anything', async () => {
    await saveFetchedItems(feedId, [story('read', 3)], NOW);
    await markRead(id('read'));
    const bulkPut = vi.spyOn(db.articles, 'bulkPut').mockImplementationOnce(() => {
      throw new Dexie.ConstraintError('Key already exists');
    });

    await expect(saveFetchedItems(feedId, [story('new', 1)], NOW)).rejects.toMatchObject({ name: 'ConstraintError' });
    expect(bulkPut).toHaveBeenCalledTimes(1);
    expect(await getArticle(id('read'))).toBeDefined();
  });
});
