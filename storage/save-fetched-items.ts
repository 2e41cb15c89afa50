import { db } from './db';
import type { Article, ArticleStatus, StoryFields, StoryWords } from './records';
import { rekeyCopies } from './rekey-copies';
import { searchWords } from './search-words';
import { writeStories } from './write-stories';

/** One item of a fetch, with the feed's stable id for it. */
export interface FetchedItem extends StoryFields {
  id: string;
}

export interface SaveResult {
  /** Stories the reader has never seen before. */
  added: number;
  /** Their article ids, newest first. */
  addedIds: string[];
  /** Stories already stored (or known under another id), rewritten with what the feed says now. */
  updated: number;
}

export function articleId(feedId: number, itemId: string): string {
  return `${feedId}:${itemId}`;
}

/**
 * Stores one fetch's items in one transaction. A story already known keeps its read and starred status and its
 * first-seen time, so a re-fetched or edited story never turns unread or jumps to the top again. That holds when it
 * comes back after being evicted (its status outlives it), and when the feed gives it a new id but the same URL (and
 * the same title or date: several stories may link to one page).
 * When the disk is full it makes room and tries once more, then throws StoreFullError.
 */
export async function saveFetchedItems(feedId: number, items: FetchedItem[], now = Date.now()): Promise<SaveResult> {
  const unique = [...new Map(items.map((item) => [articleId(feedId, item.id), item])).entries()];
  const ids = unique.map(([id]) => id);

  return writeStories(async () => {
    const [stored, statuses] = await Promise.all([db.articles.bulkGet(ids), db.statuses.bulkGet(ids)]);
    const urlCounts = new Map<string, number>();
    for (const [, { url }] of unique) if (url) urlCounts.set(url, (urlCounts.get(url) ?? 0) + 1);
    const renamed = await storiesUnderOldIds(
      feedId,
      new Set(ids),
      unique.flatMap(([, { url }], index) => (!statuses[index] && url && urlCounts.get(url) === 1 ? [url] : [])),
    );

    const articles: Article[] = [];
    const wordRows: StoryWords[] = [];
    const statusWrites: ArticleStatus[] = [];
    const replaced: string[] = [];
    const fresh: Article[] = [];
    const redated: ArticleStatus[] = [];
    const renamedCopies: { from: string; to: string; sortAt: number }[] = [];
    const edited: string[] = [];
    let updated = 0;

    unique.forEach(([id, item], index) => {
      let status = statuses[index];
      const candidate = status || !item.url ? undefined : renamed.get(item.url);
      const old = candidate && sameStory(candidate.article, item) ? candidate : undefined;
      if (old) {
        renamed.delete(old.article.url ?? '');
        replaced.push(old.article.id);
        status = old.status;
      }
      const firstSeenAt = status?.firstSeenAt ?? now;
      const sortAt = Math.min(item.publishedAt ?? item.updatedAt ?? firstSeenAt, firstSeenAt);
      if (stored[index] || old) updated += 1;
      if (old) renamedCopies.push({ from: old.article.id, to: id, sortAt });
      if (stored[index] && changedShown(stored[index], item)) edited.push(id);
      if (status?.articleId !== id || status.sortAt !== sortAt) {
        const write: ArticleStatus = { read: 0, starred: 0, ...status, articleId: id, feedId, firstSeenAt, sortAt };
        statusWrites.push(write);
        if (status?.articleId === id && status.sortAt !== undefined) redated.push(write);
      }
      const article = { ...item, id, feedId, itemId: item.id, sortAt, fetchedAt: now };
      articles.push(article);
      wordRows.push({ id, feedId, sortAt, words: searchWords(item) });
      if (!status) fresh.push(article);
    });

    await Promise.all([
      db.articles.bulkDelete(replaced),
      db.statuses.bulkDelete(replaced),
      db.storyWords.bulkDelete(replaced),
      rekeyCopies(renamedCopies),
    ]);
    await Promise.all([
      db.articles.bulkPut(articles),
      db.statuses.bulkPut(statusWrites),
      db.storyWords.bulkPut(wordRows),
      // The Downloaded list is in the same order as the others.
      db.copies.bulkUpdate(redated.map(({ articleId: key, sortAt }) => ({ key, changes: { sortAt } }))),
      // An edited story is downloaded again: its saved copy may lack what it now shows.
      db.copies.bulkUpdate(edited.map((key) => ({ key, changes: { complete: 0, attempts: 0, retryAt: now } }))),
    ]);
    fresh.sort((a, b) => b.sortAt - a.sortAt);
    return { added: fresh.length, addedIds: fresh.map((article) => article.id), updated };
  });
}

/** Whether the feed changed what the reader sees of a story: its text, picture or page. */
function changedShown(stored: Article, item: FetchedItem): boolean {
  return stored.contentHtml !== item.contentHtml || stored.imageUrl !== item.imageUrl || stored.url !== item.url;
}

/** A URL alone does not make two items one story: feeds link several items to one live page or to their homepage. */
function sameStory(stored: Article, item: FetchedItem): boolean {
  return stored.title === item.title || (item.publishedAt !== undefined && stored.publishedAt === item.publishedAt);
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
