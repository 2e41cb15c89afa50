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
/** A term this many times commoner than the rarest is checked on the candidates' rows rather than read from the index. */
const COMMON_FACTOR = 4;

/**
 * Stories whose title, summary or text hold every word of the query, newest first. The words are folded as the index
 * is, and the last one matches as a prefix while the reader is still typing it (no space after it yet).
 *
 * Only the rarest words are read from the index: a common word ("giá" in a finance feed) would bring tens of
 * thousands of keys, so it is checked instead on the few newest candidates it takes to fill the page.
 */
export async function searchArticles(
  query: string,
  { feedId, limit = 50 }: SearchOptions = {},
): Promise<ArticleView[]> {
  const words = wordsOf(query);
  const typing = !/\s$/.test(query);
  const terms: Term[] = words.map((word, index) => ({ word, prefix: typing && index === words.length - 1 }));
  if (terms.length === 0) return [];

  const counts = await Promise.all(terms.map((term) => matching(term).count()));
  const rarest = Math.min(...counts);
  const indexed = terms.filter((_, index) => (counts[index] ?? 0) <= rarest * COMMON_FACTOR);
  const checked = terms.filter((term) => !indexed.includes(term));

  const keySets = await Promise.all(
    indexed.map(async (term) => new Set((await matching(term).primaryKeys()) as string[])),
  );
  keySets.sort((a, b) => a.size - b.size);
  const [smallest, ...others] = keySets;
  const ids = [...(smallest ?? [])].filter((id) => others.every((keys) => keys.has(id)));

  const found: string[] = [];
  for await (const batch of newestFirst(new Set(ids), feedId)) {
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
 * The stored candidates, newest first, a batch at a time. A few are ordered by their statuses (small rows that carry
 * sortAt); many are found by walking the list's own order, which takes only as many steps as the page needs.
 */
async function* newestFirst(ids: Set<string>, feedId: number | undefined): AsyncGenerator<string[]> {
  if (ids.size <= SORT_BY_STATUS_UP_TO) {
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
    const matches = keys.filter((id) => ids.has(id));
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
