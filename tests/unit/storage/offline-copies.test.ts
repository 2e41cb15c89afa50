import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type ArticleView,
  applyRetention,
  clearReadStories,
  DEFAULT_RETENTION,
  type DownloadedCopy,
  dropPictures,
  feedForSource,
  getArticle,
  getStoryCopy,
  listArticleIds,
  listArticles,
  markRead,
  type SavedPicture,
  saveFetchedItems,
  saveOfflineCopy,
  setStarred,
  storedBytes,
  storiesToDownload,
} from '../../../storage';
import { db } from '../../../storage/db';
import { resetDb } from '../../support/reset-db';
import { DAY, HOUR, NOW, story } from '../../support/stories';

const MB = 1024 * 1024;
/** A full disk as Dexie reports it from an aborted transaction: https://dexie.org/docs/DexieErrors/Dexie.AbortError */
const diskFull = () =>
  new Dexie.AbortError('Transaction aborted', new DOMException('The quota has been exceeded.', 'QuotaExceededError'));

/** A picture of `bytes` bytes at this address. */
const picture = (url: string, bytes: number) => ({ url, type: 'image/jpeg', data: new ArrayBuffer(bytes) });
const PAGE = { html: '<p>The whole story, as the publisher’s page has it.</p>', byline: 'Lan Nguyễn' };

describe('stories saved for reading offline', () => {
  let feedId: number;
  const id = (itemId: string) => `${feedId}:${itemId}`;
  /** A download of a story that found its whole text in the feed and had no picture to fetch. */
  const download = (itemId: string, parts: Partial<DownloadedCopy> = {}): DownloadedCopy => ({
    id: id(itemId),
    text: 'feed',
    pictures: [],
    missing: [],
    ...parts,
  });
  /** Addresses of a story's saved pictures, and the size of each. */
  const savedPictures = async (itemId: string) =>
    (await getStoryCopy(id(itemId))).pictures.map(({ url, data }) => [url, data.byteLength]);

  beforeEach(async () => {
    await resetDb();
    feedId = (await feedForSource('https://infofinance.com/feed')).id;
    await saveFetchedItems(feedId, [story('a', 3), story('b', 2), story('c', 1)], NOW);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  describe('saving a copy', () => {
    it.each<{ what: string; parts: Partial<DownloadedCopy>; offline: ArticleView['offline'] }>([
      { what: "the feed's whole text and every picture", parts: {}, offline: 'complete' },
      { what: "the page's text and every picture", parts: { text: 'page', page: PAGE }, offline: 'complete' },
      { what: 'the feed’s summary alone', parts: { text: 'summary' }, offline: 'partial' },
      {
        what: 'the whole text but one picture missing',
        parts: { missing: [{ url: 'https://infofinance.com/a.jpg', why: 'too-large' }] },
        offline: 'partial',
      },
    ])('calls a copy with $what $offline', async ({ parts, offline }) => {
      const copy = await saveOfflineCopy(download('a', parts), NOW);

      expect(copy?.complete).toBe(offline === 'complete' ? 1 : 0);
      expect((await getArticle(id('a')))?.offline).toBe(offline);
    });

    it('shows no offline copy on a story that has none', async () => {
      await saveOfflineCopy(download('a'), NOW);

      expect((await listArticles()).articles.map(({ itemId, offline }) => [itemId, offline])).toEqual([
        ['c', undefined],
        ['b', undefined],
        ['a', 'complete'],
      ]);
    });

    it("keeps the first download's page text when a second one cannot read the page", async () => {
      await saveOfflineCopy(download('a', { text: 'page', page: PAGE }), NOW);
      const again = await saveOfflineCopy(download('a', { text: 'summary', retryAt: NOW + 2 * HOUR }), NOW + HOUR);

      expect(again).toMatchObject({ text: 'page', complete: 1, attempts: 2 });
      expect((await getStoryCopy(id('a'))).text).toEqual({ id: id('a'), ...PAGE });
    });

    it('keeps a picture saved before that could not be fetched again, and does not list it missing', async () => {
      const [lead, chart] = ['https://infofinance.com/lead.jpg', 'https://cdn.infofinance.com/chart.png'];
      await saveOfflineCopy(download('a', { pictures: [picture(lead, 100), picture(chart, 200)] }), NOW);
      const again = await saveOfflineCopy(
        download('a', {
          pictures: [picture(lead, 150)],
          missing: [{ url: chart, why: 'failed' }],
          retryAt: NOW + HOUR,
        }),
        NOW + HOUR,
      );

      expect(again).toMatchObject({ complete: 1, pictures: 2, pictureBytes: 350, missing: [] });
      expect(again).not.toHaveProperty('retryAt');
      expect(await savedPictures('a')).toEqual([
        [chart, 200],
        [lead, 150],
      ]);
    });

    it('forgets a picture the story no longer shows', async () => {
      await saveOfflineCopy(download('a', { pictures: [picture('https://infofinance.com/old.jpg', 100)] }), NOW);
      await saveOfflineCopy(download('a', { pictures: [picture('https://infofinance.com/new.jpg', 100)] }), NOW);

      expect(await savedPictures('a')).toEqual([['https://infofinance.com/new.jpg', 100]]);
    });

    it('saves nothing for a story no longer stored, and says so', async () => {
      const gone = { ...download('a', { text: 'page', page: PAGE }), id: id('gone') };

      expect(await saveOfflineCopy({ ...gone, pictures: [picture('https://infofinance.com/g.jpg', 10)] })).toBe(
        undefined,
      );
      expect([await db.copies.count(), await db.savedTexts.count(), await db.savedPictures.count()]).toEqual([0, 0, 0]);
    });

    it('records the bytes it keeps, which the store counts toward its budget', async () => {
      const pictures = [picture('https://infofinance.com/1.jpg', 3_000), picture('https://infofinance.com/2.jpg', 500)];
      const copy = await saveOfflineCopy(download('a', { text: 'page', page: PAGE, pictures }), NOW);
      const rows = [await db.articles.get(id('a')), await db.storyWords.get(id('a'))];

      expect(copy).toMatchObject({
        storyBytes: rows.reduce((sum, row) => sum + JSON.stringify(row).length, 0),
        textBytes: PAGE.html.length + PAGE.byline.length,
        pictureBytes: 3_500,
        pictures: 2,
      });
      // Stories b and c have no copy yet: each counts as much as the one copy's story.
      expect(await storedBytes()).toEqual({
        text: 3 * (copy?.storyBytes ?? 0) + (copy?.textBytes ?? 0),
        pictures: 3_500,
      });
    });
  });

  describe('when the disk is full', () => {
    it('keeps the text, lists the pictures as having no space, and loses no other story', async () => {
      await markRead(id('a'));
      // Pictures do not fit; the story's text does.
      const bulkPut = db.savedPictures.bulkPut.bind(db.savedPictures);
      vi.spyOn(db.savedPictures, 'bulkPut').mockImplementation((async (rows: SavedPicture[]) => {
        if (rows.length > 0) throw diskFull();
        return bulkPut(rows);
      }) as typeof bulkPut);
      const pictures = [picture('https://infofinance.com/1.jpg', 10), picture('https://infofinance.com/2.jpg', 10)];

      const copy = await saveOfflineCopy(download('c', { text: 'page', page: PAGE, pictures }), NOW);

      expect(copy).toMatchObject({
        text: 'page',
        complete: 0,
        pictures: 0,
        missing: [
          { url: 'https://infofinance.com/1.jpg', why: 'no-space' },
          { url: 'https://infofinance.com/2.jpg', why: 'no-space' },
        ],
      });
      expect((await getStoryCopy(id('c'))).text?.html).toBe(PAGE.html);
      expect(await db.articles.toCollection().primaryKeys()).toEqual([id('a'), id('b'), id('c')]);
    });

    it("frees the oldest read stories' pictures before evicting any story", async () => {
      for (const itemId of ['a', 'b', 'c']) {
        await saveOfflineCopy(
          download(itemId, { pictures: [picture(`https://infofinance.com/${itemId}.jpg`, 300_000)] }),
        );
      }
      await markRead(id('a'));
      await markRead(id('b'));
      const bulkPut = vi.spyOn(db.articles, 'bulkPut').mockImplementationOnce(() => {
        throw diskFull();
      });

      await saveFetchedItems(feedId, [story('new', 0)], NOW);

      expect(bulkPut).toHaveBeenCalledTimes(2);
      expect(await db.articles.count()).toBe(4);
      expect(await savedPictures('a')).toEqual([]);
      expect(await savedPictures('b')).toEqual([['https://infofinance.com/b.jpg', 300_000]]);
      expect(await savedPictures('c')).toEqual([['https://infofinance.com/c.jpg', 300_000]]);
    });
  });

  describe('choosing the stories to download', () => {
    const recent = { since: NOW - 7 * DAY, limit: 10 };

    it('lists recent stories without a copy, newest first, and skips those saved whole', async () => {
      await saveFetchedItems(feedId, [story('last-month', 30 * 24)], NOW);
      await saveOfflineCopy(download('b'), NOW);

      expect(await storiesToDownload(recent, NOW)).toEqual([id('c'), id('a')]);
      expect(await storiesToDownload({ ...recent, limit: 1 }, NOW)).toEqual([id('c')]);
    });

    it('looks past many stories already saved for the few that are not', async () => {
      // Newer than a, b and c: s0 is the newest; all but the 10 oldest are saved whole.
      const many = Array.from({ length: 250 }, (_, index) => story(`s${index}`, index / 1_000));
      await saveFetchedItems(feedId, many, NOW);
      for (const { id } of many.slice(0, 240)) await saveOfflineCopy(download(id), NOW);

      expect(await storiesToDownload({ ...recent, limit: 11 }, NOW)).toEqual([
        ...many.slice(240).map((item) => id(item.id)),
        id('c'),
      ]);
    });

    it('looks only among the newest stories, so that a run stays cheap in a large store', async () => {
      const many = Array.from({ length: 250 }, (_, index) => story(`s${index}`, index / 1_000));
      await saveFetchedItems(feedId, many, NOW);
      for (const { id } of many.slice(0, 240)) await saveOfflineCopy(download(id), NOW);

      expect(await storiesToDownload({ ...recent, limit: 11, newest: 245 }, NOW)).toEqual(
        many.slice(240, 245).map((item) => id(item.id)),
      );
    });

    it.each([
      { when: 'before its time to try again', at: NOW + HOUR - 1, downloads: 1, retaken: false },
      { when: 'once its time to try again has come', at: NOW + HOUR, downloads: 1, retaken: true },
      { when: 'after the third try', at: NOW + HOUR, downloads: 3, retaken: false },
    ])('retakes an incomplete copy only $when', async ({ at, downloads, retaken }) => {
      for (let index = 0; index < downloads; index += 1) {
        await saveOfflineCopy(download('b', { text: 'summary', retryAt: NOW + HOUR }), NOW);
      }

      expect((await storiesToDownload({ ...recent, maxAttempts: 3 }, at)).includes(id('b'))).toBe(retaken);
    });

    it.each([
      ['the budget took', () => applyRetention({ ...DEFAULT_RETENTION, budgetMb: 1 }, NOW)],
      ['the reader dropped', () => dropPictures()],
    ])('does not retake a copy whose pictures %s', async (_, drop) => {
      await markRead(id('b'));
      await saveOfflineCopy(
        download('b', {
          pictures: [picture('https://infofinance.com/big.jpg', MB)],
          missing: [{ url: 'https://infofinance.com/other.jpg', why: 'failed' }],
          retryAt: NOW + HOUR,
        }),
        NOW,
      );

      await drop();

      expect(await savedPictures('b')).toEqual([]);
      expect(await storiesToDownload(recent, NOW + DAY)).toEqual([id('c'), id('a')]);
    });
  });

  describe('dropping pictures', () => {
    it("frees every story's pictures but a starred one's, keeps the stories and their text, and says how much", async () => {
      await markRead(id('a'));
      await setStarred(id('c'), true);
      for (const [itemId, bytes] of [
        ['a', 1_000],
        ['b', 2_000],
        ['c', 4_000],
      ] as const) {
        await saveOfflineCopy(
          download(itemId, {
            text: 'page',
            page: PAGE,
            pictures: [picture(`https://infofinance.com/${itemId}.jpg`, bytes)],
          }),
        );
      }

      expect(await dropPictures()).toBe(3_000);

      expect(await savedPictures('a')).toEqual([]);
      expect(await savedPictures('b')).toEqual([]);
      expect(await savedPictures('c')).toEqual([['https://infofinance.com/c.jpg', 4_000]]);
      expect(await db.copies.get(id('b'))).toMatchObject({ complete: 0, pictures: 0, pictureBytes: 0, text: 'page' });
      expect((await getStoryCopy(id('b'))).text?.html).toBe(PAGE.html);
      expect(await storedBytes()).toMatchObject({ pictures: 4_000 });
      expect((await getArticle(id('b')))?.offline).toBe('partial');
    });
  });

  describe('when a story goes', () => {
    it.each([
      ['by the limit of stories per feed', () => applyRetention({ ...DEFAULT_RETENTION, maxStoriesPerFeed: 2 }, NOW)],
      ['with the read stories the reader cleared', () => clearReadStories()],
    ])('forgets what was saved of it when it goes %s', async (_, evict) => {
      await markRead(id('a'));
      for (const itemId of ['a', 'b']) {
        await saveOfflineCopy(
          download(itemId, {
            text: 'page',
            page: PAGE,
            pictures: [picture(`https://infofinance.com/${itemId}.jpg`, 10)],
          }),
        );
      }

      await evict();

      expect(await getArticle(id('a'))).toBeUndefined();
      expect(await getStoryCopy(id('a'))).toEqual({ pictures: [] });
      expect(await savedPictures('b')).toEqual([['https://infofinance.com/b.jpg', 10]]);
      expect(await storedBytes()).toMatchObject({ pictures: 10 });
    });

    it('keeps the copy of a story its feed now gives under another id, under that id', async () => {
      await saveOfflineCopy(download('a', { text: 'page', page: PAGE }), NOW);
      const before = await getStoryCopy(id('a'));

      await saveFetchedItems(feedId, [{ ...story('a', 3), id: 'a-renamed' }], NOW + HOUR);

      expect(await getStoryCopy(id('a'))).toEqual({ pictures: [] });
      const after = await getStoryCopy(id('a-renamed'));
      expect(after.copy).toMatchObject({ id: id('a-renamed'), complete: before.copy?.complete, text: 'page' });
      expect(after.text?.html).toBe(before.text?.html);
      expect(after.pictures.map(({ url }) => url)).toEqual(before.pictures.map(({ url }) => url));
      expect(await storiesToDownload({ since: 0, limit: 10 }, NOW + HOUR)).not.toContain(id('a-renamed'));
    });

    it('downloads a story again when its feed edits what it shows', async () => {
      await saveOfflineCopy(download('a'), NOW);
      expect(await storiesToDownload({ since: 0, limit: 10 }, NOW)).not.toContain(id('a'));

      await saveFetchedItems(
        feedId,
        [{ ...story('a', 3), contentHtml: '<p>Edited, with a new picture.</p>' }],
        NOW + HOUR,
      );

      expect((await getArticle(id('a')))?.offline).toBe('partial');
      expect(await storiesToDownload({ since: 0, limit: 10 }, NOW + HOUR)).toContain(id('a'));
    });
  });

  describe('the Downloaded list', () => {
    let markets: number;

    beforeEach(async () => {
      markets = (await feedForSource('https://example.org/markets.xml')).id;
      await saveFetchedItems(markets, [story('m1', 2.5), story('m2', 0.5)], NOW);
      for (const itemId of ['a', 'c']) await saveOfflineCopy(download(itemId), NOW);
      await saveOfflineCopy(download('b', { text: 'summary' }), NOW);
      await saveOfflineCopy({ ...download('a'), id: `${markets}:m1` }, NOW);
    });

    it('lists only stories saved whole, newest first, of every feed or of one', async () => {
      const itemIds = async (feed?: number) =>
        (await listArticles({ filter: 'downloaded', ...(feed === undefined ? {} : { feedId: feed }) })).articles.map(
          ({ itemId, offline }) => `${itemId} ${offline}`,
        );

      expect(await itemIds()).toEqual(['c complete', 'm1 complete', 'a complete']);
      expect(await itemIds(feedId)).toEqual(['c complete', 'a complete']);
      expect(await itemIds(markets)).toEqual(['m1 complete']);
      expect(await listArticleIds({ filter: 'downloaded' })).toEqual([id('c'), `${markets}:m1`, id('a')]);
      expect(await listArticleIds({ filter: 'downloaded', feedId: markets })).toEqual([`${markets}:m1`]);
    });

    it('pages through the list without repeating or skipping a story', async () => {
      const first = await listArticles({ filter: 'downloaded', limit: 2 });
      const second = await listArticles({ filter: 'downloaded', limit: 2, after: first.next });

      expect([first, second].map((page) => page.articles.map(({ itemId }) => itemId))).toEqual([['c', 'm1'], ['a']]);
      expect(second.next).toBeUndefined();
    });

    it('keeps a story in its place when the feed dates it earlier', async () => {
      await saveFetchedItems(feedId, [story('c', 4)], NOW);

      expect(await listArticleIds({ filter: 'downloaded' })).toEqual([`${markets}:m1`, id('a'), id('c')]);
    });
  });
});
