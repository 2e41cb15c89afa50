import { idsInOrder, type ListOptions } from './article-order';

/** Every story id of a list, newest first: keys only, so a long list costs little to hold and to re-read live. */
export function listArticleIds(options: ListOptions = {}): Promise<string[]> {
  return idsInOrder(options, undefined, 'older', Number.POSITIVE_INFINITY);
}
