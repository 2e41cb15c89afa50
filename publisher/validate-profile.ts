import { phoneHref } from './contact-links.ts';
import type { PublisherContacts, PublisherProfile } from './publisher-profile.ts';

/** A profile that cannot be used; `field` is the JSON path of the first bad field. */
export class ProfileError extends Error {
  readonly field: string;
  constructor(field: string, problem: string) {
    super(`Publisher profile: "${field}" ${problem}`);
    this.name = 'ProfileError';
    this.field = field;
  }
}

const TOP_LEVEL = new Set(['name', 'homepage', 'feedUrl', 'disclaimer', 'contacts']);
const CONTACTS = new Set(['email', 'telegram', 'phone']);
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
// Telegram usernames: 5-32 characters of letters, digits and underscores.
const TELEGRAM = /^[A-Za-z][A-Za-z0-9_]{4,31}$/;
// No characters that would add headers or change the address inside a mailto: link.
const EMAIL = /^[^\s@<>()"',;:?&#%=]+@[^\s@<>()"',;:?&#%=]+\.[^\s@<>()"',;:?&#%=]+$/;

/**
 * Checks a parsed profile JSON and returns it normalized (trimmed strings,
 * Telegram handle without "@" or t.me prefix). Throws ProfileError naming the
 * first field that is wrong.
 */
export function validateProfile(input: unknown): PublisherProfile {
  const raw = record(input, '(profile)');
  unknownKeys(raw, TOP_LEVEL, '');

  const profile: PublisherProfile = {
    name: text(raw.name, 'name'),
    homepage: webUrl(raw.homepage, 'homepage'),
    disclaimer: disclaimer(raw.disclaimer),
    contacts: contacts(raw.contacts),
  };
  if (raw.feedUrl !== undefined) profile.feedUrl = webUrl(raw.feedUrl, 'feedUrl');
  return profile;
}

function record(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ProfileError(field, 'must be a JSON object');
  }
  return value as Record<string, unknown>;
}

function unknownKeys(raw: Record<string, unknown>, known: Set<string>, prefix: string): void {
  for (const key of Object.keys(raw)) {
    if (!known.has(key)) {
      throw new ProfileError(`${prefix}${key}`, `is not a known field (expected one of: ${[...known].join(', ')})`);
    }
  }
}

function text(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ProfileError(field, 'must be a non-empty string');
  }
  return value.trim();
}

function webUrl(value: unknown, field: string): string {
  const candidate = text(value, field);
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    throw new ProfileError(field, `must be an absolute URL (got "${candidate}")`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ProfileError(field, `must be an http(s) URL (got "${candidate}")`);
  }
  return url.href;
}

function disclaimer(value: unknown): Record<string, string> {
  const raw = record(value, 'disclaimer');
  const languages = Object.keys(raw);
  if (languages.length === 0) {
    throw new ProfileError('disclaimer', 'needs at least one language, e.g. { "en": "…" }');
  }
  const result: Record<string, string> = {};
  for (const language of languages) {
    if (!LANGUAGE.test(language)) {
      throw new ProfileError(`disclaimer.${language}`, 'is not a language code such as "en" or "vi"');
    }
    result[language.toLowerCase()] = text(raw[language], `disclaimer.${language}`);
  }
  return result;
}

function contacts(value: unknown): PublisherContacts {
  if (value === undefined) return {};
  const raw = record(value, 'contacts');
  unknownKeys(raw, CONTACTS, 'contacts.');
  const result: PublisherContacts = {};

  if (raw.email !== undefined) {
    const email = text(raw.email, 'contacts.email');
    if (!EMAIL.test(email)) throw new ProfileError('contacts.email', `is not an email address (got "${email}")`);
    result.email = email;
  }
  if (raw.telegram !== undefined) {
    const handle = text(raw.telegram, 'contacts.telegram').replace(/^(?:https?:\/\/)?(?:t\.me\/|@)/i, '');
    if (!TELEGRAM.test(handle)) {
      throw new ProfileError(
        'contacts.telegram',
        `is not a Telegram username (5-32 letters, digits or _; got "${handle}")`,
      );
    }
    result.telegram = handle;
  }
  if (raw.phone !== undefined) {
    const phone = text(raw.phone, 'contacts.phone');
    if (phoneHref(phone) === undefined) {
      throw new ProfileError('contacts.phone', `must be an international number like +84969116052 (got "${phone}")`);
    }
    result.phone = phone;
  }
  return result;
}
