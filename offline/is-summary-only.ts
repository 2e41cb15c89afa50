import { plainText } from '../feed/plain-text';
import type { Article } from '../storage';

/** Fewer characters of text than this is a summary: a news story's whole text runs to several paragraphs. */
export const SUMMARY_LENGTH = 500;

// How feeds say the rest is elsewhere: an ellipsis, "[…]", or a "read more" link, in English or Vietnamese.
const CUT_OFF =
  /(?:\u2026|\.\.\.|\[(?:\u2026|\.\.\.)\]|read (?:more|the (?:full|whole|rest)\b.*)|continue reading.*|the post .* appeared first on .*|đọc (?:tiếp|thêm).*|xem (?:tiếp|thêm).*)\s*$/i;

/** Whether what the feed gave of a story is only a summary (short, or cut off), so its page is worth reading whole. */
export function isSummaryOnly(article: Pick<Article, 'contentHtml' | 'summary'>): boolean {
  const text = plainText(article.contentHtml || article.summary || '');
  return text.length < SUMMARY_LENGTH || CUT_OFF.test(text);
}
