import { Dexie, type Table } from 'dexie';
import { db } from './db';
import type { Article, ArticleStatus, ArticleView, OfflineCopy } from './records';

/** Which stories a list shows; 'downloaded' is those whose whole text and pictures are saved. */
export type ArticleFilter = 'all' | 'unread' | 'starred' | 'downloaded';

export interface ListOptions {
  /** One feed's stories; all feeds when absent. */
  feedId?: number;
  filter?: ArticleFilter;
}

/** A place in a list: lists are ordered newest first by sortAt, then by id, so every place is unique. */
export interface ListPosition {
  sortAt: number;
  id: string;
}

/**
 * The ids of up to `limit` stories of a list, walking from a place (exclusive; the list's start when absent) towards
 * older stories or back towards newer ones. Reads one index, so it costs the same at the 10th page as at the first.
 */
export async function idsInOrder(
  options: ListOptions,
  from: ListPosition | undefined,
  direction: 'older' | 'newer',
  limit: number,
): Promise<string[]> {
  return (await rangeOf(options, from, direction).limit(limit).primaryKeys()) as string[];
}

/**
 * Up to `limit` stories of a list with the reader's status, older than a place (the list's start when absent), and
 * whether more follow. The list's index is read with its rows in one request, so only the other table is read story
 * by story.
 */
export async function viewsInOrder(
  options: ListOptions,
  from: ListPosition | undefined,
  limit: number,
): Promise<{ views: ArticleView[]; more: boolean }> {
  const rows = await rangeOf(options, from, 'older')
    .limit(limit + 1)
    .toArray();
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  const filter = options.filter ?? 'all';
  if (filter === 'all') {
    const articles = page as unknown as Article[];
    const ids = articles.map((article) => article.id);
    const [statuses, copies] = await Promise.all([db.statuses.bulkGet(ids), db.copies.bulkGet(ids)]);
    return { views: articles.map((article, index) => viewOf(article, statuses[index], copies[index])), more };
  }
  if (filter === 'downloaded')
    return { views: await viewsOf((page as unknown as OfflineCopy[]).map((c) => c.id)), more };
  const statuses = page as unknown as ArticleStatus[];
  const ids = statuses.map((status) => status.articleId);
  const [articles, copies] = await Promise.all([db.articles.bulkGet(ids), db.copies.bulkGet(ids)]);
  return {
    views: articles.flatMap((article, index) => (article ? [viewOf(article, statuses[index], copies[index])] : [])),
    more,
  };
}

/** A list's index range from a place (exclusive; the list's start when absent), in the direction asked. */
function rangeOf(
  { feedId, filter = 'all' }: ListOptions,
  from: ListPosition | undefined,
  direction: 'older' | 'newer',
) {
  const { table, index, prefix, feedFilter } = indexFor(filter, feedId);
  // One bound element past the prefix is enough, and a key may not hold the same array twice (IndexedDB's cycle check).
  const lower = [...prefix, Dexie.minKey];
  const upper = [...prefix, Dexie.maxKey];
  const at = from && [...prefix, from.sortAt, from.id];
  const range =
    direction === 'older'
      ? table
          .where(index)
          .between(lower, at ?? upper, true, !at)
          .reverse()
      : table.where(index).between(at ?? lower, upper, !at, true);
  return feedFilter ? range.filter((row) => row.feedId === feedId) : range;
}

interface IndexChoice {
  table: Table<{ feedId: number }, string>;
  index: string;
  /** The index's leading values that select the list. */
  prefix: unknown[];
  /** Whether rows of other feeds must be filtered out after the index. */
  feedFilter?: boolean;
}

function indexFor(filter: ArticleFilter, feedId: number | undefined): IndexChoice {
  const articles = db.articles as unknown as IndexChoice['table'];
  const statuses = db.statuses as unknown as IndexChoice['table'];
  const perFeed = feedId !== undefined;
  switch (filter) {
    case 'all':
      return {
        table: articles,
        index: perFeed ? '[feedId+sortAt+id]' : '[sortAt+id]',
        prefix: perFeed ? [feedId] : [],
      };
    case 'unread':
      return {
        table: statuses,
        index: perFeed ? '[feedId+read+sortAt+articleId]' : '[read+sortAt+articleId]',
        prefix: perFeed ? [feedId, 0] : [0],
      };
    case 'starred':
      // Starred stories are few; one index serves every feed.
      return { table: statuses, index: '[starred+sortAt+articleId]', prefix: [1], feedFilter: perFeed };
    case 'downloaded':
      return {
        table: db.copies as unknown as IndexChoice['table'],
        index: '[complete+sortAt+id]',
        prefix: [1],
        feedFilter: perFeed,
      };
  }
}

/** The stories with these ids, in the same order, with the reader's status; ids no longer stored are skipped. */
export async function viewsOf(ids: string[]): Promise<ArticleView[]> {
  const [articles, statuses, copies] = await Promise.all([
    db.articles.bulkGet(ids),
    db.statuses.bulkGet(ids),
    db.copies.bulkGet(ids),
  ]);
  return articles.flatMap((article, index) => (article ? [viewOf(article, statuses[index], copies[index])] : []));
}

function viewOf(article: Article, status: ArticleStatus | undefined, copy: OfflineCopy | undefined): ArticleView {
  const view: ArticleView = { ...article, read: status?.read === 1, starred: status?.starred === 1 };
  if (copy) view.offline = copy.complete ? 'complete' : 'partial';
  return view;
}
