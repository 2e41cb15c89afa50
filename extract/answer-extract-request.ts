import { type ExtractedArticle, extractArticle } from './extract-article';
import { isExtractRequest } from './extract-request';

/**
 * The offscreen document's runtime.onMessage listener: the story in the page asked about, null when there is none
 * (a message cannot carry undefined), and undefined for other messages so that their own listener answers them.
 */
export function answerExtractRequest(message: unknown): Promise<ExtractedArticle | null> | undefined {
  if (!isExtractRequest(message)) return undefined;
  return Promise.resolve(extractArticle(message.html, message.url) ?? null);
}
