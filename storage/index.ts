/** The store's public face: pages and refresh/ import from here; everything else in storage/ is implementation. */
export { type Adjacent, adjacentArticles } from './adjacent-articles';
export type { ArticleFilter, ListOptions, ListPosition } from './article-order';
export { ensureFeed } from './ensure-feed';
export { foldText } from './fold-text';
export { getArticle } from './get-article';
export { type ArticlePage, listArticles, type PageRequest } from './list-articles';
export { listFeeds } from './list-feeds';
export { markAllRead } from './mark-all-read';
export { markRead } from './mark-read';
export type { Article, ArticleStatus, ArticleView, FeedFailure, FeedRecord } from './records';
export { type FetchedItem, type SaveResult, saveFetchedItems } from './save-fetched-items';
export { type SearchOptions, searchArticles } from './search-articles';
export { setStarred } from './set-starred';
export {
  DEFAULT_RETENTION,
  feedUrlSetting,
  type LanguageChoice,
  languageSetting,
  notificationsSetting,
  REFRESH_MINUTES,
  type RetentionLimits,
  readRefreshInterval,
  readRetention,
  refreshIntervalSetting,
  retentionSetting,
  type Theme,
  themeSetting,
} from './settings';
export { unreadCount } from './unread-count';
export { updateFeed } from './update-feed';
