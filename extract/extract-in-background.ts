/**
 * The extract module's public API for the background (with extract-article.ts's ExtractedArticle); everything else
 * here is implementation.
 */
import { browser } from 'wxt/browser';
import { type ExtractedArticle, extractArticle } from './extract-article';
import type { ExtractRequest } from './extract-request';

export type { ExtractedArticle } from './extract-article';

const OFFSCREEN_PATH = '/offscreen.html';
/** How long one page's extraction may take before the story keeps the feed's version. */
const EXTRACT_TIMEOUT_MS = 30_000;

let creating: Promise<void> | undefined;

async function hasOffscreenDocument(url: string): Promise<boolean> {
  const contexts = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
  return contexts.length > 0;
}

async function createOffscreenDocument(): Promise<void> {
  const url = browser.runtime.getURL(OFFSCREEN_PATH);
  // The document outlives a restarted service worker, whose memory of it does not.
  if (await hasOffscreenDocument(url)) return;
  try {
    await browser.offscreen.createDocument({
      url,
      reasons: ['DOM_PARSER'],
      justification: 'Extracts the text of story pages for offline reading.',
    });
  } catch (error) {
    // Another context of ours created it in between: "Only a single offscreen document may be created."
    if (!(await hasOffscreenDocument(url))) throw error;
  }
}

/** Makes sure the offscreen document is open, creating it once however many extractions ask at the same time. */
function ensureOffscreenDocument(): Promise<void> {
  creating ??= createOffscreenDocument().finally(() => {
    creating = undefined;
  });
  return creating;
}

/**
 * The story in a page's HTML (see extractArticle), found where there is a DOM: here when the background has one
 * (Firefox's background page), else in Chrome's offscreen document, since an MV3 service worker has no DOMParser.
 */
export async function extractInBackground(html: string, url: string): Promise<ExtractedArticle | undefined> {
  if (typeof globalThis.DOMParser === 'function') return extractArticle(html, url);
  await ensureOffscreenDocument();
  const request: ExtractRequest = { type: 'extract-article', html, url };
  // A page that hangs the offscreen document must not hold every later download behind it.
  const answer: ExtractedArticle | null | undefined = await Promise.race([
    browser.runtime.sendMessage(request),
    new Promise<undefined>((resolve) => setTimeout(resolve, EXTRACT_TIMEOUT_MS)),
  ]);
  return answer ?? undefined;
}
