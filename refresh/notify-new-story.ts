import { browser } from 'wxt/browser';
import { format, messagesFor } from '../locales/messages-for';

/** Notification ids are this prefix and the story's article id, so a click can open the story. */
export const STORY_NOTIFICATION = 'story:';

/** The one notification of a refresh that found new stories: the source, the newest story's title, how many. */
export async function notifyNewStory(
  story: { articleId: string; title: string },
  added: number,
  source: string,
  language = navigator.language,
): Promise<void> {
  // Undefined when the reader has since taken the permission back: the setting alone does not allow it.
  if (!browser.notifications) return;
  const t = messagesFor(language);
  await browser.notifications.create(`${STORY_NOTIFICATION}${story.articleId}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: source,
    message: story.title || t.untitled,
    contextMessage: added > 1 ? format(t.newStories, { count: added }) : t.newStory,
  });
}
