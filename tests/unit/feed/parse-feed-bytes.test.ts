import { describe, expect, it } from 'vitest';
import { FeedError, parseFeed, parseFeedBytes } from '../../../feed/parse-feed';
import { readFixture } from './read-fixture';

describe('parseFeedBytes', () => {
  it.each([
    ['vnexpress-utf8.xml', 'application/rss+xml; charset=utf-8', 'utf-8'],
    ['oldcms-windows-1252-smart-quotes.xml', 'application/rss+xml', 'windows-1252'],
    ['vnexpress-windows-1258.xml', 'application/rss+xml', 'windows-1258'],
    ['sharepoint-utf-16.xml', 'text/xml', 'utf-16le'],
  ])('reads %s as parseFeed does and names the encoding it used (%s)', (name, contentType, encoding) => {
    const bytes = readFixture(name);
    const read = parseFeedBytes(bytes, { contentType });
    expect(read.encoding).toBe(encoding);
    expect(read.feed).toEqual(parseFeed(bytes, { contentType }));
  });

  it('throws the FeedError parseFeed throws', () => {
    const page = new TextEncoder().encode('<!doctype html><p>Hello</p>');
    expect(() => parseFeedBytes(page)).toThrow(FeedError);
  });
});
