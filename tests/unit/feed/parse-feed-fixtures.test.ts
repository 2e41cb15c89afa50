import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FeedError, parseFeed } from '../../../feed/parse-feed';
import { fixturesPath, readFixture } from './read-fixture';

const FEED_URL = 'https://feeds.example.com/feed';

interface Expected {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  title: string;
  count: number;
  first: { id: string; url?: string; title: string; publishedAt?: string; imageUrl?: string };
}

const feeds: [string, Expected][] = [
  [
    'wordpress-content-encoded.xml',
    {
      format: 'rss',
      title: 'Coffee & Code',
      count: 3,
      first: {
        id: 'https://coffeecode.example.com/?p=1287',
        url: 'https://coffeecode.example.com/2024/03/04/why-im-switching-to-a-pour-over/',
        title: 'Why I’m switching to a pour-over',
        publishedAt: '2024-03-04T08:12:45Z',
        imageUrl: 'https://coffeecode.example.com/wp-content/uploads/2024/03/v60-1024x683.jpg',
      },
    },
  ],
  [
    'blogger-atom-media-thumbnail.xml',
    {
      format: 'atom',
      title: 'Nhật ký Hà Nội',
      count: 2,
      first: {
        id: 'tag:blogger.com,1999:blog-4428219083742853221.post-7719930377181203344',
        url: 'https://nhatkyhanoi.blogspot.com/2024/03/bun-cha.html',
        title: 'Bún chả at Hàng Mành',
        publishedAt: '2024-03-02T12:05:00.003Z',
        imageUrl: 'https://blogger.googleusercontent.com/img/b/R29vZ2xl/s72-c/buncha.jpg',
      },
    },
  ],
  [
    'medium-cdata-titles.xml',
    {
      format: 'rss',
      title: 'Stories by Ana Pereira on Medium',
      count: 2,
      first: {
        id: 'https://medium.com/p/3f2a1b9c8d7e',
        url: 'https://medium.com/@anapereira/designing-for-slow-networks-3f2a1b9c8d7e?source=rss-6b1f2f0a9c1e------2',
        title: 'Designing for slow networks',
        publishedAt: '2024-03-02T11:20:31Z',
        imageUrl: 'https://cdn-images-1.medium.com/max/1024/1*slow.png',
      },
    },
  ],
  [
    'substack-enclosure-image.xml',
    {
      format: 'rss',
      title: 'Market Mornings',
      count: 2,
      first: {
        id: 'https://marketmornings.substack.com/p/the-vn-index-and-the-rate-cut',
        url: 'https://marketmornings.substack.com/p/the-vn-index-and-the-rate-cut',
        title: 'The VN-Index and the rate cut nobody expected',
        publishedAt: '2024-03-05T00:30:45Z',
        imageUrl: 'https://substack-post-media.s3.amazonaws.com/public/images/8f1e2d3c-rate-cut_1456x816.png',
      },
    },
  ],
  [
    'youtube-media-group.xml',
    {
      format: 'atom',
      title: 'Tài Chính Mỗi Ngày',
      count: 2,
      first: {
        id: 'yt:video:dQw4w9WgXcQ',
        url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
        title: 'Gold prices explained in 5 minutes',
        publishedAt: '2024-03-04T12:00:21Z',
        imageUrl: 'https://i2.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg',
      },
    },
  ],
  [
    'github-releases-atom.xml',
    {
      format: 'atom',
      title: 'Release notes from feedkit',
      count: 2,
      first: {
        id: 'tag:github.com,2008:Repository/123456789/v2.1.0',
        url: 'https://github.com/example/feedkit/releases/tag/v2.1.0',
        title: 'v2.1.0',
        publishedAt: '2024-03-01T10:22:33Z',
        imageUrl: 'https://avatars.githubusercontent.com/u/583231?s=60&v=4',
      },
    },
  ],
  [
    'podcast-itunes-image.xml',
    {
      format: 'rss',
      title: 'Money Talk Vietnam',
      count: 2,
      first: {
        id: 'moneytalk-ep42',
        title: 'Ep. 42: Bonds for beginners',
        publishedAt: '2024-02-29T22:00:00Z',
        imageUrl: 'https://moneytalk.example.fm/ep42.jpg',
      },
    },
  ],
  ...(['vnexpress-utf8.xml', 'vnexpress-windows-1258.xml'] as const).map((name): [string, Expected] => [
    name,
    {
      format: 'rss',
      title: 'Kinh doanh - VnExpress RSS',
      count: 3,
      first: {
        id: 'https://vnexpress.net/gia-vang-hom-nay-tang-manh-4719921.html',
        url: 'https://vnexpress.net/gia-vang-hom-nay-tang-manh-4719921.html',
        title: 'Giá vàng hôm nay tăng mạnh, vượt mốc 80 triệu đồng',
        publishedAt: '2024-03-05T07:30:00Z',
        imageUrl: 'https://i1-kinhdoanh.vnecdn.net/2024/03/05/vang-1709623890.jpg',
      },
    },
  ]),
  [
    'infofinance-json-feed-1-1.json',
    {
      format: 'json',
      title: 'Info Finance — Tin tức',
      count: 2,
      first: {
        id: 'https://infofinance.example.com/p/2024-03-05-ty-gia',
        url: 'https://infofinance.example.com/tin/ty-gia-usd-hom-nay',
        title: 'Tỷ giá USD hôm nay 5/3: đồng bạc xanh giảm nhẹ',
        publishedAt: '2024-03-05T02:15:00Z',
        imageUrl: 'https://feeds.example.com/images/usd-cover.jpg',
      },
    },
  ],
  [
    'microblog-json-feed-1-0.json',
    {
      format: 'json',
      title: "Manton's micro.blog",
      count: 2,
      first: {
        id: 'http://manton.example.org/2024/03/04/coffee.html',
        url: 'https://manton.example.org/2024/03/04/coffee.html',
        title: '',
        publishedAt: '2024-03-04T13:42:10Z',
        imageUrl: 'https://manton.example.org/uploads/2024/walk.jpg',
      },
    },
  ],
  [
    'slashdot-rdf.xml',
    {
      format: 'rdf',
      title: 'Slashdot',
      count: 2,
      first: {
        id: 'https://slashdot.example.org/story/24/03/05/1412200/rust-in-the-kernel',
        url: 'https://slashdot.example.org/story/24/03/05/1412200/rust-in-the-kernel?utm_source=rss1.0mainlinkanon',
        title: 'Rust in the Kernel: One Year On',
        publishedAt: '2024-03-05T14:12:00Z',
      },
    },
  ],
  [
    'userland-rss-091.xml',
    {
      format: 'rss',
      title: 'WriteTheWeb',
      count: 3,
      first: {
        id: 'http://writetheweb.example.com/read.php?item=24',
        url: 'http://writetheweb.example.com/read.php?item=24',
        title: 'Giving the world a pluggable Gnutella',
      },
    },
  ],
  [
    'diveintomark-atom-03.xml',
    {
      format: 'atom',
      title: 'dive into mark',
      count: 2,
      first: {
        id: 'tag:diveintomark.org,2003:3.2397',
        url: 'http://diveintomark.example.org/2003/12/13/atom03',
        title: 'Atom 0.3 snapshot',
        publishedAt: '2003-12-13T12:29:29Z',
        imageUrl: 'http://diveintomark.example.org/images/atom.png',
      },
    },
  ],
  [
    'intertwingly-xml-base-nested.xml',
    {
      format: 'atom',
      title: 'Sam Ruby',
      count: 2,
      first: {
        id: 'tag:intertwingly.example.net,2004:3301',
        url: 'https://intertwingly.example.net/blog/2024/03/05/nested-base',
        title: 'Nested xml:base',
        publishedAt: '2024-03-05T17:00:00Z',
        imageUrl: 'https://static.example.net/media/diagram.svg',
      },
    },
  ],
  [
    'jekyll-relative-links.xml',
    {
      format: 'rss',
      title: 'Notes of a Dev',
      count: 2,
      first: {
        id: '/2024/02/28/building-with-jekyll.html',
        url: 'https://feeds.example.com/2024/02/28/building-with-jekyll.html',
        title: 'Building with Jekyll',
        publishedAt: '2024-02-28T18:00:00Z',
        imageUrl: 'https://feeds.example.com/assets/jekyll.png',
      },
    },
  ],
  [
    'hugo-minified-relative-urls.xml',
    {
      format: 'rss',
      title: 'Minified Notes',
      count: 1,
      first: {
        id: 'https://notes.example.dev/posts/responsive-images/',
        url: 'https://notes.example.dev/posts/responsive-images/',
        title: 'Responsive images, minified',
        publishedAt: '2024-03-05T08:00:00Z',
        imageUrl: 'https://feeds.example.com/images/harbor_hu3d03a01.jpg',
      },
    },
  ],
  [
    'oddblog-odd-dates.xml',
    {
      format: 'rss',
      title: 'Odd Dates',
      count: 10,
      first: {
        id: 'https://odd.example.com/1',
        url: 'https://odd.example.com/1',
        title: 'Two-digit year, no seconds',
        publishedAt: '2024-03-05T09:05:00Z',
      },
    },
  ],
  [
    'craigslist-no-guid.xml',
    {
      format: 'rss',
      title: 'saigon classifieds',
      count: 2,
      first: {
        id: 'https://saigon.example.org/mcy/d/honda-wave/7712.html',
        url: 'https://saigon.example.org/mcy/d/honda-wave/7712.html',
        title: 'Honda Wave 2019 - 15tr',
        publishedAt: '2024-03-05T03:00:00Z',
      },
    },
  ],
  [
    'legacycms-duplicate-guids.xml',
    {
      format: 'rss',
      title: 'City Hall Notices',
      count: 3,
      first: {
        id: 'notice',
        url: 'https://cityhall.example.gov/notices/view.aspx',
        title: 'Water outage on Monday',
        publishedAt: '2024-03-05T03:00:00Z',
      },
    },
  ],
  [
    'phpbb-stray-ampersand.xml',
    {
      format: 'rss',
      title: 'Q&A Forum & Friends',
      count: 1,
      first: {
        id: 'https://forum.example.com/viewtopic.php?f=2&t=118',
        url: 'https://forum.example.com/viewtopic.php?f=2&t=118',
        title: 'Tom & Jerry & friends',
        publishedAt: '2024-03-05T03:00:00Z',
      },
    },
  ],
  [
    'forum-control-chars.xml',
    {
      format: 'rss',
      title: 'Board News',
      count: 1,
      first: {
        id: 'https://board.example.com/report',
        url: 'https://board.example.com/report',
        title: 'Annual report is out',
        publishedAt: '2024-03-05T03:00:00Z',
      },
    },
  ],
  [
    'techblog-cdata-markup.xml',
    {
      format: 'rss',
      title: 'Tech Blog',
      count: 1,
      first: {
        id: 'tech-2024-template',
        url: 'https://tech.example.com/template?ref=rss&utm=1',
        title: 'Using <template> in 2024',
        publishedAt: '2024-03-05T03:00:00Z',
        imageUrl: 'https://tech.example.com/img/template.png',
      },
    },
  ],
  [
    'newsportal-html-entities.xml',
    {
      format: 'rss',
      title: 'Café Société – News',
      count: 1,
      first: {
        id: 'cafe-1',
        url: 'https://cafe.example.fr/article/1',
        title: '“Quoted” & double–escaped …',
        publishedAt: '2024-03-05T09:00:00Z',
      },
    },
  ],
  [
    'tradingdesk-ampersand-words.xml',
    {
      format: 'rss',
      title: 'P&L &notes – Trading Desk',
      count: 1,
      first: {
        id: 'desk-5-2',
        url: 'https://desk.example.net/story?id=5&section=2',
        title: 'Good&times ahead, P&L &notes, Tom&regina',
        publishedAt: '2024-03-05T09:00:00Z',
      },
    },
  ],
  [
    'vietnamnet-utf8-bom.xml',
    {
      format: 'rss',
      title: 'VietNamNet - Kinh tế',
      count: 1,
      first: {
        id: 'https://vietnamnet.example.vn/xuat-khau-gao-dat-ky-luc-2258811.html',
        url: 'https://vietnamnet.example.vn/xuat-khau-gao-dat-ky-luc-2258811.html',
        title: 'Xuất khẩu gạo đạt kỷ lục',
        publishedAt: '2024-03-05T00:00:00Z',
      },
    },
  ],
  [
    'sharepoint-utf-16.xml',
    {
      format: 'rss',
      title: 'Enterprise Blog — “UTF-16”',
      count: 1,
      first: {
        id: 'ent-77',
        url: 'https://blogs.example.com/enterprise/danang',
        title: 'Đà Nẵng office opens',
        publishedAt: '2024-03-05T02:00:00Z',
      },
    },
  ],
  ...(
    [
      ['oldcms-windows-1252-smart-quotes.xml', 'The Editor’s Desk'],
      ['oldcms-iso-8859-1-mislabelled.xml', 'Latin Desk “quoted”'],
    ] as const
  ).map(([name, title]): [string, Expected] => [
    name,
    {
      format: 'rss',
      title,
      count: 1,
      first: {
        id: 'desk-1',
        url: 'https://desk.example.com/dont-panic',
        title: '“Don’t panic” — a guide to €uro prices…',
        publishedAt: '2024-03-05T09:00:00Z',
      },
    },
  ]),
  [
    'uol-undeclared-latin1.xml',
    {
      format: 'rss',
      title: 'UOL Notícias',
      count: 1,
      first: {
        id: 'https://noticias.uol.example.com.br/economia/2024/03/05/dolar.htm',
        url: 'https://noticias.uol.example.com.br/economia/2024/03/05/dolar.htm',
        title: 'Economia: dólar fecha em queda e Ibovespa sobe',
        publishedAt: '2024-03-05T21:10:00Z',
      },
    },
  ],
  [
    'tuoitre-utf8-stray-byte.xml',
    {
      format: 'rss',
      title: 'Tin tức - Tuổi Trẻ Online',
      count: 2,
      first: {
        id: 'https://tuoitre.example.vn/gia-xang-dau-hom-nay-20240305.htm',
        url: 'https://tuoitre.example.vn/gia-xang-dau-hom-nay-20240305.htm',
        title: 'Giá xăng dầu hôm nay giảm mạnh',
        publishedAt: '2024-03-05T08:00:00Z',
      },
    },
  ],
  [
    'thanhnien-json-stray-byte.json',
    {
      format: 'json',
      title: 'Thanh Niên — Thời sự',
      count: 2,
      first: {
        id: 'tn-185240305',
        url: 'https://thanhnien.example.vn/quoc-hoi-khai-mac-185240305.htm',
        title: 'Quốc hội khai mạc kỳ họp bất thường',
        publishedAt: '2024-03-05T01:00:00Z',
      },
    },
  ],
  [
    'zingnews-utf8-cut-mid-character.xml',
    {
      format: 'rss',
      title: 'Kinh doanh - Znews',
      count: 2,
      first: {
        id: 'https://znews.example.vn/xuat-khau-ca-phe-post1471.html',
        url: 'https://znews.example.vn/xuat-khau-ca-phe-post1471.html',
        title: 'Xuất khẩu cà phê lập kỷ lục',
        publishedAt: '2024-03-05T03:00:00Z',
      },
    },
  ],
  [
    'attacker-billion-laughs.xml',
    {
      format: 'rss',
      title: 'Laughs &lol9;',
      count: 1,
      first: { id: 'https://attacker.example.com/1', url: 'https://attacker.example.com/1', title: '&lol9;&lol9;' },
    },
  ],
  [
    'scripting-truncated-end.xml',
    {
      format: 'rss',
      title: 'Scripting News',
      count: 1,
      first: {
        id: 'http://scripting.example.com/2024/03/05.html#a1',
        url: 'http://scripting.example.com/2024/03/05.html#a1',
        title: 'The download was cut short',
        publishedAt: '2024-03-05T14:00:00Z',
      },
    },
  ],
  [
    'aristotle-prefixed-atom.xml',
    {
      format: 'atom',
      title: 'Plasmasturm',
      count: 1,
      first: {
        id: 'urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a',
        url: 'https://plasmasturm.example.org/code/prefixes',
        title: 'Namespaces, prefixed',
        publishedAt: '2024-03-05T11:26:54Z',
      },
    },
  ],
  [
    'w3c-doctype-parameter-entity.xml',
    {
      format: 'rss',
      title: 'W3C News',
      count: 1,
      first: {
        id: 'w3c-news-2024-doctype',
        url: 'https://w3c.example.org/news/2024/doctype',
        title: 'A DOCTYPE with a parameter entity',
        publishedAt: '2024-03-05T14:00:00Z',
      },
    },
  ],
];

const refused: [string, FeedError['code']][] = [
  ['bankinfo-html-page.html', 'not-a-feed'],
  ['broken-not-xml.xml', 'not-a-feed'],
  // Well-formed, but 5,000 <div>s deep: past the parser's nesting bound (see hostile-input.test.ts).
  ['attacker-deep-nesting.xml', 'malformed'],
  ['jsonblog-truncated.json', 'malformed'],
];

function errorOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('parseFeed over the fixture feeds', () => {
  it.each(feeds)('reads %s', (name, expected) => {
    const feed = parseFeed(readFixture(name), { url: FEED_URL });
    const first = feed.items[0];
    expect(feed.format).toBe(expected.format);
    expect(feed.title).toBe(expected.title);
    expect(feed.items).toHaveLength(expected.count);
    expect(first?.id).toBe(expected.first.id);
    expect(first?.url).toBe(expected.first.url);
    expect(first?.title).toBe(expected.first.title);
    expect(first?.publishedAt).toBe(expected.first.publishedAt && Date.parse(expected.first.publishedAt));
    expect(first?.imageUrl).toBe(expected.first.imageUrl);
  });

  it.each(refused)('refuses %s with FeedError %s', (name, code) => {
    const error = errorOf(() => parseFeed(readFixture(name), { url: FEED_URL }));
    expect(error).toBeInstanceOf(FeedError);
    expect((error as FeedError).code).toBe(code);
  });

  it('has a table row for every fixture in the folder', () => {
    const covered = new Set([...feeds.map(([name]) => name), ...refused.map(([name]) => name)]);
    expect(readdirSync(fixturesPath).filter((name) => !covered.has(name))).toEqual([]);
  });
});
