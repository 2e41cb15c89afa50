import { viewsOf } from './article-order';
import type { ArticleView } from './records';

/** One story with the reader's status, or undefined when it is not stored. */
export async function getArticle(id: string): Promise<ArticleView | undefined> {
  return (await viewsOf([id]))[0];
}
