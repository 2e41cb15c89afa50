import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FeedUrlForm } from '../../../components/FeedUrlForm';
import type { FeedCheck, Message } from '../../../refresh/messages';
import { feedUrlSetting } from '../../../storage';

let requests: Message[];
let check: FeedCheck;
const FOUND: FeedCheck = { ok: true, title: 'Tin Nhanh', stories: 12 };

function submit(address: string): void {
  fireEvent.input(screen.getByLabelText('Feed URL'), { target: { value: address } });
  fireEvent.click(screen.getByRole('button', { name: 'Save' }));
}

const asked = (type: Message['type']) => requests.filter((request) => request.type === type);
// `as never`: the typings overload request() with a callback form returning void.
const permit = (granted: boolean) => vi.spyOn(browser.permissions, 'request').mockResolvedValue(granted as never);

describe('the feed address form', () => {
  beforeEach(() => {
    requests = [];
    check = FOUND;
    // The fake browser answers through sendResponse, as Chrome's callback API does.
    fakeBrowser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
      requests.push(message as Message);
      sendResponse((message as Message).type === 'check-feed' ? check : []);
      return true;
    });
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('refuses an address that is not a web address, asks nothing and keeps the old one', async () => {
    const request = permit(true);
    await feedUrlSetting.setValue('https://infofinance.com/feed');
    render(<FeedUrlForm />);
    await waitFor(() => expect((screen.getByLabelText('Feed URL') as HTMLInputElement).value).not.toBe(''));
    submit('javascript:alert(1)');
    await screen.findByText('Enter a full web address starting with https://');
    expect(screen.getByLabelText('Feed URL').getAttribute('aria-invalid')).toBe('true');
    expect(request).not.toHaveBeenCalled();
    expect(requests).toEqual([]);
    expect(await feedUrlSetting.getValue()).toBe('https://infofinance.com/feed');
  });

  it('asks for access to the feed’s site and says so when the reader refuses', async () => {
    const request = permit(false);
    render(<FeedUrlForm />);
    submit('https://tinnhanh.example:8443/rss.xml');
    // Within the click itself: an await before it would lose the reader's gesture, and the browser would not ask.
    expect(request).toHaveBeenCalledWith({ origins: ['https://tinnhanh.example/*'] });
    await screen.findByText('Permission to read tinnhanh.example:8443 was refused. The address was not saved.');
    expect(asked('check-feed')).toEqual([]);
    expect(await feedUrlSetting.getValue()).toBe('');
  });

  it('says a web page is not a feed, points to the feed it names, and saves nothing', async () => {
    permit(true);
    check = {
      ok: false,
      failure: { kind: 'not-a-feed', message: 'This address is not a feed.', at: 0 },
      webPage: true,
      declaredFeed: 'https://tinnhanh.example/rss/tin-moi.rss',
    };
    render(<FeedUrlForm />);
    submit('https://tinnhanh.example/');
    await screen.findByText(
      'tinnhanh.example sent a web page, not a news feed. That page names its feed at ' +
        'https://tinnhanh.example/rss/tin-moi.rss: try that address. The address was not saved.',
    );
    expect(asked('check-feed')).toEqual([{ type: 'check-feed', url: 'https://tinnhanh.example/' }]);
    expect(asked('refresh')).toEqual([]);
    expect(await feedUrlSetting.getValue()).toBe('');
  });

  it.each<[string, FeedCheck, string]>([
    [
      'a body that is no feed',
      { ok: false, failure: { kind: 'malformed', message: 'This feed is too broken to read.', at: 0 } },
      'The address on tinnhanh.example does not lead to a news feed. The address was not saved.',
    ],
    [
      'an unreachable site',
      { ok: false, failure: { kind: 'network', message: 'Could not reach tinnhanh.example', at: 0 } },
      'Could not reach tinnhanh.example. The address was not saved.',
    ],
    [
      'a missing page',
      { ok: false, failure: { kind: 'http', message: '', httpStatus: 404, at: 0 } },
      'tinnhanh.example answered with an error (404). The address was not saved.',
    ],
  ])('words %s in the reader’s language', async (_, answer, words) => {
    permit(true);
    check = answer;
    render(<FeedUrlForm />);
    submit('https://tinnhanh.example/rss.xml');
    await screen.findByText(words);
    expect(await feedUrlSetting.getValue()).toBe('');
  });

  it('says so when the background does not answer, and saves nothing', async () => {
    permit(true);
    fakeBrowser.runtime.onMessage.removeAllListeners();
    render(<FeedUrlForm />);
    submit('https://tinnhanh.example/rss.xml');
    await screen.findByText('The address could not be checked just now. Try again in a moment.');
    expect(await feedUrlSetting.getValue()).toBe('');
  });

  it('saves a feed the background found, says what it found and refreshes from it at once', async () => {
    permit(true);
    render(<FeedUrlForm />);
    submit('  https://tinnhanh.example/rss.xml ');
    await screen.findByText('Found “Tin Nhanh” with 12 stories. Saved.');
    expect(screen.getByLabelText('Feed URL').getAttribute('aria-invalid')).toBe('false');
    expect(await feedUrlSetting.getValue()).toBe('https://tinnhanh.example/rss.xml');
    await waitFor(() => expect(asked('refresh')).toHaveLength(1));
  });

  it('says “1 story”, and names an untitled feed by its host', async () => {
    permit(true);
    check = { ok: true, title: '', stories: 1 };
    render(<FeedUrlForm />);
    submit('https://tinnhanh.example/rss.xml');
    await screen.findByText('Found “tinnhanh.example” with 1 story. Saved.');
  });

  it('goes back to the publisher’s own feed when the field is emptied, without a check', async () => {
    await feedUrlSetting.setValue('https://tinnhanh.example/rss.xml');
    render(<FeedUrlForm />);
    await waitFor(() => expect((screen.getByLabelText('Feed URL') as HTMLInputElement).value).not.toBe(''));
    submit('');
    await screen.findByText('Saved.');
    expect(await feedUrlSetting.getValue()).toBe('');
    expect(asked('check-feed')).toEqual([]);
  });
});
