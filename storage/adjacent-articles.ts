import { idsInOrder, type ListOptions, viewsOf } from './article-order';
import type { ArticleView } from './records';

export interface Adjacent {
  /** The story above this one in the list (newer). */
  previous?: ArticleView;
  /** The story below this one in the list (older). */
  next?: ArticleView;
}

/**
 * The neighbours of a story in a list, for j/k. The story need not be in the list any more (it turned read while the
 * unread list was open): its place is where it would be.
 */
export async function adjacentArticles(
  article: Pick<ArticleView, 'id' | 'sortAt'>,
  options: ListOptions = {},
): Promise<Adjacent> {
  const [newer, older] = await Promise.all([
    idsInOrder(options, article, 'newer', 1),
    idsInOrder(options, article, 'older', 1),
  ]);
  const [[previous], [next]] = await Promise.all([viewsOf(newer), viewsOf(older)]);
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}
