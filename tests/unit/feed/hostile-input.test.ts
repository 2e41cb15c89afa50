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

function rootCause(error: unknown): unknown {
  let cause = error;
  while (cause instanceof Error && cause.cause !== undefined) cause = cause.cause;
  return cause;
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

  it('gives up on a broken feed full of "<!DOCTYPE [" as malformed, without a quadratic repair', () => {
    expect(
      settle(`<rss version="2.0"><channel><title>x</title>${'<!DOCTYPE ['.repeat(RUN)}</item></rss>`),
    ).toMatchObject({ code: 'malformed' });
  });

  it('scans a page full of unclosed <link tags without a quadratic search', () => {
    expect(discoverFeeds('<link '.repeat(RUN), 'https://example.com/')).toEqual([]);
  });

  // The bound is fast-xml-parser's maxNestedTags (default 100, kept by feedsmith): rss > channel > 99 elements is deepest.
  const DEEPEST = 99;
  const nested = (depth: number) =>
    `<rss version="2.0"><channel><title>x</title>${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}<item><title>t</title></item></channel></rss>`;

  it(`reads a well-formed feed nested ${DEEPEST} elements deep in its channel, the most the parser allows`, () => {
    expect(settle(nested(DEEPEST))).toMatchObject({ items: [{ title: 't' }] });
  });

  it.each([DEEPEST + 1, 10_000])(
    'refuses a well-formed feed nested %i deep as malformed, stopped by the nesting bound before the stack overflows',
    (depth) => {
      const error = settle(nested(depth));
      expect(error).toMatchObject({ code: 'malformed' });
      expect(rootCause(error)).toMatchObject({ message: 'Maximum nested tags exceeded' });
    },
  );
});
