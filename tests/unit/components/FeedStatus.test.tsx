import { render, screen } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FeedStatus } from '../../../components/FeedStatus';
import type { RefreshStatus } from '../../../refresh/messages';
import { type FeedRecord, feedForSource, updateFeed } from '../../../storage';
import { resetDb } from '../../support/reset-db';

const NOW = Date.now();
const HOUR = 3_600_000;

describe('the feed status', () => {
  let feed: FeedRecord;

  beforeEach(async () => {
    await resetDb();
    feed = await feedForSource('https://infofinance.com/feed');
    fakeBrowser.runtime.onMessage.addListener((_message: unknown, _sender, sendResponse) => {
      const status: RefreshStatus = { refreshing: false, feed };
      sendResponse(status);
      return true;
    });
  });

  it('says what the last refresh found, in words', async () => {
    await updateFeed(feed.id, {
      lastAttemptAt: NOW - HOUR,
      lastSuccessAt: NOW - 2 * HOUR,
      httpStatus: 503,
      encoding: 'windows-1252',
      itemsSeen: 20,
      itemsNew: 3,
      retryAt: NOW + 3 * HOUR,
      lastError: { kind: 'http', httpStatus: 503, message: '503', at: NOW - HOUR },
    });
    render(<FeedStatus />);
    await screen.findByRole('heading', { name: 'Feed status' });
    await screen.findByText('1 hour ago');
    expect(screen.getByText('https://infofinance.com/feed')).toBeTruthy();
    expect(screen.getByText('2 hours ago')).toBeTruthy();
    expect(screen.getByText('503')).toBeTruthy();
    expect(screen.getByText('windows-1252')).toBeTruthy();
    expect(screen.getByText('20 (3 new)')).toBeTruthy();
    expect(screen.getByText('infofinance.com is busy (503) and asked to be tried again later.')).toBeTruthy();
    expect(screen.getByText('in 3 hours')).toBeTruthy();
  });

  it('says Never for a feed not yet fetched', async () => {
    render(<FeedStatus />);
    expect(await screen.findAllByText('Never')).toHaveLength(2);
  });
});
