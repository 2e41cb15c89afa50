import { db } from './db';
import type { Article, ArticleStatus, StoryFields } from './records';
import { searchWords } from './search-words';
import { writeStories } from './write-stories';

/** One item of a fetch, with the feed's stable id for it. */
export interface FetchedItem extends StoryFields {
  id: string;
}

export interface SaveResult {
  /** Stories the reader has never seen before. */
  added: number;
  /** Stories already stored (or known under another id), rewritten with what the feed says now. */
  updated: number;
}

export function articleId(feedId: number, itemId: string): string {
  return `${feedId}:${itemId}`;
}

/**
 * Stores one fetch's items in one transaction. A story already known keeps its read and starred status and its
 * first-seen time, so a re-fetched or edited story never turns unread or jumps to the top again. That holds when it
 * comes back after being evicted (its status outlives it), and when the feed gives it a new id but the same URL.
 * When the disk is full it makes room and tries once more, then throws StoreFullError.
 */
export async function saveFetchedItems(feedId: number, items: FetchedItem[], now = Date.now()): Promise<SaveResult> {
  const unique = [...new Map(items.map((item) => [articleId(feedId, item.id), item])).entries()];
  const ids = unique.map(([id]) => id);

  return writeStories(async () => {
    const [stored, statuses] = await Promise.all([db.articles.bulkGet(ids), db.statuses.bulkGet(ids)]);
    const renamed = await storiesUnderOldIds(
      feedId,
      new Set(ids),
      unique.filter((_, index) => !statuses[index]).flatMap(([, item]) => item.url ?? []),
    );

    const articles: Article[] = [];
    const statusWrites: ArticleStatus[] = [];
    const replaced: string[] = [];
    let added = 0;
    let updated = 0;

    unique.forEach(([id, item], index) => {
      let status = statuses[index];
      const old = status || !item.url ? undefined : renamed.get(item.url);
      if (old) {
        renamed.delete(old.article.url ?? '');
        replaced.push(old.article.id);
        status = old.status;
      }
      const firstSeenAt = status?.firstSeenAt ?? now;
      const sortAt = Math.min(item.publishedAt ?? item.updatedAt ?? firstSeenAt, firstSeenAt);
      if (!status) added += 1;
      else if (stored[index] || old) updated += 1;
      if (status?.articleId !== id || status.sortAt !== sortAt) {
        statusWrites.push({ read: 0, starred: 0, ...status, articleId: id, feedId, firstSeenAt, sortAt });
      }
      articles.push({ ...item, id, feedId, itemId: item.id, sortAt, fetchedAt: now, words: searchWords(item) });
    });

    await Promise.all([db.articles.bulkDelete(replaced), db.statuses.bulkDelete(replaced)]);
    await Promise.all([db.articles.bulkPut(articles), db.statuses.bulkPut(statusWrites)]);
    return { added, updated };
  });
}

/** Stored stories of this feed with one of these URLs, under an id this fetch no longer uses, with their status. */
async function storiesUnderOldIds(feedId: number, fetchedIds: Set<string>, urls: string[]) {
  const found = new Map<string, { article: Article; status: ArticleStatus }>();
  if (urls.length === 0) return found;
  const candidates = (
    await db.articles
      .where('[feedId+url]')
      .anyOf(urls.map((url) => [feedId, url]))
      .toArray()
  ).filter((article) => !fetchedIds.has(article.id));
  const statuses = await db.statuses.bulkGet(candidates.map((article) => article.id));
  candidates.forEach((article, index) => {
    const status = statuses[index];
    if (article.url && status) found.set(article.url, { article, status });
  });
  return found;
}
