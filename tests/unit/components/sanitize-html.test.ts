// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../../../components/sanitize-html';
import { fixHappyDomForDomPurify } from '../../support/fix-happy-dom-for-dompurify';

const STORY = 'https://infofinance.com/news/2026/gia-vang';
const IMAGE = 'referrerpolicy="no-referrer" loading="lazy" decoding="async"';
const NEW_TAB = 'target="_blank" rel="noopener noreferrer"';

beforeAll(fixHappyDomForDomPurify);

/** The output parsed back, as the page would hold it. */
function parse(html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
}

/** What no sanitized story may hold, whatever it was sent. */
function expectHarmless(html: string): void {
  const body = parse(html);
  expect(body.querySelector('script, iframe, frame, form, input, button, select, textarea, object, embed')).toBeNull();
  expect(body.querySelector('style, link, meta, base, math')).toBeNull();
  for (const element of body.querySelectorAll('*')) {
    for (const { name, value } of element.attributes) {
      expect(name).not.toMatch(/^on|^style$/i);
      if (/href|src|poster|action|data/i.test(name)) expect(value).not.toMatch(/^\s*(javascript|vbscript|data:text):/i);
      expect(value).not.toMatch(/javascript:/i);
    }
  }
}

describe('sanitizing a feed’s HTML', () => {
  it.each([
    ['a script element', '<p>Giá vàng tăng<script>alert(1)</script></p>', '<p>Giá vàng tăng</p>'],
    [
      'an onerror handler',
      '<img src="https://cdn.infofinance.com/a.jpg" onerror="alert(1)">',
      `<img src="https://cdn.infofinance.com/a.jpg" ${IMAGE}>`,
    ],
    ['a javascript: link', '<a href="javascript:alert(1)">x</a>', '<a>x</a>'],
    ['an entity-encoded javascript: link', '<a href="&#106;&#97;vascript&#x3A;alert(1)">x</a>', '<a>x</a>'],
    [
      'entities without semicolons',
      '<a href="&#106&#97&#118&#97&#115&#99&#114&#105&#112&#116&#58alert(1)">x</a>',
      '<a>x</a>',
    ],
    ['a mixed-case javascript: link', '<a href="JaVaScRiPt:alert(1)">x</a>', '<a>x</a>'],
    ['whitespace inside javascript:', '<a href=" \tjava&#x09;scr\nipt:alert(1)">x</a>', '<a>x</a>'],
    ['a control character before javascript:', '<a href="\u0001javascript:alert(1)">x</a>', '<a>x</a>'],
    ['a vbscript: link', '<a href="vbscript:msgbox(1)">x</a>', '<a>x</a>'],
    ['a data: page link', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>', '<a>x</a>'],
    ['an iframe', '<p>Xem video</p><iframe src="https://evil.example/"></iframe>', '<p>Xem video</p>'],
    [
      'a form asking for a password',
      '<form action="https://evil.example/"><input name="password"><select></select><textarea></textarea><button>Log in</button></form>',
      'Log in',
    ],
    ['an svg onload', '<svg onload="alert(1)"><circle r="5"></circle></svg>', '<svg><circle r="5"></circle></svg>'],
    [
      'svg animating a link into javascript:',
      '<svg><a xlink:href="javascript:alert(1)"><animate attributeName="href" values="javascript:alert(1)"/><text>x</text></a></svg>',
      '<svg><a><text>x</text></a></svg>',
    ],
    ['a style element', '<style>body{display:none}</style><p>Nội dung</p>', '<p>Nội dung</p>'],
    [
      'styles and classes that cover the page',
      '<p style="position:fixed;inset:0" class="reader">Tin</p>',
      '<p>Tin</p>',
    ],
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example/"><p>Tin</p>', '<p>Tin</p>'],
    [
      'a base element redirecting relative links',
      '<base href="https://evil.example/"><a href="/thi-truong">Thị trường</a>',
      `<a href="https://infofinance.com/thi-truong" ${NEW_TAB}>Thị trường</a>`,
    ],
    ['a srcset of javascript:', '<img srcset="javascript:alert(1) 1x">', `<img ${IMAGE}>`],
    [
      'a srcset hiding javascript: after a real picture',
      '<img src="a.jpg" srcset="a.jpg 1x, javascript:alert(1) 2x">',
      `<img src="https://infofinance.com/news/2026/a.jpg" srcset="https://infofinance.com/news/2026/a.jpg 1x" ${IMAGE}>`,
    ],
    [
      'object and embed',
      '<object data="https://evil.example/x.swf"></object><embed src="https://evil.example/x.swf">',
      '',
    ],
    ['a link element', '<link rel="stylesheet" href="https://evil.example/x.css"><p>Tin</p>', '<p>Tin</p>'],
    [
      'a positive tabindex',
      '<a href="https://infofinance.com/" tabindex="1">x</a>',
      `<a href="https://infofinance.com/" ${NEW_TAB}>x</a>`,
    ],
    [
      'a link asking to keep its opener',
      '<a href="https://ok.example/" target="_self" rel="opener">ok</a>',
      `<a href="https://ok.example/" ${NEW_TAB}>ok</a>`,
    ],
    ['an id that could clobber the page', '<h2 id="reader-title">x</h2>', '<h2 id="user-content-reader-title">x</h2>'],
    [
      'a details ontoggle',
      '<details open ontoggle="alert(1)"><summary>s</summary>d</details>',
      '<details open=""><summary>s</summary>d</details>',
    ],
  ])('removes %s', (_name, input, expected) => {
    const output = sanitizeHtml(input, STORY);
    expectHarmless(output);
    expect(output).toBe(expected);
  });

  // What is left of these depends on the parser (happy-dom's is not a browser's): only that it is harmless is certain.
  it.each([
    ['mathml', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'],
    ['a form and mathml nesting', '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>'],
    ['a noscript breakout', '<noscript><p title="</noscript><img src=x onerror=alert(1)>">'],
    ['a style inside svg', '<svg><style><img src=x onerror=alert(1)></style></svg>'],
    ['an unclosed tag', '<img src=x onerror=alert(1)//'],
  ])('leaves nothing harmful of %s', (_name, input) => {
    expectHarmless(sanitizeHtml(input, STORY));
  });

  it.each([
    ['paragraphs', '<p>Chứng khoán <strong>tăng</strong> <em>mạnh</em>.</p><p>Đoạn hai.</p>'],
    ['lists', '<ul><li>Một</li><li>Hai</li></ul><ol><li>Ba</li></ol>'],
    ['a blockquote', '<blockquote cite="https://infofinance.com/q"><p>Trích dẫn.</p></blockquote>'],
    [
      'a table',
      '<table><thead><tr><th>Mã</th><th>Giá</th></tr></thead><tbody><tr><td>VNM</td><td>68.500</td></tr></tbody></table>',
    ],
    ['headings and a rule', '<h2>Tổng quan</h2><hr><h3>Chi tiết</h3>'],
    ['code', '<pre><code>const gia = 68500;</code></pre>'],
  ])('keeps %s as they are', (_name, input) => {
    expect(sanitizeHtml(input, STORY)).toBe(input);
  });

  it('keeps a figure, resolving its picture against the story and keeping its size', () => {
    expect(
      sanitizeHtml(
        '<figure><img src="/images/chart.png" alt="Biểu đồ" width="800" height="450"><figcaption>VN-Index</figcaption></figure>',
        STORY,
      ),
    ).toBe(
      `<figure><img src="https://infofinance.com/images/chart.png" alt="Biểu đồ" width="800" height="450" ${IMAGE}><figcaption>VN-Index</figcaption></figure>`,
    );
  });

  it('resolves every picture of a srcset', () => {
    expect(sanitizeHtml('<img srcset="a-400.jpg 400w, a-800.jpg 800w" src="a-800.jpg" alt="">', STORY)).toBe(
      '<img srcset="https://infofinance.com/news/2026/a-400.jpg 400w, https://infofinance.com/news/2026/a-800.jpg 800w" ' +
        `src="https://infofinance.com/news/2026/a-800.jpg" alt="" ${IMAGE}>`,
    );
  });

  it('opens links, relative ones resolved against the story, in a new tab without the opener', () => {
    expect(
      sanitizeHtml('<a href="../thi-truong">Thị trường</a> <a href="mailto:toasoan@infofinance.com">Thư</a>', STORY),
    ).toBe(
      `<a href="https://infofinance.com/news/thi-truong" ${NEW_TAB}>Thị trường</a> ` +
        `<a href="mailto:toasoan@infofinance.com" ${NEW_TAB}>Thư</a>`,
    );
  });

  it('keeps an inline raster picture, not an inline page', () => {
    expect(sanitizeHtml('<img src="data:image/png;base64,iVBORw0KGgo=">', STORY)).toBe(
      `<img src="data:image/png;base64,iVBORw0KGgo=" ${IMAGE}>`,
    );
    expect(sanitizeHtml('<img src="data:image/svg+xml,<svg onload=alert(1)>">', STORY)).toBe(`<img ${IMAGE}>`);
  });

  it('drops relative addresses when the story has no web address of its own, rather than point inside the extension', () => {
    expect(sanitizeHtml('<a href="/thi-truong">x</a>')).toBe('<a>x</a>');
    expect(sanitizeHtml('<a href="#top">x</a>', 'javascript:alert(1)')).toBe('<a>x</a>');
  });

  it('sets the same attributes once, however many stories it cleans', () => {
    sanitizeHtml('<a href="/a">a</a>', STORY);
    expect(sanitizeHtml('<a href="/b">b</a>', STORY)).toBe(`<a href="https://infofinance.com/b" ${NEW_TAB}>b</a>`);
  });
});
