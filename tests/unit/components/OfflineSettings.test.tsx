import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { OfflineSettings } from '../../../components/OfflineSettings';
import {
  articleId,
  feedForSource,
  fullTextSetting,
  getStoryCopy,
  saveFetchedItems,
  saveOfflineCopy,
  setStarred,
} from '../../../storage';
import { resetDb } from '../../support/reset-db';
import { NOW, story } from '../../support/stories';

/** The value shown for a term of the sizes list. */
function shown(term: string): string | null | undefined {
  return screen.getByText(term).nextElementSibling?.textContent;
}

const bytes = (count: number) => new Uint8Array(count).buffer;

describe('the settings for reading offline', () => {
  let starred: string;
  let plain: string;

  beforeEach(async () => {
    await resetDb();
    const feedId = (await feedForSource('https://infofinance.com/feed')).id;
    await saveFetchedItems(feedId, [story('a', 2), story('b', 1)], NOW);
    starred = articleId(feedId, 'a');
    plain = articleId(feedId, 'b');
    await setStarred(starred, true);
    await saveOfflineCopy({
      id: starred,
      text: 'feed',
      pictures: [{ url: 'https://cdn.infofinance.com/a.jpg', type: 'image/jpeg', data: bytes(1024) }],
      missing: [],
    });
    await saveOfflineCopy({
      id: plain,
      text: 'feed',
      pictures: [{ url: 'https://cdn.infofinance.com/b.jpg', type: 'image/jpeg', data: bytes(2048) }],
      missing: [],
    });
  });

  it('shows the room the saved text and pictures take', async () => {
    render(<OfflineSettings />);
    await waitFor(() => expect(shown('Saved pictures')).toBe('3 kB'));
    expect(shown('Saved text')).toMatch(/^\d+(\.\d)? (byte|kB)$/);
  });

  it('fetches whole stories by default, and stops when the box is unticked', async () => {
    render(<OfflineSettings />);
    const box = screen.getByLabelText(
      'Fetch whole stories from the publisher’s site when the feed gives only a summary',
    ) as HTMLInputElement;
    await waitFor(() => expect(box.checked).toBe(true));
    fireEvent.click(box);
    await waitFor(async () => expect(await fullTextSetting.getValue()).toBe(false));
    expect(box.checked).toBe(false);
  });

  it('removes the saved pictures, says how much room that freed, and leaves the starred story’s', async () => {
    render(<OfflineSettings />);
    await waitFor(() => expect(shown('Saved pictures')).toBe('3 kB'));
    expect(screen.getByText('Starred stories keep their pictures. The stories and their text stay.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove downloaded pictures' }));
    const said = await screen.findByText('Freed 2 kB.');
    expect(said.getAttribute('role')).toBe('status');
    await waitFor(() => expect(shown('Saved pictures')).toBe('1 kB'));
    expect((await getStoryCopy(starred)).pictures).toHaveLength(1);
    expect((await getStoryCopy(plain)).pictures).toHaveLength(0);
  });

  it('says so when there is no picture to remove', async () => {
    render(<OfflineSettings />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove downloaded pictures' }));
    await screen.findByText('Freed 2 kB.');
    fireEvent.click(screen.getByRole('button', { name: 'Remove downloaded pictures' }));
    await screen.findByText('There were no downloaded pictures to remove.');
  });
});
