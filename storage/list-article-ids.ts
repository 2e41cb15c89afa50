import { idsInOrder, type ListOptions } from './article-order';

/** The ids of a list's first `limit` stories (all of them by default), newest first: keys only, cheap to hold. */
export function listArticleIds(options: ListOptions = {}, limit = Number.POSITIVE_INFINITY): Promise<string[]> {
  return idsInOrder(options, undefined, 'older', limit);
}
