import { type ListOptions, type ListPosition, viewsInOrder } from './article-order';
import type { ArticleView } from './records';

export interface PageRequest extends ListOptions {
  /** Where the previous page ended (its `next`); the first page when absent. */
  after?: ListPosition;
  limit?: number;
}

export interface ArticlePage {
  articles: ArticleView[];
  /** Pass as `after` for the next page; absent on the last one. */
  next?: ListPosition;
}

/** One page of stories, newest first: all, unread only or starred only, of one feed or all of them. */
export async function listArticles({ after, limit = 50, ...options }: PageRequest = {}): Promise<ArticlePage> {
  const { views: articles, more } = await viewsInOrder(options, after, limit);
  const last = articles.at(-1);
  return more && last ? { articles, next: { sortAt: last.sortAt, id: last.id } } : { articles };
}
