import { describe, expect, it } from 'vitest';
import { pictureUrls } from '../../../feed/picture-urls';

const BASE = 'https://infofinance.com/markets/2026/story.html';

describe('pictureUrls', () => {
  it.each([
    [
      'a relative src, read against the story’s address',
      '<img src="a.jpg">',
      ['https://infofinance.com/markets/2026/a.jpg'],
    ],
    ['a root-relative src', '<p><img alt="" src="/img/a.jpg"></p>', ['https://infofinance.com/img/a.jpg']],
    ['an absolute src on another host', '<img src="https://cdn.example.net/a.png">', ['https://cdn.example.net/a.png']],
    [
      'upper-case names, single quotes and bare values',
      "<IMG SRC='/a.jpg'><img src=/b.jpg>",
      ['https://infofinance.com/a.jpg', 'https://infofinance.com/b.jpg'],
    ],
    ['a self-closed tag with no space before the slash', '<img/src="/a.jpg"/>', ['https://infofinance.com/a.jpg']],
    [
      'entities in the value, decoded',
      '<img src="/a.jpg?w=300&amp;h=200">',
      ['https://infofinance.com/a.jpg?w=300&h=200'],
    ],
    [
      'the first srcset candidate when there is no src',
      '<img srcset=" /small.jpg 300w, /big.jpg 900w">',
      ['https://infofinance.com/small.jpg'],
    ],
    [
      'a srcset candidate with commas inside it',
      '<img srcset="/c_fill,w_300/a.jpg 300w, /b.jpg 2x">',
      ['https://infofinance.com/c_fill,w_300/a.jpg'],
    ],
    ['a srcset candidate ended by commas', '<img srcset="/a.jpg,, /b.jpg 2x">', ['https://infofinance.com/a.jpg']],
    ['the src over the srcset', '<img src="/a.jpg" srcset="/b.jpg 2x">', ['https://infofinance.com/a.jpg']],
    ['the srcset when the src is empty', '<img src="" srcset="/b.jpg 2x">', ['https://infofinance.com/b.jpg']],
    [
      'the srcset behind a lazy-loading data: placeholder',
      '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" srcset="/real.jpg 1x">',
      ['https://infofinance.com/real.jpg'],
    ],
    [
      'the first http(s) srcset candidate, as the sanitizer leaves it',
      '<img srcset="data:image/png;base64,iVBOR 1x, /b.jpg 2x">',
      ['https://infofinance.com/b.jpg'],
    ],
    [
      '"src=" inside another attribute',
      '<img alt="see src=/wrong.jpg" src="/right.jpg">',
      ['https://infofinance.com/right.jpg'],
    ],
  ])('finds %s', (_case, html, expected) => {
    expect(pictureUrls(html, BASE)).toEqual(expected);
  });

  it('gives each picture once, in the order the story shows them', () => {
    const html = '<img src="/b.jpg"><p>text</p><img src="/a.jpg"><img src="https://infofinance.com/b.jpg">';
    expect(pictureUrls(html, BASE)).toEqual(['https://infofinance.com/b.jpg', 'https://infofinance.com/a.jpg']);
  });

  it.each([
    ['data: pictures', '<img src="data:image/png;base64,iVBORw0KGgo=">'],
    ['other schemes', '<img src="javascript:alert(1)"><img src="ftp://example.com/a.jpg"><img src="blob:https://x/1">'],
    ['lazy pictures with only a data-src', '<img data-src="/lazy.jpg">'],
    ['an <img> with neither src nor srcset', '<img alt="nothing">'],
    ['tags that only start like img', '<imgx src="/a.jpg"><image-box src="/b.jpg">'],
    ['a src in text', '<p>write &lt;img src="/a.jpg"&gt; to show a picture</p>'],
  ])('skips %s', (_case, html) => {
    expect(pictureUrls(html, BASE)).toEqual([]);
  });

  it('skips relative addresses when there is no base to read them against', () => {
    expect(pictureUrls('<img src="/a.jpg"><img src="https://cdn.example.net/b.jpg">', undefined)).toEqual([
      'https://cdn.example.net/b.jpg',
    ]);
  });

  it('finds nothing in no HTML', () => {
    expect(pictureUrls(undefined, BASE)).toEqual([]);
    expect(pictureUrls('plain text', BASE)).toEqual([]);
  });

  // About a megabyte of one opening: a quadratic scan takes minutes, so the test timeout alone tells them apart.
  it('scans a story full of unclosed <img tags without a quadratic search', () => {
    expect(pictureUrls(`${'<img src=/a.jpg '.repeat(100_000)}`, BASE)).toEqual(['https://infofinance.com/a.jpg']);
  });
});
