import { describe, expect, it } from 'vitest';
import { isPublisherPage } from '../../../offline/is-publisher-page';

// The unit tests' profile is the demo's: homepage https://infofinance.com, no feed of its own.
describe("whether a story's page is the publisher's own", () => {
  it.each([
    'https://infofinance.com/stories/a',
    'https://www.infofinance.com/stories/a',
    'https://news.infofinance.com/2026/11/a.html',
  ])('%s is', (url) => {
    expect(isPublisherPage(url)).toBe(true);
  });

  it.each([
    'https://example.org/stories/a',
    'https://infofinance.com.evil.example/a',
    'https://notinfofinance.com/a',
    'http://infofinance.com/stories/a',
    'javascript:alert(1)',
    'not a url',
  ])('%s is not', (url) => {
    expect(isPublisherPage(url)).toBe(false);
  });

  it('counts the origin of the feed the reader chose, on any port, but not other hosts', () => {
    const feed = 'http://127.0.0.1:8080/feed.xml';
    expect(isPublisherPage('http://127.0.0.1:9090/articles/a', feed)).toBe(true);
    expect(isPublisherPage('http://localhost:9090/articles/a', feed)).toBe(false);
    expect(isPublisherPage('http://127.0.0.1:9090/articles/a')).toBe(false);
  });
});
