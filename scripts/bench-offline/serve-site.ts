import { randomBytes } from 'node:crypto';
import type { FeedServer } from '../../tests/support/feed-server';

export interface SiteOptions {
  stories: number;
  /** Bytes of each picture; every story has a lead picture and one in its text. */
  pictureBytes: number;
  now: number;
  /** Hours between stories' dates, newest first. */
  hoursApart?: number;
  /** Called when the feed is fetched. */
  onFeed?: () => void;
}

const paragraph = (n: number) =>
  `<p>Paragraph ${n}: the report follows banks, brokers and exporters through the week, with the ministry's figures, ` +
  'what analysts in Hanoi and Ho Chi Minh City expect of the next quarter, and what it means for savers and firms.</p>';

/**
 * A publisher as the offline download meets it: a feed of one-sentence summaries, each story's page (navigation,
 * sidebar, comments and eight paragraphs around two pictures) and its pictures, of the given size, as JPEG bytes.
 */
export function serveSite(
  server: FeedServer,
  { stories, pictureBytes, now, hoursApart = 1, onFeed }: SiteOptions,
): void {
  const origin = server.origin;
  const items: string[] = [];
  for (let index = 0; index < stories; index++) {
    const slug = `story-${index}`;
    items.push(`<item><title>Story ${index}: markets move on the week's data</title><link>${origin}/articles/${slug}</link>
<guid isPermaLink="false">${slug}</guid><pubDate>${new Date(now - index * hoursApart * 3_600_000).toUTCString()}</pubDate>
<description>Markets moved on the week's data.</description>
<media:content url="${origin}/media/${slug}-lead.jpg" medium="image" type="image/jpeg"/></item>`);
    server.route(`/articles/${slug}`, {
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: `<!doctype html><html><head><meta charset="utf-8"><title>Story ${index}</title></head><body>
<header><nav><a href="/">Home</a> <a href="/markets">Markets</a> <a href="/economy">Economy</a></nav></header>
<main><article><h1>Story ${index}: markets move on the week's data</h1>${paragraph(1)}${paragraph(2)}
<figure><img src="/media/${slug}-inline.jpg" width="640" height="400" alt=""></figure>
${[3, 4, 5, 6, 7, 8].map(paragraph).join('')}</article>
<aside><h2>Most read</h2><ul><li><a href="/a">A</a></li><li><a href="/b">B</a></li></ul></aside></main>
<footer>© Publisher</footer></body></html>`,
    });
    for (const name of ['lead', 'inline']) {
      server.route(`/media/${slug}-${name}.jpg`, {
        headers: { 'content-type': 'image/jpeg' },
        body: randomBytes(pictureBytes),
      });
    }
  }
  const feed = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">
<channel><title>Publisher</title><link>${origin}/</link><description>Bench</description>${items.join('\n')}</channel></rss>`;
  server.route('/feed.xml', {
    headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
    body: () => {
      onFeed?.();
      return feed;
    },
  });
}
