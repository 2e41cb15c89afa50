import { viewsOf } from './article-order';
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

  // Statuses are small rows that carry sortAt: order the candidates by them before reading any article.
  const statuses = await db.statuses.bulkGet(ids);
  const newestFirst = statuses
    .filter(
      (status): status is ArticleStatus & { sortAt: number } =>
        status?.sortAt !== undefined && (feedId === undefined || status.feedId === feedId),
    )
    .sort((a, b) => b.sortAt - a.sortAt || (a.articleId < b.articleId ? 1 : -1))
    .map((status) => status.articleId);
  if (checked.length === 0) return viewsOf(newestFirst.slice(0, limit));

  const found: string[] = [];
  for (let start = 0; start < newestFirst.length && found.length < limit; start += CHECK_BATCH) {
    const batch = await db.articles.bulkGet(newestFirst.slice(start, start + CHECK_BATCH));
    for (const article of batch) {
      if (article && checked.every((term) => holds(article, term)) && found.length < limit) found.push(article.id);
    }
  }
  return viewsOf(found);
}

function matching({ word, prefix }: Term) {
  return prefix ? db.articles.where('words').startsWith(word) : db.articles.where('words').equals(word);
}

function holds(article: Article, { word, prefix }: Term): boolean {
  return prefix ? article.words.some((each) => each.startsWith(word)) : article.words.includes(word);
}
