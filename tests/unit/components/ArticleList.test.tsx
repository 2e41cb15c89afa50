import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ArticleList } from '../../../components/ArticleList';
import type { ArticleView } from '../../../storage';

const NOW = Date.UTC(2026, 10, 26, 9, 0);

function article(id: string, minutesAgo: number, extra: Partial<ArticleView> = {}): ArticleView {
  const at = NOW - minutesAgo * 60_000;
  return {
    id: `1:${id}`,
    feedId: 1,
    itemId: id,
    title: `Story ${id}`,
    url: `https://infofinance.com/${id}`,
    categories: [],
    sortAt: at,
    fetchedAt: at,
    read: false,
    starred: false,
    ...extra,
  };
}

describe('the article list', () => {
  it('links each title to its story, with the publisher and how long ago', () => {
    render(<ArticleList articles={[article('a', 18)]} publisherName="Info Finance" language="en" now={NOW} />);
    const link = screen.getByRole('link', { name: /Story a/ });
    expect(link.getAttribute('href')).toBe('https://infofinance.com/a');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.textContent).toContain('Info Finance · 18 minutes ago');
  });

  it('marks unread stories and not read ones', () => {
    const { container } = render(
      <ArticleList
        articles={[article('a', 1), article('b', 2, { read: true })]}
        publisherName="Info Finance"
        language="en"
        now={NOW}
      />,
    );
    expect(container.querySelectorAll('.unread')).toHaveLength(1);
  });

  it('shows a picture without sending the referrer, only when the story has one', () => {
    const { container } = render(
      <ArticleList
        articles={[article('a', 1, { imageUrl: 'https://cdn.infofinance.com/a.jpg' }), article('b', 2)]}
        publisherName="Info Finance"
        language="en"
        now={NOW}
      />,
    );
    const images = container.querySelectorAll('img');
    expect(images).toHaveLength(1);
    expect(images[0]?.getAttribute('referrerpolicy')).toBe('no-referrer');
  });

  it('hides a picture that fails to load instead of showing a broken image', () => {
    const { container } = render(
      <ArticleList
        articles={[article('a', 1, { imageUrl: 'https://cdn.infofinance.com/a.jpg' })]}
        publisherName="Info Finance"
        language="en"
        now={NOW}
      />,
    );
    const image = container.querySelector('img') as HTMLImageElement;
    image.dispatchEvent(new Event('error'));
    expect(image.hidden).toBe(true);
  });
});
