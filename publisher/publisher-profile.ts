/** The publisher whose news the extension carries (CONTRACT.md section 2). */
export interface PublisherProfile {
  name: string;
  homepage: string;
  /** Without it the feed is discovered from `homepage`. */
  feedUrl?: string;
  /** Keyed by language ("en", "vi"); at least one. */
  disclaimer: Record<string, string>;
  contacts: PublisherContacts;
}

export interface PublisherContacts {
  email?: string;
  /** A Telegram username, without "@" or "https://t.me/". */
  telegram?: string;
  /** As the publisher writes it; the link uses its E.164 form. */
  phone?: string;
}
