import type { FeedServer } from './feed-server';
import { solidPng } from './png';

export interface SummaryStory {
  slug: string;
  title: string;
  /** What the feed says of it: one sentence. */
  summary: string;
  /** A sentence only its page has. */
  onlyOnPage: string;
}

/** Stories whose feed gives one sentence each: the rest is on their pages. */
export const SUMMARY_STORIES: SummaryStory[] = [
  {
    slug: 'rice-exports',
    title: 'Rice exports reach a record in November',
    summary: 'Shipments rose on demand from the Philippines.',
    onlyOnPage: 'Traders in the Mekong Delta said fragrant rice fetched the best prices of the decade.',
  },
  {
    slug: 'dong-steady',
    title: 'The dong holds steady against the dollar',
    summary: 'The central rate moved less than 0.1% this week.',
    onlyOnPage: 'Banks kept their selling price of the dollar just under the ceiling the State Bank allows.',
  },
  {
    slug: 'port-expansion',
    title: 'Cai Mep port expansion wins approval',
    summary: 'Two new berths will take the largest container ships.',
    onlyOnPage: 'The investors expect the first of the new berths to open in the third quarter of 2028.',
  },
];

/** The last story's picture in its text is an SVG, with a script in it that must never run. */
const inlineType = (story: SummaryStory) => (story === SUMMARY_STORIES.at(-1) ? 'svg' : 'png');

const HOSTILE_SVG =
  '<?xml version="1.0" encoding="UTF-8"?><svg xmlns="http://www.w3.org/2000/svg" width="320" height="160" ' +
  'viewBox="0 0 320 160"><script>document.title = "pwned"</script><rect width="320" height="160" fill="#2a7"/></svg>';

/** A news site's page for a story: navigation, a sidebar and comments around the article, which holds two pictures. */
function storyPage(story: SummaryStory): string {
  const filler = Array.from(
    { length: 5 },
    (_, index) =>
      `<p>Paragraph ${index + 1} of the report goes on about ${story.title.toLowerCase()}, with figures from the ministry, ` +
      'quotes from analysts in Hanoi and Ho Chi Minh City, and what it means for households and firms next year.</p>',
  ).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${story.title}</title></head><body>
<header><nav><a href="/">Home</a> <a href="/markets">Markets</a> <a href="/economy">Economy</a></nav></header>
<main><article><h1>${story.title}</h1><p class="byline">By Staff Reporter</p>
<p>${story.summary} ${story.onlyOnPage}</p>
<figure><img src="/media/${story.slug}-inline.${inlineType(story)}" width="320" height="200" alt="Chart"><figcaption>Chart</figcaption></figure>
${filler}</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Another story</a></li><li><a href="/b">And another</a></li></ul></aside>
<section class="comments"><h2>Comments</h2><p>Be the first to comment.</p></section></main>
<footer><p>© Info Finance</p><a href="/privacy">Privacy</a></footer></body></html>`;
}

/**
 * Serves an RSS feed of the summary stories on `feedServer`, and their pages and pictures on `siteServer` (a second
 * origin, as a publisher's site and CDN are to its feed): each story has a lead picture and one in its text.
 */
export function serveSummaryStories(feedServer: FeedServer, siteServer: FeedServer, now = Date.now()): void {
  const site = siteServer.origin;
  const items = SUMMARY_STORIES.map(
    (story, index) => `<item><title>${story.title}</title><link>${site}/articles/${story.slug}</link>
<guid isPermaLink="false">${story.slug}</guid><pubDate>${new Date(now - (index + 1) * 3_600_000).toUTCString()}</pubDate>
<description>${story.summary}</description>
<media:content url="${site}/media/${story.slug}-lead.png" medium="image" type="image/png"/></item>`,
  ).join('\n');
  feedServer.route('/feed.xml', {
    headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
    body: `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">
<channel><title>Info Finance</title><link>${site}/</link><description>Summaries</description>${items}</channel></rss>`,
  });
  SUMMARY_STORIES.forEach((story, index) => {
    siteServer.route(`/articles/${story.slug}`, {
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: storyPage(story),
    });
    const colour: [number, number, number] = [40 + index * 60, 120, 200 - index * 50];
    siteServer.route(`/media/${story.slug}-lead.png`, {
      headers: { 'content-type': 'image/png' },
      body: solidPng(640, 320, colour),
    });
    siteServer.route(
      `/media/${story.slug}-inline.${inlineType(story)}`,
      inlineType(story) === 'svg'
        ? { headers: { 'content-type': 'image/svg+xml' }, body: HOSTILE_SVG }
        : { headers: { 'content-type': 'image/png' }, body: solidPng(320, 160, colour) },
    );
  });
}
