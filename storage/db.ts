import { Dexie, type EntityTable } from 'dexie';
import type { Article, ArticleStatus, FeedRecord } from './records';

export type ReaderDb = Dexie & {
  feeds: EntityTable<FeedRecord, 'id'>;
  articles: EntityTable<Article, 'id'>;
  statuses: EntityTable<ArticleStatus, 'articleId'>;
};

/** Opens (lazily, on first use) the reader's database. */
export function openDb(name = 'reader'): ReaderDb {
  const db = new Dexie(name) as ReaderDb;
  db.version(1).stores({
    feeds: '++id, &url',
    articles: 'id, feedId, sortAt, [feedId+sortAt]',
    statuses: 'articleId, feedId, read, starred',
  });
  return db;
}

/** The database every page and the background share. */
export const db = openDb();
