import { plainText } from '../feed/plain-text';
import type { Article } from '../storage';
import { isCutOff } from './is-cut-off';

/** Fewer characters of text than this is a summary: a news story's whole text runs to several paragraphs. */
const SUMMARY_LENGTH = 500;

/** Whether what the feed gave of a story is only a summary (short, or cut off), so its page is worth reading whole. */
export function isSummaryOnly(article: Pick<Article, 'contentHtml' | 'summary'>): boolean {
  return plainText(article.contentHtml || article.summary || '').length < SUMMARY_LENGTH || isCutOff(article);
}
