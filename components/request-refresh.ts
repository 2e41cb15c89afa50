import { browser } from 'wxt/browser';
import type { Reply } from '../refresh/messages';
import type { RefreshOptions } from '../refresh/refresh-all';

/** Asks the background to refresh; the pages see new stories through their live queries. */
export async function requestRefresh(options: RefreshOptions = {}): Promise<Reply<'refresh'>> {
  return browser.runtime.sendMessage({ type: 'refresh', ...options });
}
