/**
 * The store benchmark's workload, the same in Node (fake-indexeddb) and in a plain Chromium page (real IndexedDB).
 * It imports the store's files one by one: storage/index.ts would bring in settings.ts and with it WXT's browser
 * storage, which a plain page does not have.
 */
import { idsInOrder, viewsOf } from '../../storage/article-order';
import { db } from '../../storage/db';
import { type ArticlePage, listArticles } from '../../storage/list-articles';
import type { Article, ArticleStatus, StoryWords } from '../../storage/records';
import { articleId, type FetchedItem, saveFetchedItems } from '../../storage/save-fetched-items';
import { searchArticles } from '../../storage/search-articles';
import { searchWords } from '../../storage/search-words';
import { unreadCount } from '../../storage/unread-count';
import { BENCH_NOW, makeItems } from './make-items';

export const SAVE_ITEMS = 10_000;
export const FEEDS = 5;
export const STORIES = FEEDS * SAVE_ITEMS;
export const PAGE = 50;
/** Typed as a reader would: no tones, the last word still being typed (so it matches as a prefix). */
export const QUERY = 'gia vang';
/** What the search box holds after each keystroke while the reader types QUERY. */
export const TYPED = Array.from(QUERY, (_, index) => QUERY.slice(0, index + 1));
/** Queries that find nothing: words no story holds, and two common words no story holds together. */
export const NO_MATCH = ['kim cuong', 'vang bitcoin'];

export interface WorkloadOptions {
  /** Measured runs of each save contender (after a warm-up with WARMUP_ITEMS items). */
  saveRuns: number;
  /** Measured runs of each read, after `readWarmup` warm-up runs. */
  readRuns: number;
  readWarmup: number;
}

/** Enough to warm up the code paths; a 10,000-item save is long enough that nothing else needs warming. */
const WARMUP_ITEMS = 1_000;

/** Milliseconds per measured run, in run order. */
export type Samples = Record<string, number[]>;

export interface WorkloadResult {
  samples: Samples;
  /** What the measured calls returned, to show that they did the work, and the fill's timings. */
  facts: Record<string, number>;
}

type Log = (line: string) => void;
/** Waits until the browser's background work after big writes is done; resolves to the milliseconds waited. */
type Settle = () => Promise<number>;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * Runs every measurement; the store's database ("reader") is deleted and created again as it goes. The last save run
 * leaves feed 1's stories in the store, where QUERY is typed a keystroke at a time; then four more saves of 10,000
 * (feeds 2 to 5) fill it to 50,000 for the other reads. The filled database is left behind: the runner throws its
 * profile away.
 */
export async function runWorkload(
  options: WorkloadOptions,
  log: Log = () => {},
  settle: Settle = async () => 0,
): Promise<WorkloadResult> {
  const samples: Samples = {};
  const facts: Record<string, number> = { settleSeconds: 0 };
  const settled = async () => {
    facts.settleSeconds = (facts.settleSeconds ?? 0) + (await settle()) / 1000;
  };
  const fresh = async () => {
    await freshDb();
    await settled();
  };
  const record = (name: string, ms: number, measured = true) => {
    if (measured) samples[name] = [...(samples[name] ?? []), ms];
    return ms;
  };

  const items = makeItems(1, SAVE_ITEMS);
  const rows = articleRows(1, items);
  facts.wordsPerStory = rows.words.reduce((sum, row) => sum + row.words.length, 0) / rows.words.length;

  log(`warming up with ${WARMUP_ITEMS} items`);
  await freshDb();
  await bulkPut({ articles: rows.articles.slice(0, WARMUP_ITEMS), words: rows.words.slice(0, WARMUP_ITEMS) });
  await freshDb();
  await saveFetchedItems(1, items.slice(0, WARMUP_ITEMS), BENCH_NOW);

  for (let run = 1; run <= options.saveRuns; run++) {
    // The phases of a save, each alone, to tell where its time over a bare bulkPut goes.
    record('phase:rows', await timed(async () => articleRows(1, items)));
    await fresh();
    record('phase:lookups', await timed(() => lookups(1, items)));
    record('phase:statuses', await timed(() => db.statuses.bulkPut(rows.articles.map(statusRow))));
    await fresh();
    const bare = record('bulkPut', await timed(() => bulkPut(rows)));
    await fresh();
    const save = record('save', await timed(() => saveFetchedItems(1, items, BENCH_NOW)));
    log(`save run ${run}/${options.saveRuns}: saveFetchedItems ${seconds(save)}, bulkPut ${seconds(bare)}`);
  }

  await settled();
  const typedInto = await db.articles.count();
  log(`typing '${QUERY}' into a store of ${typedInto}: ${options.readWarmup} warm-up + ${options.readRuns} runs`);
  const repeat = async (measure: (measured: boolean) => Promise<void>) => {
    for (let run = 0; run < options.readWarmup + options.readRuns; run++) await measure(run >= options.readWarmup);
  };
  await repeat(async (measured) => {
    for (const typed of TYPED) {
      const ms = await timed(
        async () => (facts[`typed:${typed}`] = (await searchArticles(typed, { limit: PAGE })).length),
      );
      record(`typed:${typed}`, ms, measured);
    }
  });
  await repeat(async (measured) => {
    for (const query of NO_MATCH) record(`none10k:${query}`, await timed(() => expectNothing(query)), measured);
  });

  for (let feedId = 2; feedId <= FEEDS; feedId++) {
    const stored = await db.articles.count();
    await settled();
    const ms = await timed(() => saveFetchedItems(feedId, makeItems(feedId, SAVE_ITEMS), BENCH_NOW));
    facts[`fill${feedId}`] = ms;
    log(`fill: feed ${feedId}, ${SAVE_ITEMS} new items into a store of ${stored}, ${seconds(ms)}`);
  }
  facts.stories = await db.articles.count();
  if (facts.stories !== STORIES) throw new Error(`the store holds ${facts.stories} stories, not ${STORIES}`);

  await settled();
  log(`reading: ${options.readWarmup} warm-up + ${options.readRuns} runs of each`);
  // One kind of read at a time, so that a search's garbage (tens of thousands of keys) is not collected in a list.
  await repeat(async (measured) => {
    let first: ArticlePage | undefined;
    record('firstPage', await timed(async () => (first = await listArticles({ limit: PAGE }))), measured);
    const after = first?.next;
    if (!after || first?.articles.length !== PAGE) throw new Error('the first page is not a full page with a next');
    let second: ArticlePage | undefined;
    record('secondPage', await timed(async () => (second = await listArticles({ limit: PAGE, after }))), measured);
    if (second?.articles.length !== PAGE || (second.articles[0]?.sortAt ?? Infinity) > after.sortAt) {
      throw new Error('the second page does not follow the first');
    }
    // listArticles' two steps, to tell where its time goes.
    let ids: string[] = [];
    record('list:ids', await timed(async () => (ids = await idsInOrder({}, undefined, 'older', PAGE + 1))), measured);
    record('list:rows', await timed(() => viewsOf(ids.slice(0, PAGE))), measured);
  });
  await repeat(async (measured) => {
    record('unread', await timed(async () => (facts.unread = await unreadCount())), measured);
    // The same rows counted without an index range, for comparison.
    record('count:all', await timed(() => db.statuses.count()), measured);
  });
  await repeat(async (measured) => {
    record('search', await timed(async () => (facts.searchShown = (await searchArticles(QUERY)).length)), measured);
    await searchPhases(record, facts, measured);
  });
  await repeat(async (measured) => {
    for (const query of NO_MATCH) record(`none:${query}`, await timed(() => expectNothing(query)), measured);
  });
  if (facts.unread !== STORIES) throw new Error(`unreadCount() said ${facts.unread}, not ${STORIES}`);
  return { samples, facts };
}

async function expectNothing(query: string): Promise<void> {
  const found = await searchArticles(query, { limit: PAGE });
  if (found.length > 0) throw new Error(`searching '${query}' found ${found.length} stories, not none`);
}

async function freshDb(): Promise<void> {
  await db.delete();
  await db.open();
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

interface StoryRows {
  articles: Article[];
  words: StoryWords[];
}

/** The article and word rows saveFetchedItems writes for new items. */
function articleRows(feedId: number, items: FetchedItem[]): StoryRows {
  const articles = items.map((item) => ({
    ...item,
    id: articleId(feedId, item.id),
    feedId,
    itemId: item.id,
    sortAt: Math.min(item.publishedAt ?? BENCH_NOW, BENCH_NOW),
    fetchedAt: BENCH_NOW,
  }));
  const words = articles.map((article) => ({
    id: article.id,
    feedId,
    sortAt: article.sortAt,
    words: searchWords(article),
  }));
  return { articles, words };
}

/** The same rows put bare, in one transaction, as the contender a save is compared with. */
function bulkPut({ articles, words }: StoryRows): Promise<unknown> {
  return db.transaction('rw', db.articles, db.storyWords, () =>
    Promise.all([db.articles.bulkPut(articles), db.storyWords.bulkPut(words)]),
  );
}

function statusRow(article: Article): ArticleStatus {
  return {
    articleId: article.id,
    feedId: article.feedId,
    read: 0,
    starred: 0,
    firstSeenAt: BENCH_NOW,
    sortAt: article.sortAt,
  };
}

/** The reads saveFetchedItems makes before writing: every id in both tables, then every new item's URL. */
async function lookups(feedId: number, items: FetchedItem[]): Promise<void> {
  const ids = items.map((item) => articleId(feedId, item.id));
  await db.transaction('rw', db.articles, db.statuses, async () => {
    await Promise.all([db.articles.bulkGet(ids), db.statuses.bulkGet(ids)]);
    await db.articles
      .where('[feedId+url]')
      .anyOf(items.map((item) => [feedId, item.url ?? '']))
      .toArray();
  });
}

/** searchArticles' steps, each timed: the word index per word, the statuses of the matches, the page's rows. */
async function searchPhases(
  record: (name: string, ms: number, measured: boolean) => number,
  facts: Record<string, number>,
  measured: boolean,
): Promise<void> {
  const [word = '', prefix = ''] = QUERY.split(' ');
  let exact: string[] = [];
  let started: string[] = [];
  record(
    'search:index',
    await timed(async () => {
      [exact, started] = (await Promise.all([
        db.storyWords.where('words').equals(word).primaryKeys(),
        db.storyWords.where('words').startsWith(prefix).primaryKeys(),
      ])) as [string[], string[]];
    }),
    measured,
  );
  const keys = new Set(started);
  const both = exact.filter((id) => keys.has(id));
  let found: (ArticleStatus | undefined)[] = [];
  record('search:statuses', await timed(async () => (found = await db.statuses.bulkGet(both))), measured);
  const newest = found
    .flatMap((status) => (status?.sortAt === undefined ? [] : [status as ArticleStatus & { sortAt: number }]))
    .sort((a, b) => b.sortAt - a.sortAt)
    .slice(0, PAGE);
  record('search:rows', await timed(() => viewsOf(newest.map((status) => status.articleId))), measured);
  Object.assign(facts, { searchWord: exact.length, searchPrefix: started.length, searchBoth: both.length });
}
