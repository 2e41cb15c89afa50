import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
import type { Article, ArticleStatus, FeedRecord, OfflineCopy, SavedPicture, SavedText, StoryWords } from './records';
import { searchWords } from './search-words';

export type ReaderDb = Dexie & {
  feeds: EntityTable<FeedRecord, 'id'>;
  articles: EntityTable<Article, 'id'>;
  statuses: EntityTable<ArticleStatus, 'articleId'>;
  storyWords: EntityTable<StoryWords, 'id'>;
  copies: EntityTable<OfflineCopy, 'id'>;
  savedTexts: EntityTable<SavedText, 'id'>;
  savedPictures: Table<SavedPicture, [string, string]>;
};

/** An article as versions 2 and earlier stored it: with its search words. */
type ArticleWithWords = Article & { words?: string[] };

/**
 * Every version the database has had, oldest first. A version is never edited once released: a change is a new
 * entry, with an upgrade that carries every story, read mark and star across (tests/unit/storage/migrations.test.ts).
 */
const VERSIONS: { stores: Record<string, string>; upgrade?: (tx: Transaction) => Promise<void> }[] = [
  {
    stores: {
      feeds: '++id, &url',
      articles: 'id, feedId, sortAt, [feedId+sortAt]',
      statuses: 'articleId, feedId, read, starred',
    },
  },
  {
    // Cursor paging needs a unique order (sortAt, then id); unread and starred lists and counts come from statuses,
    // whose compound indexes skip evicted stories; [feedId+url] finds a story whose feed changed its ids.
    stores: {
      articles: 'id, [sortAt+id], [feedId+sortAt+id], [feedId+url], *words',
      statuses:
        'articleId, feedId, [read+sortAt+articleId], [feedId+read+sortAt+articleId], [starred+sortAt+articleId]',
    },
    upgrade: async (tx) => {
      const sortAts = new Map<string, number>();
      await tx
        .table<ArticleWithWords, string>('articles')
        .toCollection()
        .modify((article) => {
          article.words = searchWords(article);
          sortAts.set(article.id, article.sortAt);
        });
      await tx
        .table<ArticleStatus, string>('statuses')
        .toCollection()
        .modify((status) => {
          const sortAt = sortAts.get(status.articleId);
          if (sortAt !== undefined) status.sortAt = sortAt;
        });
    },
  },
  {
    // Search words move to small rows of their own: checking a common word on the newest stories read whole articles.
    stores: {
      articles: 'id, [sortAt+id], [feedId+sortAt+id], [feedId+url]',
      storyWords: 'id, [sortAt+id], [feedId+sortAt+id], *words',
    },
    upgrade: async (tx) => {
      const rows: StoryWords[] = [];
      await tx
        .table<ArticleWithWords, string>('articles')
        .toCollection()
        .modify((article) => {
          const { id, feedId, sortAt } = article;
          rows.push({ id, feedId, sortAt, words: article.words ?? searchWords(article) });
          delete article.words;
        });
      await tx.table<StoryWords, string>('storyWords').bulkAdd(rows);
    },
  },
  {
    // Stories saved for reading offline: what is kept of each, its page's text and its pictures. Nothing to carry
    // across: the background downloads recent stories that have no copy yet.
    stores: {
      copies: 'id, [complete+sortAt+id]',
      savedTexts: 'id',
      savedPictures: '[articleId+url], articleId',
    },
  },
];

export const LATEST_VERSION = VERSIONS.length;

/** Opens (lazily, on first use) the reader's database; `version` is for the migration tests. */
export function openDb(name = 'reader', version = LATEST_VERSION): ReaderDb {
  const db = new Dexie(name) as ReaderDb;
  VERSIONS.slice(0, version).forEach(({ stores, upgrade }, index) => {
    const declared = db.version(index + 1).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  });
  return db;
}

/** The database every page and the background share. */
export const db = openDb();

/** Every table that holds part of a story: writes and evictions span them all, so a story is never half-kept. */
export function storyTables(database: ReaderDb = db) {
  const { articles, statuses, storyWords, copies, savedTexts, savedPictures } = database;
  return [articles, statuses, storyWords, copies, savedTexts, savedPictures];
}
