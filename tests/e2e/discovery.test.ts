import { describe, expect, inject, it } from 'vitest';
import type { FeedServer } from '../support/feed-server';
import { demoTitles, renderDemoFeed } from '../support/serve-demo';
import { useExtension } from '../support/use-extension';

const chromiumPath = inject('chromiumPath');

/** A publisher's homepage that declares its feed, as most do, at an address no convention would guess. */
function serveHomepage(server: FeedServer): void {
  const now = Date.now();
  server.route('/', {
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: '<!doctype html><html><head><title>Info Finance</title><link rel="alternate" type="application/rss+xml" title="Tin mới" href="/news/latest.rss"></head><body><h1>Info Finance</h1></body></html>',
  });
  server.route('/news/latest.rss', {
    headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
    body: (origin) => renderDemoFeed(origin, now),
  });
}

describe.skipIf(!chromiumPath)('a build whose profile names no feed', () => {
  const under = useExtension({ discovery: true, serve: serveHomepage });
  const paths = () => under.server.requests.map((request) => request.path);

  it('finds the feed from the homepage on first run, lists its stories and remembers where it is', async () => {
    const popup = await under.extension.open('popup.html', { width: 380, height: 600 });
    for (const title of demoTitles()) await popup.getByRole('link', { name: title }).waitFor();
    await expect
      .poll(() => paths().filter((path) => path === '/news/latest.rss').length, { timeout: 20_000 })
      .toBeGreaterThan(2);
    expect(paths().filter((path) => path === '/')).toHaveLength(1);
    await popup.close();
  });
});
