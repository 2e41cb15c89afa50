import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StorageUsage } from '../../../components/StorageUsage';
import { feedForSource, getArticle, markRead, saveFetchedItems, setStarred, unreadCount } from '../../../storage';
import { resetDb } from '../../support/reset-db';
import { NOW, story } from '../../support/stories';

/** The value shown for a term of the usage list. */
function shown(term: string): string | null | undefined {
  return screen.getByText(term).nextElementSibling?.textContent;
}

describe('the storage usage', () => {
  let feedId: number;

  beforeEach(async () => {
    await resetDb();
    feedId = (await feedForSource('https://infofinance.com/feed')).id;
    await saveFetchedItems(feedId, [story('a', 5), story('b', 4), story('c', 3), story('d', 2), story('e', 1)], NOW);
    for (const id of ['a', 'b', 'c']) await markRead(`${feedId}:${id}`);
    await setStarred(`${feedId}:a`, true);
    Object.defineProperty(navigator, 'storage', {
      configurable: true,
      value: { estimate: async () => ({ usage: 5 * 1024 * 1024 + 300 * 1024, quota: 1e10 }) },
    });
  });
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'storage');
  });

  it('shows the space used and how many stories are saved, read and starred', async () => {
    render(<StorageUsage />);
    await waitFor(() => expect(shown('Stories saved')).toBe('5'));
    expect(shown('Read')).toBe('3');
    expect(shown('Starred')).toBe('1');
    expect(shown('Space used')).toBe('5.3 MB');
  });

  it('says the space is unknown where the browser does not tell', async () => {
    Reflect.deleteProperty(navigator, 'storage');
    render(<StorageUsage />);
    await waitFor(() => expect(shown('Space used')).toBe('Unknown'));
  });

  it('clears the read stories, keeping the starred and unread ones and every read mark', async () => {
    render(<StorageUsage />);
    await waitFor(() => expect(shown('Stories saved')).toBe('5'));
    fireEvent.click(screen.getByRole('button', { name: 'Clear read stories' }));
    const said = await screen.findByText('Removed 2 read stories.');
    expect(said.getAttribute('role')).toBe('status');
    await waitFor(() => expect(shown('Stories saved')).toBe('3'));
    expect(shown('Read')).toBe('1');
    expect(await getArticle(`${feedId}:a`)).toMatchObject({ read: true, starred: true });
    expect(await getArticle(`${feedId}:b`)).toBeUndefined();
    expect(await unreadCount()).toBe(2);
    // Back in the feed, a cleared story is still read.
    expect((await saveFetchedItems(feedId, [story('b', 4)], NOW + 1)).added).toBe(0);
    expect(await getArticle(`${feedId}:b`)).toMatchObject({ read: true });
  });

  it('says when there was nothing to clear, and “1 read story” for one', async () => {
    render(<StorageUsage />);
    fireEvent.click(screen.getByRole('button', { name: 'Clear read stories' }));
    await screen.findByText('Removed 2 read stories.');
    fireEvent.click(screen.getByRole('button', { name: 'Clear read stories' }));
    await screen.findByText('There were no read stories to remove.');
    await markRead(`${feedId}:d`);
    fireEvent.click(screen.getByRole('button', { name: 'Clear read stories' }));
    await screen.findByText('Removed 1 read story.');
  });
});
