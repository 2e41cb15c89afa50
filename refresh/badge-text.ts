import type { Messages } from '../locales/messages-for';

/** What the toolbar badge says for this many unread stories: nothing at none, "99+" past 99. */
export function badgeText(unread: number, t: Pick<Messages, 'badgeOverflow'>): string {
  if (unread <= 0) return '';
  return unread > 99 ? t.badgeOverflow : String(unread);
}
