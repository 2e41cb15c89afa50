/** The store's public face: pages and refresh/ import from here; everything else in storage/ is implementation. */
export { ensureFeed } from './ensure-feed';
export { feedUrlSetting } from './feed-url-setting';
export { latestArticles } from './latest-articles';
export { listFeeds } from './list-feeds';
export type { Article, ArticleStatus, ArticleView, FeedFailure, FeedRecord } from './records';
export { type FetchedItem, type SaveResult, saveFetchedItems } from './save-fetched-items';
export { updateFeed } from './update-feed';
