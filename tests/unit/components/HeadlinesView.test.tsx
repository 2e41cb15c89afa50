import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HeadlinesView } from '../../../components/HeadlinesView';
import type { Message } from '../../../refresh/messages';
import type { RefreshOutcome } from '../../../refresh/refresh-feed';
import { articleId, feedForSource, saveFetchedItems, updateFeed } from '../../../storage';
import { resetDb } from '../../support/reset-db';

const NOW = Date.now();
let requests: Message[];
let reply: RefreshOutcome[];

function setOnline(online: boolean): void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

async function savedStories(): Promise<number> {
  const feed = await feedForSource('https://infofinance.com/feed');
  await saveFetchedItems(feed.id, [
    {
      id: 'a',
      title: 'VN-Index closes higher',
      url: 'https://infofinance.com/a',
      publishedAt: NOW - 60_000,
      categories: [],
    },
    {
      id: 'b',
      title: 'Giá vàng tăng mạnh',
      url: 'https://infofinance.com/b',
      publishedAt: NOW - 120_000,
      categories: [],
    },
  ]);
  return feed.id;
}

describe('the headlines view', () => {
  beforeEach(async () => {
    await resetDb();
    requests = [];
    reply = [];
    // The fake browser answers through sendResponse, as Chrome's callback API does.
    fakeBrowser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
      requests.push(message as Message);
      sendResponse(reply);
      return true;
    });
  });

  afterEach(() => setOnline(true));

  it('lists the saved stories as links, newest first', async () => {
    await savedStories();
    render(<HeadlinesView />);
    await screen.findByRole('link', { name: /VN-Index closes higher/ });
    const titles = screen.getAllByRole('link', { name: /·/ }).map((link) => link.textContent);
    expect(titles[0]).toContain('VN-Index closes higher');
    expect(titles[1]).toContain('Giá vàng tăng mạnh');
  });

  it('asks for a refresh as a page that opens, and as the reader when Refresh is pressed', async () => {
    render(<HeadlinesView />);
    await waitFor(() => expect(requests).toEqual([{ type: 'refresh', by: 'page' }]));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Refresh' }).hasAttribute('disabled')).toBe(false));
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(requests.at(-1)).toEqual({ type: 'refresh', by: 'reader' }));
  });

  it('says Offline and keeps the saved stories when the browser has no network', async () => {
    await savedStories();
    setOnline(false);
    render(<HeadlinesView />);
    await screen.findByText(/Offline/);
    await screen.findByRole('link', { name: /Giá vàng tăng mạnh/ });
  });

  it('says Offline, naming the host, when the last refresh could not reach it', async () => {
    const feedId = await savedStories();
    await updateFeed(feedId, { lastError: { kind: 'network', message: 'Could not reach infofinance.com', at: NOW } });
    render(<HeadlinesView />);
    await screen.findByText(/Offline/);
    expect(screen.getByText('Could not reach infofinance.com.')).toBeTruthy();
  });

  it('says in plain words that the server failed and how old the saved stories are, above them', async () => {
    const feedId = await savedStories();
    await updateFeed(feedId, {
      lastSuccessAt: NOW - 2 * 3_600_000,
      lastError: { kind: 'http', httpStatus: 500, message: '500', at: NOW },
    });
    render(<HeadlinesView />);
    await screen.findByText('infofinance.com answered with an error (500).');
    await screen.findByText('Showing stories saved 2 hours ago.');
    await screen.findByRole('link', { name: /VN-Index closes higher/ });
    expect(screen.queryByText(/Offline/)).toBeNull();
  });

  it.each([
    [{ kind: 'http', httpStatus: 429 }, 'infofinance.com is busy (429) and asked to be tried again later.'],
    [{ kind: 'no-feed-found' }, 'No news feed was found on infofinance.com.'],
    [{ kind: 'timeout' }, 'infofinance.com took too long to answer.'],
  ])('words a failure of kind %o for the reader', async (failure, words) => {
    const feedId = await savedStories();
    await updateFeed(feedId, { lastError: { message: 'x', at: NOW, ...failure } });
    render(<HeadlinesView />);
    await screen.findByText(words);
  });

  it('opens a clicked story in the reader and marks it read, in a tab where no side panel can open', async () => {
    const feedId = await savedStories();
    render(<HeadlinesView />);
    fireEvent.click(await screen.findByRole('link', { name: /Unread: Giá vàng tăng mạnh/ }));
    await screen.findByRole('link', { name: /^Giá vàng tăng mạnh/ });
    const tabs = await fakeBrowser.tabs.query({});
    expect(
      tabs.some((tab) => tab.url?.endsWith(`/sidepanel.html#story=${encodeURIComponent(articleId(feedId, 'b'))}`)),
    ).toBe(true);
  });

  it('offers the side panel, and says how fresh the stories are', async () => {
    const feedId = await savedStories();
    await updateFeed(feedId, { lastSuccessAt: Date.now() - 5 * 60_000 });
    render(<HeadlinesView />);
    await screen.findByText('Updated 5 minutes ago');
    fireEvent.click(screen.getByRole('button', { name: 'Open in side panel' }));
    await waitFor(async () =>
      expect((await fakeBrowser.tabs.query({})).some((tab) => tab.url?.endsWith('/sidepanel.html'))).toBe(true),
    );
  });

  it('tells a new reader what to do when nothing is saved yet', async () => {
    render(<HeadlinesView />);
    await screen.findByText('No stories yet. Press Refresh to fetch the latest news.');
  });

  it('says so when the background could not refresh at all', async () => {
    reply = [{ added: 0, error: { kind: 'internal', message: 'the database is closed', at: NOW } }];
    render(<HeadlinesView />);
    await screen.findByText('Could not refresh: the database is closed');
  });
});
