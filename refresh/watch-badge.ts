import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import { messagesFor } from '../locales/messages-for';
import { unreadCount } from '../storage';
import { BADGE_MAX, badgeText } from './badge-text';

/**
 * Keeps the toolbar badge on the unread count while this page or worker lives, whoever changes the store: the
 * background after a refresh, a page after a read. Returns the function that stops it.
 */
export function watchBadge(language = navigator.language): () => void {
  const t = messagesFor(language);
  // Firefox's Manifest V2 build calls it browserAction.
  const action = browser.action ?? browser.browserAction;
  const subscription = liveQuery(() => unreadCount(undefined, BADGE_MAX + 1)).subscribe({
    next: (unread) => void action.setBadgeText({ text: badgeText(unread, t) }),
    // A count that cannot be read is not shown rather than shown wrong.
    error: () => void action.setBadgeText({ text: '' }),
  });
  return () => subscription.unsubscribe();
}
