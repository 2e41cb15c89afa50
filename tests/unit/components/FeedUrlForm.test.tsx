import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FeedUrlForm } from '../../../components/FeedUrlForm';
import { feedUrlSetting } from '../../../storage';

let refreshes: number;

function submit(address: string): void {
  fireEvent.input(screen.getByLabelText('Feed URL'), { target: { value: address } });
  fireEvent.click(screen.getByRole('button', { name: 'Save' }));
}

// `as never`: the typings overload request() with a callback form returning void.
describe('the feed address form', () => {
  beforeEach(() => {
    refreshes = 0;
    fakeBrowser.runtime.onMessage.addListener((_message, _sender, sendResponse) => {
      refreshes += 1;
      sendResponse([]);
      return true;
    });
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('refuses an address that is not a web address, and keeps the old one', async () => {
    await feedUrlSetting.setValue('https://infofinance.com/feed');
    render(<FeedUrlForm />);
    await waitFor(() => expect((screen.getByLabelText('Feed URL') as HTMLInputElement).value).not.toBe(''));
    submit('javascript:alert(1)');
    await screen.findByText('Enter a full web address starting with https://');
    expect(await feedUrlSetting.getValue()).toBe('https://infofinance.com/feed');
  });

  it('asks for access to the feed’s site and says so when the reader refuses', async () => {
    const request = vi.spyOn(browser.permissions, 'request').mockResolvedValue(false as never);
    render(<FeedUrlForm />);
    submit('https://tinnhanh.example:8443/rss.xml');
    await screen.findByText('Permission to read tinnhanh.example:8443 was refused.');
    expect(request).toHaveBeenCalledWith({ origins: ['https://tinnhanh.example/*'] });
    expect(await feedUrlSetting.getValue()).toBe('');
  });

  it('saves a permitted address and refreshes from it at once', async () => {
    vi.spyOn(browser.permissions, 'request').mockResolvedValue(true as never);
    render(<FeedUrlForm />);
    submit('https://tinnhanh.example/rss.xml');
    await screen.findByText('Saved.');
    expect(await feedUrlSetting.getValue()).toBe('https://tinnhanh.example/rss.xml');
    await waitFor(() => expect(refreshes).toBe(1));
  });

  it('goes back to the publisher’s own feed when the field is emptied', async () => {
    await feedUrlSetting.setValue('https://tinnhanh.example/rss.xml');
    render(<FeedUrlForm />);
    await waitFor(() => expect((screen.getByLabelText('Feed URL') as HTMLInputElement).value).not.toBe(''));
    submit('');
    await screen.findByText('Saved.');
    expect(await feedUrlSetting.getValue()).toBe('');
  });
});
