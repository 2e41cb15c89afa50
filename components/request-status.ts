import { browser } from 'wxt/browser';
import type { Reply } from '../refresh/messages';

/** Asks the background which record is the reader's feed and whether it is being refreshed. */
export async function requestStatus(): Promise<Reply<'status'>> {
  return browser.runtime.sendMessage({ type: 'status' });
}
