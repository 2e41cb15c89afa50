// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../extract/extract-article';
import { LOGIN_PAGE, SECTION_PAGE, STORY_PAGE, STORY_URL, storyPage, TEASER_PAGE } from './story-pages';

describe('extractArticle', () => {
  it('keeps every paragraph of the story, with its title and byline', () => {
    const article = extractArticle(STORY_PAGE, STORY_URL);
    expect(article).toMatchObject({
      title: 'Central bank holds rates as inflation stays on target',
      byline: 'Lan Nguyen',
    });
    expect(article?.html).toContain('Ngân hàng Nhà nước giữ nguyên lãi suất điều hành');
    expect(article?.html).toContain('trading volumes were about a fifth below their monthly average.');
    expect(article?.html.match(/<p>/g)?.length).toBeGreaterThanOrEqual(6);
    expect(article?.textLength).toBeGreaterThan(1000);
  });

  it('leaves out the navigation, the ads, the comments and the related stories', () => {
    const html = extractArticle(STORY_PAGE, STORY_URL)?.html ?? '';
    expect(html).toContain('Ngân hàng Nhà nước');
    expect(html).not.toContain('Sign in');
    expect(html).not.toContain('0% fees');
    expect(html).not.toContain('First comment');
    expect(html).not.toContain('Most read');
    expect(html).not.toContain('Footer links');
  });

  it('makes a relative picture absolute against the story’s address, not the extension’s', () => {
    expect(extractArticle(STORY_PAGE, STORY_URL)?.html).toContain('<img src="https://infofinance.com/img/a.jpg"');
  });

  it('reads relative addresses against a <base> the page sets itself', () => {
    const page = storyPage({ head: '<base href="/markets/">', picture: 'charts/rates.png' });
    expect(extractArticle(page, STORY_URL)?.html).toContain('src="https://infofinance.com/markets/charts/rates.png"');
  });

  it.each([
    ['a sign-in form', LOGIN_PAGE],
    ['a list of headlines', SECTION_PAGE],
    ['a teaser of two sentences', TEASER_PAGE],
    ['an empty page', '<!doctype html><html><head><title>Nothing</title></head><body></body></html>'],
  ])('finds no story in %s', (_name, page) => {
    expect(extractArticle(page, STORY_URL)).toBeUndefined();
  });
});
