import { describe, expect, it } from 'vitest';
import { discoverFeeds } from '../../../feed/discover-feeds';
import { FeedError, parseFeed } from '../../../feed/parse-feed';

// Each input is about a megabyte of one repeated opening; a quadratic scan over it takes minutes, a linear one
// milliseconds, so the test timeout alone tells them apart without timing anything.
const RUN = 200_000;

function settle(body: string): unknown {
  try {
    return parseFeed(body);
  } catch (error) {
    if (error instanceof FeedError) return error;
    throw error;
  }
}

describe('parseFeed and discoverFeeds on hostile input', () => {
  it('finds the first image in content full of unclosed <img tags without a quadratic search', () => {
    const body = `<rss version="2.0"><channel><title>x</title><item><title>t</title><description><![CDATA[${'<img '.repeat(RUN)}]]></description></item></channel></rss>`;
    expect(settle(body)).toMatchObject({ items: [{ title: 't' }] });
  });

  it('strips a title full of unclosed <script> tags without a quadratic search', () => {
    const body = `<rss version="2.0"><channel><title><![CDATA[Hi${'<script>'.repeat(RUN)}]]></title></channel></rss>`;
    expect(settle(body)).toMatchObject({ title: 'Hi' });
  });

  it('repairs a broken feed full of "<!DOCTYPE [" without a quadratic search', () => {
    expect(
      settle(`<rss version="2.0"><channel><title>x</title>${'<!DOCTYPE ['.repeat(RUN)}</item></rss>`),
    ).toBeDefined();
  });

  it('scans a page full of unclosed <link tags without a quadratic search', () => {
    expect(discoverFeeds('<link '.repeat(RUN), 'https://example.com/')).toEqual([]);
  });

  it('refuses ten thousand nested elements as malformed rather than overflow the stack', () => {
    const body = `<rss version="2.0"><channel><title>x</title>${'<a>'.repeat(10_000)}</channel></rss>`;
    expect(settle(body)).toMatchObject({ code: 'malformed' });
  });
});
