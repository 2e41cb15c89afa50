import type { ParsedItem } from '../feed/parse-feed';
import { articleId, getArticle } from '../storage';

/** How far down a fetch to look for a story not yet stored: new stories sit at the top. */
const LOOK_AT = 20;

/** The newest item of a fetch that is not stored yet, asked before the fetch is saved. */
export async function newestUnseen(feedId: number, items: ParsedItem[]): Promise<ParsedItem | undefined> {
  const dated = (item: ParsedItem) => item.publishedAt ?? item.updatedAt ?? 0;
  const newestFirst = [...items].sort((a, b) => dated(b) - dated(a)).slice(0, LOOK_AT);
  const stored = await Promise.all(newestFirst.map((item) => getArticle(articleId(feedId, item.id))));
  return newestFirst.find((_, index) => stored[index] === undefined);
}
