import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { language } from '../../../components/messages';
import { Reader } from '../../../components/Reader';
import type { ArticleView } from '../../../storage';
import { NOW, story } from '../../support/stories';

const PICTURE = 'https://cdn.infofinance.com/2026/11/gia-vang.jpg';

/** A stored story about gold, published two hours before NOW, unread and not starred. */
function goldStory(extra: Partial<ArticleView> = {}): ArticleView {
  const { id, ...fields } = story('gia-vang', 2, {
    title: 'Giá vàng hôm nay tăng mạnh',
    author: 'Nguyễn Thu Hà',
    contentHtml: '<p>Giá vàng miếng SJC tăng 1,5 triệu đồng mỗi lượng.</p>',
  });
  return {
    ...fields,
    id: `1:${id}`,
    feedId: 1,
    itemId: id,
    sortAt: fields.publishedAt ?? NOW,
    fetchedAt: NOW,
    read: false,
    starred: false,
    ...extra,
  };
}

function renderReader(article: ArticleView, handlers: { onPrevious?: () => void; onNext?: () => void } = {}) {
  const props = {
    article,
    sourceName: 'Info Finance',
    onBack: vi.fn(),
    onToggleStar: vi.fn(),
    onToggleRead: vi.fn(),
    ...handlers,
  };
  const result = render(<Reader {...props} />);
  return { ...result, props, rerender: (next: ArticleView) => result.rerender(<Reader {...props} article={next} />) };
}

describe('the reader', () => {
  it('shows the title, byline, date and text, and links to the original', () => {
    const article = goldStory();
    const { container } = renderReader(article);

    const heading = screen.getByRole('heading', { name: 'Giá vàng hôm nay tăng mạnh' });
    expect(heading.getAttribute('tabindex')).toBe('-1');
    expect(screen.getByRole('article', { name: 'Giá vàng hôm nay tăng mạnh' })).toBeTruthy();
    expect(screen.getByText('Nguyễn Thu Hà')).toBeTruthy();
    expect(screen.getByText('Info Finance')).toBeTruthy();
    const time = container.querySelector('time');
    expect(time?.getAttribute('dateTime')).toBe(new Date(NOW - 2 * 3_600_000).toISOString());
    expect(time?.textContent).toBe(
      new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(article.publishedAt),
    );
    expect(container.querySelector('.reader-content p')?.textContent).toBe(
      'Giá vàng miếng SJC tăng 1,5 triệu đồng mỗi lượng.',
    );
    const original = screen.getByRole('link', { name: /Read on infofinance\.com/ });
    expect(original.getAttribute('href')).toBe('https://infofinance.com/gia-vang');
    expect(original.getAttribute('target')).toBe('_blank');
    expect(original.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it("shows a hostile story's text with nothing that could run", () => {
    const { container } = renderReader(
      goldStory({
        contentHtml:
          '<p onclick="alert(1)">Giá vàng tăng</p><script>alert(1)</script><img src="x.jpg" onerror="alert(1)">' +
          '<a href="javascript:alert(1)">Xem thêm</a><a href=" JaVa&#x09;Script:alert(1)">Tin khác</a>' +
          '<iframe src="https://evil.example/"></iframe><form action="https://evil.example/"><input name="p"></form>' +
          '<svg onload="alert(1)"></svg>',
      }),
    );
    const content = container.querySelector('.reader-content') as HTMLElement;
    expect(content.textContent).toContain('Giá vàng tăng');
    expect(content.textContent).toContain('Xem thêm');
    expect(container.querySelector('script, iframe, form, input')).toBeNull();
    for (const element of container.querySelectorAll('*')) {
      for (const { name } of element.attributes) expect(name).not.toMatch(/^on/i);
    }
    for (const link of container.querySelectorAll('a')) expect(link.getAttribute('href') ?? '').not.toMatch(/script:/i);
  });

  it('shows the summary when the feed gave no text', () => {
    const { container } = renderReader(
      goldStory({ contentHtml: undefined, summary: 'Vàng miếng tăng 1,5 triệu đồng.' }),
    );
    expect(container.querySelector('.reader-content p')?.textContent).toBe('Vàng miếng tăng 1,5 triệu đồng.');
    expect(screen.queryByText(/only the title/)).toBeNull();
  });

  it('shows the summary when nothing of the text survives sanitizing', () => {
    renderReader(goldStory({ contentHtml: '<script>alert(1)</script><p> </p>', summary: 'Vàng tăng.' }));
    expect(screen.getByText('Vàng tăng.')).toBeTruthy();
  });

  it('says when the feed gave only the title, with the way to the site', () => {
    renderReader(goldStory({ contentHtml: undefined, summary: undefined }));
    expect(screen.getByText(/The feed gave only the title of this story\./)).toBeTruthy();
    const link = screen.getByRole('link', { name: /Read it on infofinance\.com/ });
    expect(link.getAttribute('href')).toBe('https://infofinance.com/gia-vang');
  });

  it('links to no original that is not a web address', () => {
    renderReader(goldStory({ url: 'javascript:alert(1)' }));
    expect(screen.queryByRole('link', { name: /Read on/ })).toBeNull();
  });

  it('stars and unstars, showing whether the story is starred', () => {
    const { props, rerender } = renderReader(goldStory());
    const star = screen.getByRole('button', { name: 'Star' });
    expect(star.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(star);
    expect(props.onToggleStar).toHaveBeenCalledOnce();
    rerender(goldStory({ starred: true }));
    expect(screen.getByRole('button', { name: 'Star' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('marks as read or unread, saying what the button will do', () => {
    const { props, rerender } = renderReader(goldStory());
    fireEvent.click(screen.getByRole('button', { name: 'Mark as read' }));
    expect(props.onToggleRead).toHaveBeenCalledOnce();
    rerender(goldStory({ read: true }));
    expect(screen.getByRole('button', { name: 'Mark as unread' })).toBeTruthy();
  });

  it('goes back to the list', () => {
    const { props } = renderReader(goldStory());
    fireEvent.click(screen.getByRole('button', { name: /Back to stories/ }));
    expect(props.onBack).toHaveBeenCalledOnce();
  });

  it('disables Previous and Next at the ends of the list', () => {
    renderReader(goldStory());
    expect((screen.getByRole('button', { name: /Previous story/ }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: /Next story/ }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('moves to the previous and next stories', () => {
    const onPrevious = vi.fn();
    const onNext = vi.fn();
    renderReader(goldStory(), { onPrevious, onNext });
    fireEvent.click(screen.getByRole('button', { name: /Previous story/ }));
    fireEvent.click(screen.getByRole('button', { name: /Next story/ }));
    expect(onPrevious).toHaveBeenCalledOnce();
    expect(onNext).toHaveBeenCalledOnce();
  });

  it("shows the story's picture above the text, in a box that keeps its place", () => {
    const { container } = renderReader(goldStory({ imageUrl: PICTURE }));
    const lead = container.querySelector('.reader-lead img');
    expect(lead?.getAttribute('src')).toBe(PICTURE);
    expect(lead?.getAttribute('referrerpolicy')).toBe('no-referrer');
  });

  it.each([
    ['the same address', `<p><img src="${PICTURE}" alt=""></p><p>Giá vàng tăng.</p>`],
    [
      'another size of it',
      '<img src="https://cdn.infofinance.com/2026/11/gia-vang-1024x576.jpg"><p>Giá vàng tăng.</p>',
    ],
  ])('does not show the picture twice when the text starts with %s', (_name, contentHtml) => {
    const { container } = renderReader(goldStory({ imageUrl: PICTURE, contentHtml }));
    expect(container.querySelector('.reader-lead')).toBeNull();
    expect(container.querySelectorAll('img')).toHaveLength(1);
  });

  it('hides the picture box when the picture cannot load', () => {
    const { container } = renderReader(goldStory({ imageUrl: PICTURE }));
    fireEvent.error(container.querySelector('.reader-lead img') as HTMLImageElement);
    expect(container.querySelector('.reader-lead')).toBeNull();
  });
});
