import { describe, expect, it } from 'vitest';
import { conventionalFeedUrls, discoverFeeds } from '../../../feed/discover-feeds';

const WORDPRESS_HEAD = `<!DOCTYPE html>
<html lang="vi"><head>
<meta charset="UTF-8">
<title>Info Finance</title>
<link rel='stylesheet' href='/wp-content/style.css' type='text/css'>
<link rel="alternate" type="application/rss+xml" title="Info Finance &raquo; Comments Feed" href="https://infofinance.example.com/comments/feed/" />
<link rel="alternate" type="application/rss+xml" title="Info Finance &raquo; Feed" href="https://infofinance.example.com/feed/" />
<link rel="alternate" type="application/json" title="JSON" href="https://infofinance.example.com/wp-json/wp/v2/pages/2" />
<link rel="alternate" type="application/feed+json" title="JSON" href="/feed.json">
<LINK REL=alternate TYPE=application/atom+xml HREF=/feed/atom/ TITLE="Atom">
<link rel="alternate" type="application/rss+xml" href="/feed/" />
<!-- <link rel="alternate" type="application/rss+xml" href="/commented-out.xml"> -->
</head><body><a href="/feed/" rel="alternate" type="application/rss+xml">RSS</a></body></html>`;

describe('discoverFeeds', () => {
  it('lists a WordPress page’s feeds, main feeds first and the comments feed last, but not its REST API link', () => {
    expect(discoverFeeds(WORDPRESS_HEAD, 'https://infofinance.example.com/')).toEqual([
      { url: 'https://infofinance.example.com/feed/', type: 'rss', title: 'Info Finance » Feed' },
      { url: 'https://infofinance.example.com/feed/atom/', type: 'atom', title: 'Atom' },
      { url: 'https://infofinance.example.com/feed.json', type: 'json', title: 'JSON' },
      { url: 'https://infofinance.example.com/comments/feed/', type: 'rss', title: 'Info Finance » Comments Feed' },
    ]);
  });

  it('takes an application/json link for a JSON Feed only when its path, title or rel says feed', () => {
    const html = `<link rel="alternate" type="application/json" href="/wp-json/wp/v2/posts/42">
      <link rel="alternate" type="application/json" href="/?rest_route=/wp/v2/pages/2" title="JSON">
      <link rel="alternate" type="application/json" href="/feed.json?lang=vi">
      <link rel="alternate" type="application/json" href="/notes/jsonfeed.json">
      <link rel="alternate" type="application/json" href="/everything" title="My JSON Feed">
      <link rel="feed" type="application/json" href="/stream">`;
    expect(discoverFeeds(html, 'https://example.com/')).toEqual([
      { url: 'https://example.com/feed.json?lang=vi', type: 'json' },
      { url: 'https://example.com/notes/jsonfeed.json', type: 'json' },
      { url: 'https://example.com/everything', type: 'json', title: 'My JSON Feed' },
      { url: 'https://example.com/stream', type: 'json' },
    ]);
  });

  it('reads relative hrefs against <base href>, itself read against the page URL', () => {
    const html = '<base href="/news/"><link rel="alternate" type="application/atom+xml" href="atom.xml">';
    expect(discoverFeeds(html, 'https://example.com/index.html')).toEqual([
      { url: 'https://example.com/news/atom.xml', type: 'atom' },
    ]);
  });

  it('recognises RDF feeds and rel="feed" links of no stated type', () => {
    const html =
      '<link rel="alternate" type="application/rdf+xml" href="/index.rdf"><link rel="feed" href="/everything">';
    expect(discoverFeeds(html, 'https://example.com/')).toEqual([
      { url: 'https://example.com/index.rdf', type: 'rdf' },
      { url: 'https://example.com/everything', type: 'unknown' },
    ]);
  });

  it('ignores links in comments and scripts, stylesheets, and non-web schemes', () => {
    const html = `<script>document.write('<link rel="alternate" type="application/rss+xml" href="/in-script">')</script>
      <link rel="alternate stylesheet" type="application/rss+xml" href="/odd.css">
      <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">`;
    expect(discoverFeeds(html, 'https://example.com/')).toEqual([]);
  });

  it('finds nothing in a page that declares no feed, or in garbage', () => {
    expect(discoverFeeds('<html><head><title>x</title></head></html>', 'https://example.com/')).toEqual([]);
    expect(discoverFeeds('<<<link rel=', 'https://example.com/')).toEqual([]);
  });
});

describe('conventionalFeedUrls', () => {
  it('gives the usual feed paths at the site root, WordPress’s included but not its comments feed', () => {
    const urls = conventionalFeedUrls('https://example.com/');
    expect(urls).toEqual([
      'https://example.com/feed',
      'https://example.com/rss',
      'https://example.com/feed.xml',
      'https://example.com/rss.xml',
      'https://example.com/atom.xml',
      'https://example.com/index.xml',
      'https://example.com/feed.json',
      'https://example.com/?feed=rss2',
      'https://example.com/feed/atom',
    ]);
    expect(urls.some((url) => url.includes('comments'))).toBe(false);
  });

  it('tries the page’s own folder before the root', () => {
    const urls = conventionalFeedUrls('https://example.com/blog/post.html');
    expect(urls[0]).toBe('https://example.com/blog/feed');
    expect(urls).toContain('https://example.com/feed');
  });

  it('gives nothing for an address that is not a web page', () => {
    expect(conventionalFeedUrls('not a url')).toEqual([]);
    expect(conventionalFeedUrls('mailto:a@example.com')).toEqual([]);
  });
});
