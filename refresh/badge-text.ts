import type { Messages } from '../locales/messages-for';

/** The most the badge counts; above it says "99+". */
export const BADGE_MAX = 99;

/** What the toolbar badge says for this many unread stories: nothing at none, "99+" past 99. */
export function badgeText(unread: number, t: Pick<Messages, 'badgeOverflow'>): string {
  if (unread <= 0) return '';
  return unread > BADGE_MAX ? t.badgeOverflow : String(unread);
}
