import { Dexie } from 'dexie';
import { db, storyTables } from './db';
import { deleteCopies } from './delete-copies';
import type { Article, ArticleStatus, FeedRecord, StoryWords } from './records';
import { articleId } from './save-fetched-items';
import { searchWords } from './search-words';

/**
 * Points a feed at a new address (it moved, or was discovered again), keeping its id, stories and source, and
 * forgetting what belonged to the old address (validators, body hash). When another record already has that address,
 * that one becomes the feed of this one's source instead: it takes this one's stories and read marks, and this one
 * goes, so the next fetch does not store the same stories a second time. Returns the record that now serves the source.
 */
export async function moveFeed(id: number, url: string): Promise<FeedRecord> {
  return db.transaction('rw', [db.feeds, ...storyTables()], async () => {
    const feed = await db.feeds.get(id);
    if (!feed) throw new Error(`There is no feed ${id} to move.`);
    const source = { sourceUrl: feed.sourceUrl ?? feed.url, discover: feed.discover };
    const holder = await db.feeds.where('url').equals(url).first();
    if (holder && holder.id !== id) {
      await handOverStories(id, holder.id);
      await db.feeds.delete(id);
      await db.feeds.update(holder.id, source);
      return (await db.feeds.get(holder.id)) as FeedRecord;
    }
    await db.feeds.update(id, {
      url,
      ...source,
      etag: undefined,
      lastModified: undefined,
      bodyHash: undefined,
      redirectedTo: undefined,
    });
    return (await db.feeds.get(id)) as FeedRecord;
  });
}

/**
 * Re-keys one feed's stories, statuses and search words to another. A story both hold keeps the copy fetched last, is
 * read or starred if either says so, and was first seen when the earlier saw it. Call inside a rw transaction.
 */
async function handOverStories(from: number, to: number): Promise<void> {
  const [articles, statuses, words] = await Promise.all([
    db.articles.where('[feedId+sortAt+id]').between([from, Dexie.minKey], [from, Dexie.maxKey]).toArray(),
    db.statuses.where('feedId').equals(from).toArray(),
    db.storyWords.where('[feedId+sortAt+id]').between([from, Dexie.minKey], [from, Dexie.maxKey]).toArray(),
  ]);
  const theirWords = new Map(words.map((row) => [row.id, row.words]));
  const prefix = articleId(from, '');
  const theirArticles = new Map(articles.map((article) => [article.itemId, article]));
  const theirStatuses = new Map(statuses.map((status) => [status.articleId.slice(prefix.length), status]));
  const itemIds = [...new Set([...theirArticles.keys(), ...theirStatuses.keys()])];
  const ids = itemIds.map((itemId) => articleId(to, itemId));
  const [ourArticles, ourStatuses] = await Promise.all([db.articles.bulkGet(ids), db.statuses.bulkGet(ids)]);

  const articleWrites: Article[] = [];
  const wordWrites: StoryWords[] = [];
  const statusWrites: ArticleStatus[] = [];
  itemIds.forEach((itemId, index) => {
    const id = ids[index] as string;
    const theirs = theirArticles.get(itemId);
    let kept = ourArticles[index];
    if (theirs && (!kept || theirs.fetchedAt > kept.fetchedAt)) {
      kept = { ...theirs, id, feedId: to };
      articleWrites.push(kept);
      wordWrites.push({ id, feedId: to, sortAt: kept.sortAt, words: theirWords.get(theirs.id) ?? searchWords(theirs) });
    }
    const both = [theirStatuses.get(itemId), ourStatuses[index]].filter((status) => status !== undefined);
    if (both.length === 0) return;
    statusWrites.push({
      articleId: id,
      feedId: to,
      read: both.some((status) => status.read === 1) ? 1 : 0,
      starred: both.some((status) => status.starred === 1) ? 1 : 0,
      firstSeenAt: Math.min(...both.map((status) => status.firstSeenAt)),
      ...(kept ? { sortAt: kept.sortAt } : {}),
    });
  });

  await Promise.all([
    db.articles.bulkDelete(articles.map((article) => article.id)),
    db.statuses.bulkDelete(statuses.map((status) => status.articleId)),
    db.storyWords.bulkDelete(words.map((row) => row.id)),
    // Downloaded again under their new ids by the next download of recent stories.
    deleteCopies(articles.map((article) => article.id)),
  ]);
  await Promise.all([
    db.articles.bulkPut(articleWrites),
    db.statuses.bulkPut(statusWrites),
    db.storyWords.bulkPut(wordWrites),
  ]);
}
