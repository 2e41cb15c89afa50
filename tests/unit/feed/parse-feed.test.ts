import { describe, expect, it } from 'vitest';
import { FeedError, MAX_FEED_BYTES, parseFeed } from '../../../feed/parse-feed';
import { readFixture } from './read-fixture';

const URL_ = 'https://feeds.example.com/feed';

function rss(items: string, channel = '<title>T</title>'): string {
  return `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/"><channel>${channel}${items}</channel></rss>`;
}

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof FeedError ? error.code : `not a FeedError: ${String(error)}`;
  }
  return undefined;
}

describe('parseFeed', () => {
  it('reads a windows-1258 Vietnamese feed with its tones intact', () => {
    const legacy = parseFeed(readFixture('vnexpress-windows-1258.xml'));
    const utf8 = parseFeed(readFixture('vnexpress-utf8.xml'));
    expect(legacy.items.map((item) => item.title)).toEqual(utf8.items.map((item) => item.title));
    expect(legacy.items[1]?.summary).toBe('Lãi suất tái cấp vốn giữ ở mức 4,5% một năm.');
    expect(legacy.items[1]?.summary).toBe(legacy.items[1]?.summary?.normalize('NFC'));
  });

  it('reads windows-1252 smart quotes the same whether the feed says windows-1252 or iso-8859-1', () => {
    const title = '“Don’t panic” — a guide to €uro prices…';
    expect(parseFeed(readFixture('oldcms-windows-1252-smart-quotes.xml')).items[0]?.title).toBe(title);
    expect(parseFeed(readFixture('oldcms-iso-8859-1-mislabelled.xml')).items[0]?.title).toBe(title);
  });

  it('lets the Content-Type charset win over the XML declaration', () => {
    const head = new TextEncoder().encode(
      '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Caf',
    );
    const bytes = new Uint8Array([...head, 0xe9, ...new TextEncoder().encode('</title></channel></rss>')]);
    expect(parseFeed(bytes, { contentType: 'text/xml; charset=windows-1252' }).title).toBe('Café');
  });

  it('trusts the document when the server says UTF-8 but the bytes are not', () => {
    const head = new TextEncoder().encode(
      '<?xml version="1.0" encoding="iso-8859-1"?><rss version="2.0"><channel><title>Caf',
    );
    const tail = new TextEncoder().encode('</title></channel></rss>');
    const bytes = new Uint8Array([...head, 0xe9, ...tail]);
    expect(parseFeed(bytes, { contentType: 'application/rss+xml; charset=UTF-8' }).title).toBe('Café');
  });

  it('reads undeclared UTF-8 with one stray byte as UTF-8, the bad byte alone becoming U+FFFD', () => {
    const feed = parseFeed(readFixture('tuoitre-utf8-stray-byte.xml'));
    expect(feed.items[0]?.summary).toBe('Giá xăng giảm \ufffd700 đồng mỗi lít.');
    expect(feed.items[1]?.title).toBe('Thời tiết Hà Nội chuyển lạnh');
    const json = parseFeed(readFixture('thanhnien-json-stray-byte.json'));
    expect(json.items[1]?.contentHtml).toBe('<p>VN-Index tăng \ufffd 12 điểm.</p>');
  });

  it('reads bytes the server calls UTF-8 as UTF-8 even with no other multi-byte character in them', () => {
    const head = new TextEncoder().encode('<rss version="2.0"><channel><title>Price ');
    const bytes = new Uint8Array([...head, 0xff, ...new TextEncoder().encode('5</title></channel></rss>')]);
    expect(parseFeed(bytes, { contentType: 'application/rss+xml; charset=utf-8' }).title).toBe('Price \ufffd5');
    expect(parseFeed(bytes).title).toBe('Price ÿ5');
  });

  it('reads an undeclared feed whose bytes are not UTF-8 as windows-1252', () => {
    expect(parseFeed(readFixture('uol-undeclared-latin1.xml')).items[0]?.summary).toBe(
      'Moeda americana recua 0,5% após dados de inflação.',
    );
  });

  it('refuses an encoding it cannot decode, unless the bytes are plain UTF-8 anyway', () => {
    const declared = (body: string) => `<?xml version="1.0" encoding="x-klingon"?>${body}`;
    const ascii = new TextEncoder().encode(declared(rss('')));
    expect(parseFeed(ascii).title).toBe('T');
    const bytes = new Uint8Array([...new TextEncoder().encode(declared('<rss><channel><title>')), 0xff, 0xfe, 0x41]);
    expect(codeOf(() => parseFeed(bytes))).toBe('unsupported-encoding');
  });

  it('takes text, bytes or an ArrayBuffer alike', () => {
    const text = rss('<item><title>a</title></item>');
    const bytes = new TextEncoder().encode(text);
    expect(parseFeed(text)).toEqual(parseFeed(bytes));
    expect(parseFeed(bytes.buffer)).toEqual(parseFeed(bytes));
  });

  it('refuses a body over 10 MB as too-large, saying so', () => {
    expect(MAX_FEED_BYTES).toBe(10 * 1024 * 1024);
    expect(codeOf(() => parseFeed(new Uint8Array(MAX_FEED_BYTES + 1)))).toBe('too-large');
    expect(() => parseFeed('x'.repeat(MAX_FEED_BYTES + 1))).toThrow('This feed is larger than 10 MB.');
  });

  it('calls an HTML page, an empty body and JSON that is no feed not-a-feed', () => {
    expect(codeOf(() => parseFeed('<!doctype html><html><body><rss version="2.0"></rss></body></html>'))).toBe(
      'not-a-feed',
    );
    expect(codeOf(() => parseFeed('   '))).toBe('not-a-feed');
    expect(codeOf(() => parseFeed('{"name": "package.json"}'))).toBe('not-a-feed');
    expect(codeOf(() => parseFeed('<opml version="2.0"><body/></opml>'))).toBe('not-a-feed');
  });

  it('numbers repeated ids in document order so no two items share one', () => {
    const ids = parseFeed(readFixture('legacycms-duplicate-guids.xml')).items.map((item) => item.id);
    expect(ids).toEqual(['notice', 'notice#2', 'notice#3']);
  });

  it('falls back from guid to link to a hash of title and date, the same on every fetch', () => {
    const first = parseFeed(readFixture('craigslist-no-guid.xml')).items;
    const again = parseFeed(readFixture('craigslist-no-guid.xml')).items;
    expect(first[1]?.id).toMatch(/^urn:hash:[0-9a-f]{16}$/);
    expect(first.map((item) => item.id)).toEqual(again.map((item) => item.id));
  });

  it('resolves links against nested xml:base, then the feed URL', () => {
    const feed = parseFeed(readFixture('intertwingly-xml-base-nested.xml'), { url: URL_ });
    expect(feed.siteUrl).toBe('https://intertwingly.example.net/blog/');
    expect(feed.feedUrl).toBe('https://intertwingly.example.net/blog/index.atom');
    expect(feed.imageUrl).toBe('https://intertwingly.example.net/favicon.ico');
    expect(feed.items[1]?.url).toBe('https://intertwingly.example.net/blog/2024/03/01/feed-base');
    expect(feed.items[0]?.contentHtml).toContain('src="https://static.example.net/media/diagram.svg"');
  });

  it('makes relative srcset candidates, upper-case SRC/HREF and unquoted values in the content absolute', () => {
    const html = parseFeed(readFixture('hugo-minified-relative-urls.xml'), { url: URL_ }).items[0]?.contentHtml;
    expect(html).toBe(
      '<p>See <a href="https://feeds.example.com/posts/older/">the older post</a> and <A HREF="https://feeds.example.com/about/">about</A>.</p>' +
        '<p><img src="https://feeds.example.com/images/harbor_hu3d03a01.jpg" srcset="https://feeds.example.com/images/harbor_480.jpg 480w,https://feeds.example.com/images/harbor_800.jpg 800w, https://cdn.example.dev/harbor_1200.jpg 1200w" alt="Harbor at dusk"></p>' +
        '<picture><SOURCE SRCSET=\'https://feeds.example.com/images/harbor.webp 1x, https://feeds.example.com/images/harbor@2x.webp 2x\' type=image/webp><IMG SRC="https://feeds.example.com/images/harbor.png"></picture>',
    );
  });

  it('keeps an item’s HTML unsanitized in contentHtml and gives plain text elsewhere', () => {
    const item = parseFeed(readFixture('techblog-cdata-markup.xml')).items[0];
    expect(item?.contentHtml).toContain('<script>alert(1)</script>');
    expect(item?.summary).toBe('The template element & you.');
  });

  it('reads authors, categories and enclosures from a WordPress feed and a podcast', () => {
    const post = parseFeed(readFixture('wordpress-content-encoded.xml')).items[0];
    expect(post).toMatchObject({ author: 'Linh Tran', categories: ['Brewing', 'Gear'] });
    const episode = parseFeed(readFixture('podcast-itunes-image.xml')).items[0];
    expect(episode?.author).toBe('Hoa Nguyen');
    expect(episode?.enclosures).toEqual([
      { url: 'https://media.example.fm/money-talk/ep42.mp3', type: 'audio/mpeg', length: 48213912 },
    ]);
  });

  it('reads JSON Feed 1.0 authors and attachments and 1.1 tags', () => {
    const json10 = parseFeed(readFixture('microblog-json-feed-1-0.json'));
    expect(json10.items[0]?.author).toBe('Manton');
    expect(json10.items[1]?.enclosures[0]).toEqual({
      url: 'https://manton.example.org/uploads/2024/note.m4a',
      type: 'audio/x-m4a',
      length: 89970,
    });
    const json11 = parseFeed(readFixture('infofinance-json-feed-1-1.json'), { url: URL_ });
    expect(json11.items[0]).toMatchObject({ author: 'Phạm Thu Hà', categories: ['tỷ giá', 'USD'] });
    expect(json11.items[1]?.id).toBe('1042');
    expect(json11.items[1]?.contentHtml).toBe('Nhiều ngân hàng giảm lãi suất kỳ hạn 12 tháng &lt; 5%.');
    expect(json11).toMatchObject({ language: 'vi', feedUrl: 'https://infofinance.example.com/feed.json' });
  });

  it('takes an image attachment as a JSON item’s picture by its type or, lacking one, its file name, as in RSS', () => {
    const feed = parseFeed(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'T',
        items: [
          { id: '1', attachments: [{ url: 'https://x.example/a.mp3', mime_type: 'audio/mpeg' }, { url: '/b.jpg' }] },
          { id: '2', attachments: [{ url: 'https://x.example/c', mime_type: 'image/webp' }] },
        ],
      }),
      { url: URL_ },
    );
    expect(feed.items.map((item) => item.imageUrl)).toEqual(['https://feeds.example.com/b.jpg', 'https://x.example/c']);
  });

  it('reads an Atom feed’s author into entries that name none', () => {
    const feed = parseFeed(readFixture('aristotle-prefixed-atom.xml'));
    expect(feed.items[0]?.author).toBe('Aristotle Pagaltzis');
  });

  it('takes the first <img> of the content when the item names no image', () => {
    const feed = parseFeed(
      rss(
        '<item><title>x</title><description><![CDATA[<p>a</p><img alt="" src="/pic.jpg?a=1&amp;b=2">]]></description></item>',
      ),
      { url: URL_ },
    );
    expect(feed.items[0]?.imageUrl).toBe('https://feeds.example.com/pic.jpg?a=1&b=2');
  });

  it('prefers an image media:content over a thumbnail and over the content’s images', () => {
    const feed = parseFeed(
      rss(
        '<item><title>x</title><media:thumbnail url="https://x.example/thumb.jpg"/><media:content url="https://x.example/big.jpg" medium="image"/><description><![CDATA[<img src="https://x.example/inline.jpg">]]></description></item>',
      ),
    );
    expect(feed.items[0]?.imageUrl).toBe('https://x.example/big.jpg');
  });

  it('drops links with schemes other than http and https', () => {
    const feed = parseFeed(rss('<item><title>x</title><link>javascript:alert(1)</link></item>'));
    expect(feed.items[0]?.url).toBeUndefined();
  });

  it('leaves "&word" without a semicolon as text, yet decodes WordPress’s double-escaped "&amp;#8217;"', () => {
    const feed = parseFeed(readFixture('tradingdesk-ampersand-words.xml'));
    expect(feed.description).toBe('See https://desk.example.net/list?id=5&section=2&copy=1');
    expect(feed.items[0]?.summary).toBe('Read more at ?id=5&section=2&para=3 — it’s free');
  });

  it('strips control characters that would otherwise reach the titles', () => {
    expect(parseFeed(readFixture('forum-control-chars.xml')).description).toBe('Pasted from Word');
  });

  it('does not expand entities declared in a DOCTYPE (billion laughs)', () => {
    const feed = parseFeed(readFixture('attacker-billion-laughs.xml'));
    expect(feed.description).toBe('&lol9;');
  });

  it('reads a truncated download up to where it was cut', () => {
    const text = new TextDecoder().decode(readFixture('wordpress-content-encoded.xml'));
    const cut = text.slice(0, text.indexOf('<item>', text.indexOf('<item>') + 10) + 40);
    const feed = parseFeed(cut);
    expect(feed.items.length).toBeGreaterThanOrEqual(1);
    expect(feed.items[0]?.title).toBe('Why I’m switching to a pour-over');
  });

  it('turns anything else that goes wrong into FeedError malformed', () => {
    expect(codeOf(() => parseFeed('<rss><channel><title>x</title><item><title>a</item></channel></rss>'))).toBe(
      'malformed',
    );
  });
});
