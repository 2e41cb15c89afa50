import type { ArticleView } from '../storage';
import { t } from './messages';

const PREVIEW_LENGTH = 90;

/** What to call a story that has no title: the start of its summary, else a word that says so. */
export function displayTitle(article: Pick<ArticleView, 'title' | 'summary'>): string {
  if (article.title) return article.title;
  const summary = article.summary ?? '';
  if (!summary) return t.untitled;
  return summary.length > PREVIEW_LENGTH ? `${summary.slice(0, PREVIEW_LENGTH).trimEnd()}…` : summary;
}
