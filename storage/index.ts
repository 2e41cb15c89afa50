/** The store's public face: pages and refresh/ import from here; everything else in storage/ is implementation. */
export { type Adjacent, adjacentArticles } from './adjacent-articles';
export { applyRetention, type RetentionReport } from './apply-retention';
export { type ArticleFilter, type ListOptions, type ListPosition, viewsOf as articlesById } from './article-order';
export { clearReadStories } from './clear-read-stories';
export { dropPictures } from './drop-pictures';
export { feedForSource } from './feed-for-source';
export { foldText } from './fold-text';
export { getArticle } from './get-article';
export { getStoryCopy, type StoryCopy } from './get-story-copy';
export { isQuotaError } from './is-quota-error';
export { listArticleIds } from './list-article-ids';
export { type ArticlePage, listArticles, type PageRequest } from './list-articles';
export { listFeeds } from './list-feeds';
export { markAllRead } from './mark-all-read';
export { markRead } from './mark-read';
export { moveFeed } from './move-feed';
export { openStore } from './open-store';
export type {
  Article,
  ArticleStatus,
  ArticleView,
  FeedFailure,
  FeedRecord,
  OfflineCopy,
  PictureGap,
  SavedPicture,
  SavedText,
} from './records';
export { articleId, type FetchedItem, type SaveResult, saveFetchedItems } from './save-fetched-items';
export { type DownloadedCopy, saveOfflineCopy } from './save-offline-copy';
export { type SearchOptions, searchArticles } from './search-articles';
export { setStarred } from './set-starred';
export {
  DEFAULT_RETENTION,
  feedUrlSetting,
  fullTextSetting,
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
export { type StorageUsage, storageUsage } from './storage-usage';
export { StoreFullError } from './store-full-error';
export { type StoredBytes, storedBytes } from './stored-bytes';
export { type DownloadQuery, storiesToDownload } from './stories-to-download';
export { unreadCount } from './unread-count';
export { updateFeed } from './update-feed';
