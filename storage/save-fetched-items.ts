import { db } from './db';
import type { Article, ArticleStatus, StoryFields } from './records';

/** One item of a fetch, with the feed's stable id for it. */
export interface FetchedItem extends StoryFields {
  id: string;
}

export interface SaveResult {
  /** Stories the reader has never seen before. */
  added: number;
  /** Stories already stored, rewritten with what the feed says now. */
  updated: number;
}

export function articleId(feedId: number, itemId: string): string {
  return `${feedId}:${itemId}`;
}

/**
 * Stores one fetch's items in one transaction. A story already known keeps its
 * read and starred status and its first-seen time, so a re-fetched or edited
 * story never turns unread or jumps to the top again.
 */
export async function saveFetchedItems(feedId: number, items: FetchedItem[], now = Date.now()): Promise<SaveResult> {
  const unique = [...new Map(items.map((item) => [articleId(feedId, item.id), item])).entries()];
  const ids = unique.map(([id]) => id);

  return db.transaction('rw', db.articles, db.statuses, async () => {
    const [stored, statuses] = await Promise.all([db.articles.bulkGet(ids), db.statuses.bulkGet(ids)]);
    const articles: Article[] = [];
    const newStatuses: ArticleStatus[] = [];
    let updated = 0;

    unique.forEach(([id, item], index) => {
      const status = statuses[index];
      const firstSeenAt = status?.firstSeenAt ?? now;
      if (!status) newStatuses.push({ articleId: id, feedId, read: 0, starred: 0, firstSeenAt });
      if (stored[index]) updated += 1;
      articles.push({
        ...item,
        id,
        feedId,
        itemId: item.id,
        sortAt: Math.min(item.publishedAt ?? item.updatedAt ?? firstSeenAt, firstSeenAt),
        fetchedAt: now,
      });
    });

    await db.articles.bulkPut(articles);
    await db.statuses.bulkAdd(newStatuses);
    return { added: newStatuses.length, updated };
  });
}
