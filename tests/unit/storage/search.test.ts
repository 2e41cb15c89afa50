import { beforeEach, describe, expect, it } from 'vitest';
import { feedForSource, foldText, saveFetchedItems, searchArticles } from '../../../storage';
import { wordsOf } from '../../../storage/search-words';
import { resetDb } from '../../support/reset-db';
import { NOW, story } from '../../support/stories';

describe('folding text for search', () => {
  it.each([
    ['đồng', 'dong'],
    ['ĐÔNG', 'dong'],
    ['Giá vàng hôm nay tăng mạnh', 'gia vang hom nay tang manh'],
    ['Người dùng ưu tiên', 'nguoi dung uu tien'],
    // The same word typed in decomposed form (as some keyboards send it) folds the same.
    ['Vie\u0302\u0323t Nam', 'viet nam'],
    ['Café Crème', 'cafe creme'],
  ])('folds "%s" to "%s"', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it('splits text into distinct words, ignoring punctuation and markup', () => {
    expect(wordsOf('VN-Index: vàng, VÀNG & vàng!')).toEqual(['vn', 'index', 'vang']);
  });
});

describe('searching stories', () => {
  let feedId: number;

  beforeEach(async () => {
    await resetDb();
    feedId = (await feedForSource('https://infofinance.com/feed')).id;
    await saveFetchedItems(
      feedId,
      [
        story('gold', 1, { title: 'Giá vàng hôm nay tăng mạnh' }),
        story('dong', 2, { title: 'ĐÔNG NAM Á: thị trường chứng khoán', summary: 'Tỷ giá đồng đô la ổn định.' }),
        story('rates', 3, { title: 'Lãi suất ngân hàng', contentHtml: '<p>Giá <b>vàng</b> miếng SJC &amp; nhẫn</p>' }),
        story('oil', 4, { title: 'Oil prices rise', summary: 'Brent crude up on supply worries' }),
        story('script', 5, { title: 'Untouched', contentHtml: '<script>var vang = 1;</script><p>Nothing here</p>' }),
      ],
      NOW,
    );
  });

  const found = async (query: string) => (await searchArticles(query)).map((article) => article.itemId);

  it('finds a Vietnamese word typed without its tones', async () => {
    expect(await found('vang ')).toEqual(['gold', 'rates']);
  });

  it('finds upper-case and đ words from lower-case plain letters, and the other way round', async () => {
    expect(await found('dong nam ')).toEqual(['dong']);
    expect(await found('ĐỒNG ')).toEqual(['dong']);
  });

  it('needs every word of the query, wherever it is: title, summary or text', async () => {
    expect(await found('gia vang ')).toEqual(['gold', 'rates']);
    expect(await found('gia sjc ')).toEqual(['rates']);
    expect(await found('do la ')).toEqual(['dong']);
  });

  it('matches the last word as a prefix while it is being typed', async () => {
    expect(await found('gia va')).toEqual(['gold', 'rates']);
    expect(await found('cru')).toEqual(['oil']);
    expect(await found('va ')).toEqual([]);
  });

  it('does not find words that only appear in a script', async () => {
    expect(await found('var ')).toEqual([]);
  });

  it('finds nothing for an empty query or punctuation', async () => {
    expect(await found('')).toEqual([]);
    expect(await found(' — ')).toEqual([]);
  });

  it('lists the newest story first and stops at the limit', async () => {
    const more = Array.from({ length: 30 }, (_, index) =>
      story(`market-${index}`, 10 + index, { title: `Market ${index}` }),
    );
    await saveFetchedItems(feedId, more, NOW);
    const results = await searchArticles('market', { limit: 3 });
    expect(results.map((article) => article.itemId)).toEqual(['market-0', 'market-1', 'market-2']);
  });

  it('finds a story again after its feed edits it, and no longer by the words it lost', async () => {
    await saveFetchedItems(feedId, [story('oil', 4, { title: 'Gas prices fall' })], NOW);
    expect(await found('gas ')).toEqual(['oil']);
    expect(await found('brent ')).toEqual([]);
  });

  it('finds the stories that also hold a word common to a thousand others, newest first', async () => {
    const common = Array.from({ length: 1_100 }, (_, index) =>
      story(`market-${index}`, 10 + index, {
        title: `Market report ${index}`,
        summary: index % 10 === 0 ? 'A crash' : '',
      }),
    );
    await saveFetchedItems(feedId, [...common, story('crash-only', 1, { title: 'Crypto crash' })], NOW);

    expect((await found('market crash ')).slice(0, 3)).toEqual(['market-0', 'market-10', 'market-20']);
    expect(await found('market crash ')).toHaveLength(50);
    expect((await found('crash mark')).slice(0, 2)).toEqual(['market-0', 'market-10']);
    expect((await searchArticles('report market', { limit: 2 })).map((article) => article.itemId)).toEqual([
      'market-0',
      'market-1',
    ]);
    expect(await found('report 1099 ')).toEqual(['market-1099']);
  });

  it('lists the newest of many matches, in one feed or all, without missing any', async () => {
    const other = (await feedForSource('https://example.org/markets.xml')).id;
    const many = (prefix: string, offset: number) =>
      Array.from({ length: 400 }, (_, index) => story(`${prefix}-${index}`, offset + 2 * index, { title: 'Stocks' }));
    await saveFetchedItems(feedId, many('own', 100), NOW);
    await saveFetchedItems(other, many('other', 101), NOW);

    const newest = (await searchArticles('stocks', { limit: 600 })).map((article) => article.itemId);
    expect(newest).toHaveLength(600);
    expect(newest.slice(0, 4)).toEqual(['own-0', 'other-0', 'own-1', 'other-1']);
    expect(newest.at(-1)).toBe('other-299');
    const own = await searchArticles('stocks', { feedId, limit: 3 });
    expect(own.map((article) => article.itemId)).toEqual(['own-0', 'own-1', 'own-2']);
  });

  it('lists the newest stories with a word that starts with a single letter typed', async () => {
    const many = Array.from({ length: 1_200 }, (_, index) =>
      story(`market-${index}`, 10 + index, { title: 'Markets' }),
    );
    await saveFetchedItems(feedId, many, NOW);
    expect(await found('m')).toHaveLength(50);
    // "mạnh" and "miếng" in the two newest stories, then the markets.
    expect((await found('m')).slice(0, 4)).toEqual(['gold', 'rates', 'market-0', 'market-1']);
    expect(await found('b')).toEqual(['oil']);
  });

  it('finds the newest stories for a letter even when older ones hold many words starting with it', async () => {
    // 500 older stories hold a thousand words that sort before the newer stories' one.
    const older = Array.from({ length: 500 }, (_, index) => story(`older-${index}`, 100 + index, { title: 'Kaa kab' }));
    const newer = Array.from({ length: 60 }, (_, index) => story(`newer-${index}`, 10 + index, { title: 'Kzz' }));
    await saveFetchedItems(feedId, [...older, ...newer], NOW);
    // "khoán" in one of the stories above, then the newer ones.
    expect((await found('k')).slice(0, 3)).toEqual(['dong', 'newer-0', 'newer-1']);
    expect(await found('k')).toHaveLength(50);
  });

  describe('with two common words seldom in the same story', () => {
    const ALONE = 1_200;

    beforeEach(async () => {
      const alone = (word: string, offset: number, summary?: string) =>
        Array.from({ length: ALONE }, (_, index) =>
          story(`${word}-${index}`, offset + 2 * index, { title: word, summary }),
        );
      await saveFetchedItems(
        feedId,
        [
          ...alone('alpha', 10, 'Gamma rays'),
          ...alone('beta', 11),
          // Older than the thousands of stories holding one of the words.
          story('both-new', 5_000, { title: 'Alpha and beta' }),
          story('both-old', 5_001, { title: 'Beta, then alpha' }),
        ],
        NOW,
      );
    });

    it('finds the few stories holding both, newest first, far below the newest stories', async () => {
      expect(await found('alpha beta ')).toEqual(['both-new', 'both-old']);
      expect(await found('beta alp')).toEqual(['both-new', 'both-old']);
      expect((await searchArticles('alpha beta', { limit: 1 })).map((article) => article.itemId)).toEqual(['both-new']);
    });

    it('keeps to one feed', async () => {
      const other = (await feedForSource('https://example.org/markets.xml')).id;
      await saveFetchedItems(other, [story('elsewhere', 1, { title: 'Alpha beta' })], NOW);
      expect(await found('alpha beta ')).toEqual(['elsewhere', 'both-new', 'both-old']);
      expect((await searchArticles('alpha beta ', { feedId })).map((article) => article.itemId)).toEqual([
        'both-new',
        'both-old',
      ]);
    });

    it('finds nothing when no story holds both', async () => {
      expect(await found('beta gamma ')).toEqual([]);
      expect(await found('gamma bet')).toEqual([]);
    });
  });
});
