import { describe, expect, it } from 'vitest';
import { absolutizeHtml } from '../../../feed/absolutize-html';

const BASE = 'https://news.example.com/posts/1/';

describe('absolutizeHtml', () => {
  it.each([
    ['a quoted relative src', '<img src="a.jpg">', '<img src="https://news.example.com/posts/1/a.jpg">'],
    ['an unquoted href', '<a href=/rel>x</a>', '<a href="https://news.example.com/rel">x</a>'],
    ['upper-case names, kept as written', '<IMG SRC="/a.png">', '<IMG SRC="https://news.example.com/a.png">'],
    ['a single-quoted poster', "<video poster='p.jpg'>", "<video poster='https://news.example.com/posts/1/p.jpg'>"],
    [
      'each srcset candidate, commas inside a URL kept',
      '<img srcset="/c_fill,w_300/a.jpg 300w,/b.jpg 2x, https://cdn.example.com/c.jpg">',
      '<img srcset="https://news.example.com/c_fill,w_300/a.jpg 300w,https://news.example.com/b.jpg 2x, https://cdn.example.com/c.jpg">',
    ],
    [
      'a srcset candidate ended by a comma alone',
      '<img srcset="a.jpg,b.jpg 2x">',
      '<img srcset="https://news.example.com/posts/1/a.jpg,b.jpg 2x">',
    ],
    ['entities in the value', '<a href="/s?a=1&amp;b=2">', '<a href="https://news.example.com/s?a=1&amp;b=2">'],
  ])('makes %s absolute', (_case, html, expected) => {
    expect(absolutizeHtml(html, BASE)).toBe(expected);
  });

  it.each([
    ['absolute and other-scheme URLs', '<a href="HTTPS://Other.example/x">a</a><a href=mailto:a@b.c>m</a>'],
    ['fragments', '<a href="#note-1">1</a>'],
    ['a data: srcset', '<img srcset="data:image/png;base64,iVBOR 1x">'],
    [
      '"src=" inside another attribute or in text',
      '<img alt="see src=x.jpg" src="https://cdn.example.com/y.jpg"> href=z',
    ],
    ['data-src and xlink:href', '<img data-src="/lazy.jpg"><use xlink:href="/s.svg#i">'],
  ])('leaves %s alone', (_case, html) => {
    expect(absolutizeHtml(html, BASE)).toBe(html);
  });

  it('leaves everything alone without a base', () => {
    expect(absolutizeHtml('<img src="a.jpg">', undefined)).toBe('<img src="a.jpg">');
  });
});
