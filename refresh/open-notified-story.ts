import { browser } from 'wxt/browser';
import { profile } from '../publisher/profile';
import { getArticle, markRead } from '../storage';
import { STORY_NOTIFICATION } from './notify-new-story';

/** Opens the story a clicked notification named (the publisher's homepage if it has gone), and marks it read. */
export async function openNotifiedStory(notificationId: string): Promise<void> {
  if (!notificationId.startsWith(STORY_NOTIFICATION)) return;
  const id = notificationId.slice(STORY_NOTIFICATION.length);
  const story = await getArticle(id);
  await browser.notifications.clear(notificationId);
  await browser.tabs.create({ url: story?.url ?? profile.homepage });
  if (story) await markRead(id);
}
