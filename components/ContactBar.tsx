import { format } from '../locales/messages-for';
import { type ContactKind, contactLinks } from '../publisher/contact-links';
import type { PublisherProfile } from '../publisher/publisher-profile';
import { t } from './messages';

const LABEL: Record<ContactKind, 'contactEmail' | 'contactTelegram' | 'contactPhone'> = {
  email: 'contactEmail',
  telegram: 'contactTelegram',
  phone: 'contactPhone',
};
const ICON: Record<ContactKind, string> = { email: '✉', telegram: '➤', phone: '☎' };

/** The publisher's Email, Telegram and Call now shortcuts, for the contacts the profile gives. */
export function ContactBar({ profile }: { profile: PublisherProfile }) {
  const links = contactLinks(profile.contacts);
  if (links.length === 0) return null;
  return (
    <nav class="contacts" aria-label={format(t.contactsLabel, { publisher: profile.name })}>
      {links.map(({ kind, href }) => (
        <a key={kind} class={`contact contact-${kind}`} href={href} target="_blank" rel="noopener noreferrer">
          <span aria-hidden="true">{ICON[kind]}</span> {t[LABEL[kind]]}
        </a>
      ))}
    </nav>
  );
}
