import type { PublisherProfile } from '../publisher/publisher-profile';
import { ContactBar } from './ContactBar';
import { disclaimerFor } from './disclaimer-for';
import { language } from './messages';

/** The publisher's disclaimer, verbatim, and its contact shortcuts: in every view. */
export function PublisherFooter({ profile }: { profile: PublisherProfile }) {
  return (
    <footer class="publisher-footer">
      <ContactBar profile={profile} />
      <p class="disclaimer">{disclaimerFor(profile.disclaimer, language)}</p>
    </footer>
  );
}
