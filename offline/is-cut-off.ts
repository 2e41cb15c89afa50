import { plainText } from '../feed/plain-text';
import type { Article } from '../storage';

/** Where feeds say the rest is elsewhere: only the end of the text counts, so "Xem thêm:" midway is not a cut. */
const TAIL = 80;
// An ellipsis, "[…]", or a "read more" link, in English or Vietnamese.
const CUT_OFF =
  /(?:\u2026|\.\.\.|\[(?:\u2026|\.\.\.)\]|read (?:more|the (?:full|whole|rest)\b.*)|continue reading.*|the post .* appeared first on .*|đọc (?:tiếp|thêm).*|xem (?:tiếp|thêm).*)\s*$/i;

/** Whether what the feed gave of a story ends by saying the rest is on its page. */
export function isCutOff(article: Pick<Article, 'contentHtml' | 'summary'>): boolean {
  return CUT_OFF.test(plainText(article.contentHtml || article.summary || '').slice(-TAIL));
}
