import { viewsOf } from './article-order';
import { db } from './db';
import type { ArticleStatus, ArticleView } from './records';
import { wordsOf } from './search-words';

export interface SearchOptions {
  feedId?: number;
  limit?: number;
}

/**
 * Stories whose title, summary or text hold every word of the query, newest first. The words are folded as the index
 * is, and the last one matches as a prefix while the reader is still typing it (no space after it yet).
 */
export async function searchArticles(
  query: string,
  { feedId, limit = 50 }: SearchOptions = {},
): Promise<ArticleView[]> {
  const words = wordsOf(query);
  const last = words.pop();
  if (last === undefined) return [];
  const typing = !/\s$/.test(query);

  const matches = await Promise.all([
    ...words.map((word) => db.articles.where('words').equals(word).primaryKeys()),
    (typing ? db.articles.where('words').startsWith(last) : db.articles.where('words').equals(last)).primaryKeys(),
  ]);
  const [smallest, ...others] = matches.map((keys) => new Set(keys as string[])).sort((a, b) => a.size - b.size);
  const ids = [...(smallest ?? [])].filter((id) => others.every((keys) => keys.has(id)));

  // Statuses are small rows that carry sortAt: order by them and read only the page's articles.
  const statuses = await db.statuses.bulkGet(ids);
  const newest = statuses
    .filter(
      (status): status is ArticleStatus & { sortAt: number } =>
        status?.sortAt !== undefined && (feedId === undefined || status.feedId === feedId),
    )
    .sort((a, b) => b.sortAt - a.sortAt || (a.articleId < b.articleId ? 1 : -1))
    .slice(0, limit);
  return viewsOf(newest.map((status) => status.articleId));
}
