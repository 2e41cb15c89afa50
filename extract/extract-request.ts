/** What the background asks the offscreen document; the answer is an ExtractedArticle, or null for no story. */
export interface ExtractRequest {
  type: 'extract-article';
  html: string;
  url: string;
}

/** Whether a runtime message is an ExtractRequest (the offscreen document hears every message the pages send too). */
export function isExtractRequest(message: unknown): message is ExtractRequest {
  if (typeof message !== 'object' || message === null) return false;
  const { type, html, url } = message as Partial<Record<keyof ExtractRequest, unknown>>;
  return type === 'extract-article' && typeof html === 'string' && typeof url === 'string';
}
