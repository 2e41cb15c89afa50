import { Dexie } from 'dexie';
import { type ListPosition, viewsOf } from './article-order';
import { db } from './db';
import type { ArticleView, StoryWords } from './records';
import { wordsOf } from './search-words';

export interface SearchOptions {
  feedId?: number;
  limit?: number;
}

interface Term {
  word: string;
  /** The word being typed: it matches any word that starts with it. */
  prefix: boolean;
}

/** A word in fewer stories than this is read from the index whole; a commoner one is checked on story words. */
const RARE_BELOW = 1_000;
/** Story words read at first while walking the newest stories; later batches are sized by how often those matched. */
const FIRST_WALK = 100;
const MAX_WALK = 1_000;
/**
 * Stories walked before common words that are seldom together are looked up in the index instead: walking every
 * story (all of them, when nothing matches) takes longer than reading the keys of the rarest word. A walk that has
 * found most of the page goes on, up to three times as far.
 */
const WALK_BUDGET = 2_000;

/**
 * Stories whose title, summary or text hold every word of the query, newest first. The words are folded as the index
 * is, and the last one matches as a prefix while the reader is still typing it (no space after it yet).
 *
 * Only rare words are read from the index whole: a common word ("giá" in a finance feed) would bring tens of
 * thousands of keys. When a word is rare its stories are the candidates, and the common words are checked on their
 * story words. When every word is common the newest stories are walked, checking every word, until the page is full;
 * if that takes long (common words seldom together), the rest comes from the stories of the rarest word.
 */
export async function searchArticles(
  query: string,
  { feedId, limit = 50 }: SearchOptions = {},
): Promise<ArticleView[]> {
  const words = wordsOf(query);
  const typing = !/\s$/.test(query);
  const terms: Term[] = words.map((word, index) => ({ word, prefix: typing && index === words.length - 1 }));
  if (terms.length === 0 || limit < 1) return [];

  // Reading at most RARE_BELOW keys of a word tells a rare word from a common one, and gives a rare word's stories.
  const keys = await Promise.all(terms.map((term) => keysOf(term, RARE_BELOW)));
  if (keys.some(({ whole }) => whole)) return viewsOf(await newestAmong(terms, keys, { feedId, limit }));
  const walked = await walkNewest(terms, feedId, limit);
  if (!walked.last) return viewsOf(walked.found);
  for (let cap = RARE_BELOW * 2; ; cap *= 2) {
    const fuller = await Promise.all(terms.map((term) => keysOf(term, cap)));
    if (fuller.some(({ whole }) => whole)) {
      const rest = await newestAmong(terms, fuller, { feedId, limit: limit - walked.found.length, last: walked.last });
      return viewsOf([...walked.found, ...rest]);
    }
  }
}

interface Keys {
  /** The stories holding the term, of those the keys read name. */
  ids: Set<string>;
  /** Whether the keys read are all the term has. */
  whole: boolean;
}

/** The stories holding a term, as named by its first `cap` keys in the index. */
async function keysOf({ word, prefix }: Term, cap: number): Promise<Keys> {
  const range = prefix ? db.storyWords.where('words').startsWith(word) : db.storyWords.where('words').equals(word);
  // A story holds several words that start with a prefix, and the index has a key for each: count keys, not stories.
  const keys = (await range.limit(cap).primaryKeys()) as string[];
  return { ids: new Set(keys), whole: keys.length < cap };
}

/**
 * The newest stories among the stories of every term read whole, checking the other terms on their story words; only
 * those older than `last` when given.
 */
async function newestAmong(
  terms: Term[],
  keys: Keys[],
  { feedId, limit, last }: { feedId: number | undefined; limit: number; last?: ListPosition },
): Promise<string[]> {
  const whole = keys.filter((each) => each.whole).map((each) => each.ids);
  whole.sort((a, b) => a.size - b.size);
  const checked = terms.filter((_, index) => !keys[index]?.whole);
  const [smallest = new Set<string>(), ...others] = whole;
  const ids = [...smallest].filter((id) => others.every((each) => each.has(id)));
  const rows = await db.storyWords.bulkGet(ids);
  return rows
    .filter(
      (row): row is StoryWords =>
        row !== undefined &&
        (feedId === undefined || row.feedId === feedId) &&
        (last === undefined || row.sortAt < last.sortAt || (row.sortAt === last.sortAt && row.id < last.id)) &&
        checked.every((term) => holds(row, term)),
    )
    .sort((a, b) => b.sortAt - a.sortAt || (a.id < b.id ? 1 : -1))
    .slice(0, limit)
    .map((row) => row.id);
}

/**
 * Walks the newest stories (of one feed, or all) checking every term on their story words, until `limit` are found,
 * none is left, or the walk runs out of budget. Returns where it stopped when it ran out of budget.
 */
async function walkNewest(
  terms: Term[],
  feedId: number | undefined,
  limit: number,
): Promise<{ found: string[]; last?: ListPosition }> {
  const prefix = feedId === undefined ? [] : [feedId];
  const index = feedId === undefined ? '[sortAt+id]' : '[feedId+sortAt+id]';
  const found: string[] = [];
  let walked = 0;
  let batch = FIRST_WALK;
  let last: ListPosition | undefined;
  for (;;) {
    const upper = last ? [...prefix, last.sortAt, last.id] : [...prefix, Dexie.maxKey];
    const rows = await db.storyWords
      .where(index)
      .between([...prefix, Dexie.minKey], upper, true, !last)
      .reverse()
      .limit(batch)
      .toArray();
    for (const row of rows) {
      if (terms.every((term) => holds(row, term))) found.push(row.id);
      if (found.length === limit) return { found };
    }
    const end = rows.at(-1);
    if (rows.length < batch || !end) return { found };
    walked += rows.length;
    last = { sortAt: end.sortAt, id: end.id };
    // Stories to walk for the rest of the page at the rate found so far: past the budget, walk on only when few.
    const ahead = found.length === 0 ? Infinity : ((limit - found.length) * walked) / found.length;
    if (walked >= WALK_BUDGET && (ahead > WALK_BUDGET || walked >= 3 * WALK_BUDGET)) return { found, last };
    batch = Math.min(MAX_WALK, Math.max(FIRST_WALK, Math.ceil(ahead * 1.2)));
  }
}

function holds({ words }: StoryWords, { word, prefix }: Term): boolean {
  return prefix ? words.some((each) => each.startsWith(word)) : words.includes(word);
}
