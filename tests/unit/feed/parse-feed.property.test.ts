import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FeedError, parseFeed } from '../../../feed/parse-feed';
import { readFixture } from './read-fixture';

// Generous: each run is a few milliseconds; this only catches hangs and runaway backtracking, not slowness.
const RUN_BOUND_MS = 2000;

function parsesOrRefuses(body: string | Uint8Array): boolean {
  const start = performance.now();
  try {
    parseFeed(body, { url: 'https://example.com/feed' });
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
  }
  return performance.now() - start < RUN_BOUND_MS;
}

const FIXTURES = [
  'wordpress-content-encoded.xml',
  'blogger-atom-media-thumbnail.xml',
  'slashdot-rdf.xml',
  'infofinance-json-feed-1-1.json',
  'vnexpress-windows-1258.xml',
].map(readFixture);

const XML_PIECES = [
  '<',
  '>',
  '</',
  '/>',
  '&',
  '&amp;',
  '&#',
  ';',
  '<![CDATA[',
  ']]>',
  '<!--',
  '-->',
  '<!DOCTYPE x [',
  ']>',
  '"',
  '=',
  '<rss version="2.0">',
  '<channel>',
  '<item>',
  '<title>',
  '</title>',
  '<feed xmlns="http://www.w3.org/2005/Atom">',
  '<entry>',
  '{',
  '}',
  '"items":[',
  '\u0000',
  '\ufeff',
  'é',
  ' ',
];

/** A fixture's bytes with a few spans overwritten, cut or repeated. */
const mutatedFixture = fc
  .record({
    fixture: fc.constantFrom(...FIXTURES),
    edits: fc.array(fc.record({ at: fc.nat(), length: fc.nat({ max: 64 }), byte: fc.integer({ min: 0, max: 255 }) }), {
      maxLength: 8,
    }),
    cut: fc.option(fc.nat()),
  })
  .map(({ fixture, edits, cut }) => {
    const bytes = fixture.slice();
    for (const { at, length, byte } of edits) bytes.fill(byte, at % bytes.length, (at % bytes.length) + length);
    return cut === null ? bytes : bytes.subarray(0, cut % bytes.length);
  });

describe('parseFeed on any input', () => {
  it('returns or throws FeedError for any string', () => {
    fc.assert(fc.property(fc.string({ maxLength: 2000 }), parsesOrRefuses), { numRuns: 200 });
  });

  it('returns or throws FeedError for any XML-ish soup', () => {
    const soup = fc.array(fc.constantFrom(...XML_PIECES), { maxLength: 300 }).map((pieces) => pieces.join(''));
    fc.assert(fc.property(soup, parsesOrRefuses), { numRuns: 200 });
  });

  it('returns or throws FeedError for any bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), parsesOrRefuses), { numRuns: 200 });
  });

  it('returns or throws FeedError for a mutated real feed', () => {
    fc.assert(fc.property(mutatedFixture, parsesOrRefuses), { numRuns: 150 });
  });
});

// Text that survives as itself: no markup, no entities, no edge whitespace, no characters XML forbids.
const plain = fc
  .string({ unit: fc.constantFrom(...'abcxyz ĐđếậưởÁ0129.,!?-:\'"«»“”'.split('')), minLength: 1, maxLength: 40 })
  .map((text) => text.replace(/\s+/g, ' ').trim())
  .filter((text) => text.length > 0);
const slug = fc.stringMatching(/^[a-z0-9-]{1,20}$/);
const instant = fc.integer({ min: Date.UTC(1990, 0, 1) / 1000, max: Date.UTC(2090, 0, 1) / 1000 }).map((s) => s * 1000);
const story = fc.record({ title: plain, slug, date: instant, id: slug });
const stories = fc.uniqueArray(story, { minLength: 1, maxLength: 5, selector: (s) => s.id });

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

function rss(title: string, items: { title: string; slug: string; date: number; id: string }[]): string {
  const body = items
    .map(
      (item) =>
        `<item><title>${escapeXml(item.title)}</title><link>/p/${item.slug}</link><guid isPermaLink="false">${item.id}</guid><pubDate>${new Date(item.date).toUTCString()}</pubDate></item>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>${escapeXml(title)}</title>${body}</channel></rss>`;
}

function atom(title: string, items: { title: string; slug: string; date: number; id: string }[]): string {
  const body = items
    .map(
      (item) =>
        `<entry><id>${item.id}</id><title>${escapeXml(item.title)}</title><link href="p/${item.slug}"/><updated>${new Date(item.date).toISOString()}</updated></entry>`,
    )
    .join('');
  return `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://example.com/"><title>${escapeXml(title)}</title>${body}</feed>`;
}

function json(title: string, items: { title: string; slug: string; date: number; id: string }[]): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title,
    items: items.map((item) => ({
      id: item.id,
      title: item.title,
      url: `https://example.com/p/${item.slug}`,
      date_published: new Date(item.date).toISOString(),
    })),
  });
}

describe('parseFeed on any valid feed', () => {
  it.each([
    ['RSS 2.0', rss],
    ['Atom 1.0', atom],
    ['JSON Feed 1.1', json],
  ] as const)('keeps the titles, links, dates and ids of a generated %s feed', (_format, build) => {
    fc.assert(
      fc.property(plain, stories, (title, items) => {
        const feed = parseFeed(new TextEncoder().encode(build(title, items)), { url: 'https://example.com/feed' });
        expect(feed.title).toBe(title.normalize('NFC'));
        expect(feed.items.map((item) => [item.id, item.title, item.url, item.publishedAt])).toEqual(
          items.map((item) => [item.id, item.title.normalize('NFC'), `https://example.com/p/${item.slug}`, item.date]),
        );
      }),
      { numRuns: 100 },
    );
  });
});
