import { viewsOf } from './article-order';
import type { ArticleView } from './records';

/** The stories with these ids, in the same order, with the reader's status; ids no longer stored are skipped. */
export function articlesById(ids: string[]): Promise<ArticleView[]> {
  return viewsOf(ids);
}
