import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ArticleList } from '../../../components/ArticleList';
import type { Source } from '../../../components/use-sources';
import type { ArticleView } from '../../../storage';

const NOW = Date.UTC(2026, 10, 26, 9, 0);
const PUBLISHER: Source = { name: 'Info Finance', homepage: 'https://infofinance.com/' };

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

function renderList(
  articles: ArticleView[],
  sources: ReadonlyMap<number, Source> = new Map(),
  onOpen: (article: ArticleView) => void = () => undefined,
) {
  return render(
    <ArticleList articles={articles} sourceOf={(id) => sources.get(id) ?? PUBLISHER} now={NOW} onOpen={onOpen} />,
  );
}

describe('the article list', () => {
  it('links each title to its story in the reader, with its source and how long ago', () => {
    renderList([article('a', 18)]);
    const link = screen.getByRole('link', { name: /Story a/ });
    expect(link.getAttribute('href')).toMatch(/\/sidepanel\.html#story=1%3Aa$/);
    expect(link.textContent).toContain('Info Finance · 18 minutes ago');
  });

  it('opens a clicked story in the reader, and leaves a click with Ctrl to the browser', () => {
    const onOpen = vi.fn();
    renderList([article('a', 1)], new Map(), onOpen);
    const link = screen.getByRole('link', { name: /Story a/ });
    expect(fireEvent.click(link)).toBe(false);
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ id: '1:a' }));
    expect(fireEvent.click(link, { ctrlKey: true })).toBe(true);
    expect(onOpen).toHaveBeenCalledTimes(1);
  });

  it('says which stories are unread and which are starred, to screen readers too', () => {
    renderList([article('a', 1), article('b', 2, { read: true, starred: true })]);
    expect(screen.getByRole('link', { name: /Unread: Story a/ })).toBeTruthy();
    expect(screen.getByRole('link', { name: /Story b/ }).textContent).not.toContain('Unread');
    expect(screen.getByRole('img', { name: 'Starred' })).toBeTruthy();
  });

  it("names each story's own feed when the reader follows another one", () => {
    renderList(
      [article('a', 5, { feedId: 2 })],
      new Map([[2, { name: 'Tin Nhanh', homepage: 'https://tinnhanh.example/' }]]),
    );
    expect(screen.getByRole('link', { name: /Story a/ }).textContent).toContain('Tin Nhanh · 5 minutes ago');
  });

  it('names a story without a title by the start of its summary, or says it is untitled', () => {
    renderList([
      article('a', 1, { title: '', summary: 'Just shipped a new release of the app with offline reading.' }),
      article('b', 2, { title: '' }),
    ]);
    expect(screen.getByRole('link', { name: /Just shipped a new release/ })).toBeTruthy();
    expect(screen.getByRole('link', { name: /Untitled story/ })).toBeTruthy();
  });

  it('marks unread stories and not read ones', () => {
    const { container } = renderList([article('a', 1), article('b', 2, { read: true })]);
    expect(container.querySelectorAll('.unread')).toHaveLength(1);
  });

  it('shows a picture without sending the referrer, only when the story has one', () => {
    const { container } = renderList([
      article('a', 1, { imageUrl: 'https://cdn.infofinance.com/a.jpg' }),
      article('b', 2),
    ]);
    const images = container.querySelectorAll('img');
    expect(images).toHaveLength(1);
    expect(images[0]?.getAttribute('referrerpolicy')).toBe('no-referrer');
  });

  it('hides a picture that fails to load instead of showing a broken image', () => {
    const { container } = renderList([article('a', 1, { imageUrl: 'https://cdn.infofinance.com/a.jpg' })]);
    const image = container.querySelector('img') as HTMLImageElement;
    image.dispatchEvent(new Event('error'));
    expect(image.hidden).toBe(true);
  });
});
