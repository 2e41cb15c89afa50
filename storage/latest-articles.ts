import { db } from './db';
import type { ArticleView } from './records';

/** The newest stories across feeds, with the reader's status. */
export async function latestArticles(limit: number): Promise<ArticleView[]> {
  const articles = await db.articles.orderBy('sortAt').reverse().limit(limit).toArray();
  const statuses = await db.statuses.bulkGet(articles.map((article) => article.id));
  return articles.map((article, index) => ({
    ...article,
    read: statuses[index]?.read === 1,
    starred: statuses[index]?.starred === 1,
  }));
}
