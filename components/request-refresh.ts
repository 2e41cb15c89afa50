import { browser } from 'wxt/browser';
import type { Reply } from '../refresh/messages';

/** Asks the background to refresh; the pages see new stories through their live queries. */
export async function requestRefresh(): Promise<Reply<'refresh'>> {
  return browser.runtime.sendMessage({ type: 'refresh' });
}
