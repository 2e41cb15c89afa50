import { idsInOrder, type ListPosition, viewsOf } from './article-order';
import { db } from './db';
import type { Article, ArticleStatus, ArticleView } from './records';
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

/** Candidates whose rows are read at a time while checking the words that were not looked up in the index. */
const CHECK_BATCH = 100;
/** Up to this many candidates are ordered by reading their statuses; more are found by walking the list instead. */
const SORT_BY_STATUS_UP_TO = 500;
/** List entries walked at a time when there are many candidates. */
const WALK_BATCH = 500;
/** A word in fewer stories than this is read from the index; a commoner one is checked on the candidates' rows. */
const RARE_BELOW = 1_000;

/**
 * Stories whose title, summary or text hold every word of the query, newest first. The words are folded as the index
 * is, and the last one matches as a prefix while the reader is still typing it (no space after it yet).
 *
 * Only rare words are read from the index: a common word ("giá" in a finance feed) would bring tens of thousands of
 * keys, so it is checked instead on the newest candidates, as many as it takes to fill the page. The candidates are
 * the stories holding every rare word, or, when every word is common, the newest stories of all.
 */
export async function searchArticles(
  query: string,
  { feedId, limit = 50 }: SearchOptions = {},
): Promise<ArticleView[]> {
  const words = wordsOf(query);
  const typing = !/\s$/.test(query);
  const terms: Term[] = words.map((word, index) => ({ word, prefix: typing && index === words.length - 1 }));
  if (terms.length === 0) return [];

  // Counting stops at RARE_BELOW: only how a word compares with it matters, and a full count walks its whole range.
  const counts = await Promise.all(
    terms.map(async (term) => (await matching(term).limit(RARE_BELOW).primaryKeys()).length),
  );
  const indexed = terms.filter((_, index) => (counts[index] ?? 0) < RARE_BELOW);
  const checked = terms.filter((term) => !indexed.includes(term));

  const keySets = await Promise.all(
    indexed.map(async (term) => new Set((await matching(term).primaryKeys()) as string[])),
  );
  keySets.sort((a, b) => a.size - b.size);
  const [smallest, ...others] = keySets;
  const candidates = smallest && new Set([...smallest].filter((id) => others.every((keys) => keys.has(id))));

  const found: string[] = [];
  for await (const batch of newestFirst(candidates, feedId)) {
    if (checked.length === 0) {
      found.push(...batch.slice(0, limit - found.length));
    } else {
      for (const article of await db.articles.bulkGet(batch)) {
        if (article && checked.every((term) => holds(article, term)) && found.length < limit) found.push(article.id);
      }
    }
    if (found.length >= limit) break;
  }
  return viewsOf(found);
}

/**
 * The stored candidates (all stories when undefined), newest first, a batch at a time. A few are ordered by their statuses (small rows that carry
 * sortAt); many are found by walking the list's own order, which takes only as many steps as the page needs.
 */
async function* newestFirst(ids: Set<string> | undefined, feedId: number | undefined): AsyncGenerator<string[]> {
  if (ids && ids.size <= SORT_BY_STATUS_UP_TO) {
    const statuses = await db.statuses.bulkGet([...ids]);
    const sorted = statuses
      .filter(
        (status): status is ArticleStatus & { sortAt: number } =>
          status?.sortAt !== undefined && (feedId === undefined || status.feedId === feedId),
      )
      .sort((a, b) => b.sortAt - a.sortAt || (a.articleId < b.articleId ? 1 : -1))
      .map((status) => status.articleId);
    for (let start = 0; start < sorted.length; start += CHECK_BATCH) yield sorted.slice(start, start + CHECK_BATCH);
    return;
  }
  let after: ListPosition | undefined;
  for (;;) {
    const keys = await idsInOrder({ feedId }, after, 'older', WALK_BATCH);
    if (keys.length === 0) return;
    const last = keys.at(-1) as string;
    const matches = ids ? keys.filter((id) => ids.has(id)) : keys;
    for (let start = 0; start < matches.length; start += CHECK_BATCH) yield matches.slice(start, start + CHECK_BATCH);
    if (keys.length < WALK_BATCH) return;
    const article = await db.articles.get(last);
    if (!article) return;
    after = { sortAt: article.sortAt, id: last };
  }
}

function matching({ word, prefix }: Term) {
  return prefix ? db.articles.where('words').startsWith(word) : db.articles.where('words').equals(word);
}

function holds(article: Article, { word, prefix }: Term): boolean {
  return prefix ? article.words.some((each) => each.startsWith(word)) : article.words.includes(word);
}
