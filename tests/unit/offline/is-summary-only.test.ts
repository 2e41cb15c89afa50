import { describe, expect, it } from 'vitest';
import { isSummaryOnly } from '../../../offline/is-summary-only';

const paragraph =
  'Bank shares led the Ho Chi Minh City exchange higher for a fifth straight session, lifting the VN-Index to its ' +
  'best close in two years, as foreign investors returned as net buyers and turnover rose by a third on the week.';
const whole = `<p>${paragraph}</p><p>${paragraph}</p><p>${paragraph}</p>`;

describe('whether a feed gives only a summary of a story', () => {
  it.each([
    { what: 'nothing but a title', story: {} },
    { what: 'a one-sentence description', story: { summary: 'Shipments rose on demand from the Philippines.' } },
    { what: 'a short content', story: { contentHtml: `<p>${paragraph}</p>` } },
    { what: 'a long text cut off with an ellipsis', story: { contentHtml: `${whole}<p>Analysts said…</p>` } },
    { what: 'a long text cut off with [...]', story: { contentHtml: `${whole} [...]` } },
    { what: 'a long text ending in a read-more link', story: { contentHtml: `${whole}<a href="/x">Read more</a>` } },
    { what: 'a long text ending in “Continue reading →”', story: { contentHtml: `${whole}<a>Continue reading →</a>` } },
    {
      what: 'a WordPress excerpt',
      story: { contentHtml: `${whole}<p>The post X appeared first on Info Finance.</p>` },
    },
    { what: 'a Vietnamese text ending in “Đọc tiếp”', story: { contentHtml: `${whole}<a>Đọc tiếp</a>` } },
    { what: 'a Vietnamese text ending in “Xem thêm”', story: { contentHtml: `${whole}<a>xem thêm</a>` } },
  ])('a summary: $what', ({ story }) => {
    expect(isSummaryOnly(story)).toBe(true);
  });

  it.each([
    { what: 'several paragraphs of content', story: { contentHtml: whole, summary: 'Short.' } },
    { what: 'a long description with no content', story: { summary: whole } },
    {
      what: 'a whole Vietnamese text with a “Xem thêm:” box midway',
      story: { contentHtml: `<p>${paragraph}</p><p>Xem thêm: Giá vàng hôm nay</p>${whole}` },
    },
    {
      what: 'a whole text that mentions “read more” midway',
      story: { contentHtml: `<p>Read more about it.</p>${whole}` },
    },
  ])('whole: $what', ({ story }) => {
    expect(isSummaryOnly(story)).toBe(false);
  });
});
