import type { PublisherContacts } from './publisher-profile.ts';

export type ContactKind = 'email' | 'telegram' | 'phone';

export interface ContactLink {
  kind: ContactKind;
  href: string;
}

// E.164: a plus, a non-zero digit, at most 15 digits in all.
const E164 = /^\+[1-9]\d{6,14}$/;

/** `tel:` href for a number written with spaces, dots, dashes or brackets; undefined when it is not E.164. */
export function phoneHref(phone: string): string | undefined {
  const compact = phone.replace(/[\s.()-]/g, '');
  return E164.test(compact) ? `tel:${compact}` : undefined;
}

/**
 * The shortcuts shown in every view, built only from the profile (never from
 * feed HTML) and only with https:, mailto: and tel: schemes.
 */
export function contactLinks(contacts: PublisherContacts): ContactLink[] {
  const links: ContactLink[] = [];
  if (contacts.email) links.push({ kind: 'email', href: `mailto:${encodeURI(contacts.email)}` });
  if (contacts.telegram)
    links.push({ kind: 'telegram', href: `https://t.me/${encodeURIComponent(contacts.telegram)}` });
  const tel = contacts.phone ? phoneHref(contacts.phone) : undefined;
  if (tel) links.push({ kind: 'phone', href: tel });
  return links;
}
