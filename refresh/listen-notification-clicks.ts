import { browser } from 'wxt/browser';
import { openNotifiedStory } from './open-notified-story';

function onClicked(notificationId: string): void {
  void openNotifiedStory(notificationId);
}

/**
 * Opens the story of a clicked notification. The notifications API exists only once the reader has allowed it, which
 * may happen while this worker runs, so the listener is added again when a permission is granted.
 */
export function listenNotificationClicks(): void {
  const listen = () => {
    const notifications = browser.notifications;
    if (notifications && !notifications.onClicked.hasListener(onClicked))
      notifications.onClicked.addListener(onClicked);
  };
  listen();
  browser.permissions.onAdded.addListener(listen);
}
