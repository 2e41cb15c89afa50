import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SidePanelView } from '../../../components/SidePanelView';
import { ROW_HEIGHT } from '../../../components/StoryList';
import { articleId, feedForSource, getArticle, markRead, saveFetchedItems, saveOfflineCopy } from '../../../storage';
import { db } from '../../../storage/db';
import { resetDb } from '../../support/reset-db';
import { story } from '../../support/stories';

let feedId: number;

function press(key: string, target: Element = document.body): void {
  fireEvent.keyDown(target, { key });
}

function readerHeading(): HTMLElement | null {
  return document.querySelector('.reader h2');
}

describe('the side panel', () => {
  beforeEach(async () => {
    await resetDb();
    location.hash = '';
    fakeBrowser.runtime.onMessage.addListener((_message: unknown, _sender, sendResponse) => {
      sendResponse([]);
      return true;
    });
    feedId = (await feedForSource('https://infofinance.com/feed')).id;
    await saveFetchedItems(feedId, [
      story('a', 1, { title: 'VN-Index closes higher', contentHtml: '<p>Banks led the rally.</p>' }),
      story('b', 2, { title: 'Giá vàng tăng mạnh', contentHtml: '<p>Vàng miếng tăng hơn một triệu đồng.</p>' }),
      story('c', 3, { title: 'Exports grow 14%' }),
    ]);
  });

  it('moves through the list with j and k, and opens the chosen story with o', async () => {
    render(<SidePanelView />);
    await screen.findByRole('link', { name: /VN-Index closes higher/ });
    press('j');
    await waitFor(() => expect(document.activeElement?.textContent).toContain('VN-Index closes higher'));
    press('j');
    press('j');
    press('k');
    await waitFor(() => expect(document.activeElement?.textContent).toContain('Giá vàng tăng mạnh'));
    press('o');
    await waitFor(() => expect(readerHeading()?.textContent).toBe('Giá vàng tăng mạnh'));
    await screen.findByText('Vàng miếng tăng hơn một triệu đồng.');
  });

  it('reads the next and previous stories with j and k, even pressed at once, stars with s, marks unread with m, and Escape goes back', async () => {
    render(<SidePanelView />);
    fireEvent.click(await screen.findByRole('link', { name: /VN-Index closes higher/ }));
    await waitFor(() => expect(readerHeading()?.textContent).toBe('VN-Index closes higher'));
    await waitFor(async () => expect((await getArticle(articleId(feedId, 'a')))?.read).toBe(true));

    press('j');
    await waitFor(() => expect(readerHeading()?.textContent).toBe('Giá vàng tăng mạnh'));
    press('s');
    await waitFor(async () => expect((await getArticle(articleId(feedId, 'b')))?.starred).toBe(true));
    press('m');
    await waitFor(async () => expect((await getArticle(articleId(feedId, 'b')))?.read).toBe(false));
    press('k');
    await waitFor(() => expect(readerHeading()?.textContent).toBe('VN-Index closes higher'));

    press('Escape');
    await waitFor(() => expect(readerHeading()).toBeNull());
    expect(screen.getByRole('searchbox')).toBeTruthy();
  });

  it('jumps to the search box with /, where letters are typed rather than taken as keys', async () => {
    render(<SidePanelView />);
    await screen.findByRole('link', { name: /VN-Index closes higher/ });
    press('/');
    const search = screen.getByRole('searchbox');
    expect(document.activeElement).toBe(search);
    press('j', search);
    expect(document.querySelector('[data-index] a:focus')).toBeNull();
    fireEvent.input(search, { target: { value: 'gia vang' } });
    await waitFor(() => expect(screen.queryByRole('link', { name: /VN-Index/ })).toBeNull());
    await screen.findByRole('link', { name: /Giá vàng tăng mạnh/ });
    press('Escape', search);
    await screen.findByRole('link', { name: /VN-Index closes higher/ });
  });

  it('shows only unread or starred stories when asked, and says so when there are none', async () => {
    render(<SidePanelView />);
    await screen.findByRole('link', { name: /Exports grow/ });
    fireEvent.click(screen.getByRole('button', { name: 'Starred' }));
    await screen.findByText(/No starred stories yet/);
    fireEvent.click(screen.getByRole('button', { name: 'Unread (3)' }));
    await screen.findByRole('link', { name: /Exports grow/ });
    fireEvent.click(screen.getByRole('button', { name: 'Mark all as read' }));
    await screen.findByText(/No unread stories/);
  });

  it('shows only the stories downloaded whole when asked, each marked as downloaded', async () => {
    await saveOfflineCopy({ id: articleId(feedId, 'a'), text: 'feed', pictures: [], missing: [] });
    await saveOfflineCopy({
      id: articleId(feedId, 'b'),
      text: 'feed',
      pictures: [],
      missing: [{ url: 'https://cdn.infofinance.com/vang.jpg', why: 'failed' }],
    });
    render(<SidePanelView />);
    const whole = await screen.findByRole('link', { name: /VN-Index closes higher/ });
    expect(within(whole).getByRole('img', { name: 'Downloaded' })).toBeTruthy();
    const partly = screen.getByRole('link', { name: /Giá vàng tăng mạnh/ });
    expect(within(partly).queryByRole('img', { name: 'Downloaded' })).toBeNull();

    const filter = screen.getByRole('button', { name: 'Downloaded' });
    fireEvent.click(filter);
    await waitFor(() => expect(screen.queryByRole('link', { name: /Exports grow/ })).toBeNull());
    expect(filter.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('link', { name: /VN-Index closes higher/ })).toBeTruthy();
    expect(screen.queryByRole('link', { name: /Giá vàng tăng mạnh/ })).toBeNull();
  });

  it('says when no story is downloaded yet', async () => {
    render(<SidePanelView />);
    await screen.findByRole('link', { name: /Exports grow/ });
    fireEvent.click(screen.getByRole('button', { name: 'Downloaded' }));
    await screen.findByText(/No downloaded stories yet/);
  });

  it('brings the rest of a long list once the reader scrolls to its end', async () => {
    await saveFetchedItems(
      feedId,
      Array.from({ length: 600 }, (_, index) => story(`old${index}`, 10 + index)),
    );
    const { container } = render(<SidePanelView />);
    await screen.findByRole('link', { name: /VN-Index closes higher/ });
    const list = container.querySelector('.story-list') as HTMLElement;
    expect(list.style.height).toBe(`${500 * ROW_HEIGHT}px`);
    const scroller = container.querySelector('.story-scroller') as HTMLElement;
    scroller.scrollTop = 500 * ROW_HEIGHT;
    fireEvent.scroll(scroller);
    await waitFor(() => expect(list.style.height).toBe(`${603 * ROW_HEIGHT}px`));
    scroller.scrollTop = 602 * ROW_HEIGHT;
    fireEvent.scroll(scroller);
    await screen.findByRole('link', { name: /Story old599\b/ });
  });

  it('says so when a star cannot be saved, rather than failing silently', async () => {
    render(<SidePanelView />);
    await screen.findByRole('link', { name: /VN-Index closes higher/ });
    press('j');
    await waitFor(() => expect(document.activeElement?.textContent).toContain('VN-Index closes higher'));
    db.close();
    press('s');
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Could not save that change: /);
  });

  it('opens the story a reader URL names, as a tab from the popup does, and marks it read', async () => {
    location.hash = `#story=${encodeURIComponent(articleId(feedId, 'c'))}`;
    render(<SidePanelView />);
    await waitFor(() => expect(readerHeading()?.textContent).toBe('Exports grow 14%'));
    await waitFor(async () => expect((await getArticle(articleId(feedId, 'c')))?.read).toBe(true));
  });

  it('keeps the chosen story chosen when new stories arrive above it', async () => {
    render(<SidePanelView />);
    await screen.findByRole('link', { name: /VN-Index closes higher/ });
    press('j');
    press('j');
    await waitFor(() => expect(document.activeElement?.textContent).toContain('Giá vàng tăng mạnh'));
    await saveFetchedItems(feedId, [story('new', 0.5, { title: 'Breaking: rates cut' })]);
    await screen.findByRole('link', { name: /Breaking: rates cut/ });
    press('o');
    await waitFor(() => expect(readerHeading()?.textContent).toBe('Giá vàng tăng mạnh'));
  });

  it('gives the focus back to the story just read when the reader goes back to the list', async () => {
    render(<SidePanelView />);
    fireEvent.click(await screen.findByRole('link', { name: /Giá vàng tăng mạnh/ }));
    await waitFor(() => expect(readerHeading()?.textContent).toBe('Giá vàng tăng mạnh'));
    press('Escape');
    await waitFor(() => expect(document.activeElement?.textContent).toContain('Giá vàng tăng mạnh'));
  });

  it('moves the focus to the next unread story when the chosen one is marked read', async () => {
    render(<SidePanelView />);
    await screen.findByRole('link', { name: /Exports grow/ });
    fireEvent.click(screen.getByRole('button', { name: 'Unread (3)' }));
    press('j');
    await waitFor(() => expect(document.activeElement?.textContent).toContain('VN-Index closes higher'));
    (document.activeElement as HTMLElement).blur();
    press('m');
    await waitFor(() => expect(document.activeElement?.textContent).toContain('Giá vàng tăng mạnh'));
  });

  it('finds older matches in the unread results when the newest matches are all read', async () => {
    const read = Array.from({ length: 80 }, (_, index) =>
      story(`gold${index}`, 0.1 + index / 100, { title: `Gold report ${index}` }),
    );
    await saveFetchedItems(feedId, [...read, story('oldgold', 200, { title: 'Gold report from last week' })]);
    for (const item of read) await markRead(articleId(feedId, item.id));
    render(<SidePanelView />);
    await screen.findByRole('link', { name: /Gold report 0\b/ });
    fireEvent.click(screen.getByRole('button', { name: /^Unread/ }));
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'gold report' } });
    await screen.findByRole('link', { name: /Gold report from last week/ });
    // The search has stopped looking: nothing is left running when the next test empties the database.
    await screen.findByText('1 stories found');
  });

  it('steps through unread search results with j, though each one read leaves them', async () => {
    await saveFetchedItems(feedId, [
      story('g1', 4, { title: 'Gold one' }),
      story('g2', 5, { title: 'Gold two' }),
      story('g3', 6, { title: 'Gold three' }),
    ]);
    render(<SidePanelView />);
    await screen.findByRole('link', { name: /VN-Index closes higher/ });
    fireEvent.click(screen.getByRole('button', { name: /^Unread/ }));
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'gold' } });
    fireEvent.click(await screen.findByRole('link', { name: /Gold one/ }));
    await waitFor(() => expect(readerHeading()?.textContent).toBe('Gold one'));
    press('j');
    await waitFor(() => expect(readerHeading()?.textContent).toBe('Gold two'));
    press('j');
    await waitFor(() => expect(readerHeading()?.textContent).toBe('Gold three'));
  });
});
