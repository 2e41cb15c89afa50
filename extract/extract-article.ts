/**
 * The extract module runs where there is a DOM: the offscreen document in Chrome, the background page in Firefox.
 * Callers in the background use extractInBackground, which finds that DOM; this is what runs there.
 */
import { Readability } from '@mozilla/readability';

/** A page with more elements than this is not a story page: Readability would hold the background for seconds. */
const MAX_ELEMENTS = 30_000;

export interface ExtractedArticle {
  /** The story's own markup, links and pictures absolute, not yet sanitized (the reader sanitizes what it shows). */
  html: string;
  title?: string;
  byline?: string;
  /** Characters of text, for telling a whole story from a teaser. */
  textLength: number;
}

// Readability's default charThreshold: below it, parse() hands back its best failed attempt (a form, a menu), not a story.
const MIN_STORY_CHARS = 500;
// More than half the text in links is a list of headlines, which Readability returns as happily as a story.
const MAX_LINK_SHARE = 0.5;

/** Points the parsed page at its own address, keeping a <base> the page set itself (read against that address). */
function setBase(doc: Document, url: string): void {
  const own = doc.querySelector('base[href]');
  let href = url;
  try {
    href = new URL(own?.getAttribute('href') ?? url, url).href;
  } catch {
    // A <base> that does not parse is ignored, as browsers do.
  }
  const base = own ?? doc.createElement('base');
  base.setAttribute('href', href);
  if (!own) doc.head.prepend(base);
}

/** The characters of a node's text, white space left out (indentation is not text). */
function textSize(node: Node): number {
  return node.textContent?.replace(/\s+/g, '').length ?? 0;
}

/** How much of some HTML's text is the text of its links, from 0 to 1. */
function linkShare(html: string): number {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  const total = textSize(body);
  let linked = 0;
  for (const link of body.querySelectorAll('a')) linked += textSize(link);
  return total === 0 ? 1 : linked / total;
}

/** The story in a page's HTML, as Firefox's Reader View finds it, or undefined when the page holds no story. */
export function extractArticle(html: string, url: string): ExtractedArticle | undefined {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // Without it, relative links and pictures would resolve against the extension's page, not the story's.
  setBase(doc, url);
  const article = new Readability(doc, { charThreshold: MIN_STORY_CHARS, maxElemsToParse: MAX_ELEMENTS }).parse();
  const text = article?.textContent?.trim() ?? '';
  if (!article?.content || text.length < MIN_STORY_CHARS || linkShare(article.content) > MAX_LINK_SHARE) {
    return undefined;
  }
  return {
    html: article.content,
    textLength: text.length,
    ...(article.title?.trim() ? { title: article.title.trim() } : {}),
    ...(article.byline?.trim() ? { byline: article.byline.trim() } : {}),
  };
}
