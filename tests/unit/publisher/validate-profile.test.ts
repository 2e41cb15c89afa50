import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ProfileError, validateProfile } from '../../../publisher/validate-profile';

const infoFinance = JSON.parse(readFileSync('publisher/default-profile.json', 'utf8'));
const demo = JSON.parse(readFileSync('tests/fixtures/demo/profile.json', 'utf8'));

function fieldOf(profile: unknown): string | undefined {
  try {
    validateProfile(profile);
    return undefined;
  } catch (error) {
    if (error instanceof ProfileError) return error.field;
    throw error;
  }
}

describe('the publisher profile', () => {
  it('accepts the default Info Finance profile with its disclaimer verbatim and its phone number', () => {
    const profile = validateProfile(infoFinance);
    expect(profile.name).toBe('Info Finance');
    expect(profile.homepage).toBe('https://infofinance.com/');
    expect(profile.feedUrl).toBeUndefined();
    expect(profile.disclaimer.en).toBe(
      'All information on our website is for general reference only, inverstors need to consider and take responsibility for all their investment actions. Info Finance is not reponsible for any actions of investors.',
    );
    expect(profile.contacts).toEqual({ phone: '+84969116052' });
  });

  it('accepts the demo profile with all three contacts', () => {
    expect(validateProfile(demo).contacts).toEqual({
      email: 'newsroom@infofinance.example',
      telegram: 'infofinance_demo',
      phone: '+84969116052',
    });
  });

  it('accepts a phone number written with spaces', () => {
    expect(validateProfile({ ...demo, contacts: { phone: '+84 969 116 052' } }).contacts.phone).toBe('+84 969 116 052');
  });

  it('takes a Telegram handle written with @ or as a t.me link', () => {
    const profile = (telegram: string) => ({ ...demo, contacts: { telegram } });
    expect(validateProfile(profile('@infofinance_demo')).contacts.telegram).toBe('infofinance_demo');
    expect(validateProfile(profile('https://t.me/infofinance_demo')).contacts.telegram).toBe('infofinance_demo');
  });

  it.each([
    ['a missing name', { ...demo, name: undefined }, 'name'],
    ['an empty name', { ...demo, name: '  ' }, 'name'],
    ['a homepage that is not a URL', { ...demo, homepage: 'infofinance' }, 'homepage'],
    ['a homepage on ftp:', { ...demo, homepage: 'ftp://infofinance.com' }, 'homepage'],
    ['a javascript: feed', { ...demo, feedUrl: 'javascript:alert(1)' }, 'feedUrl'],
    ['a disclaimer in no language', { ...demo, disclaimer: {} }, 'disclaimer'],
    ['a disclaimer given as a string', { ...demo, disclaimer: 'All information…' }, 'disclaimer'],
    ['an empty Vietnamese disclaimer', { ...demo, disclaimer: { en: 'x', vi: '' } }, 'disclaimer.vi'],
    ['a bad email', { ...demo, contacts: { email: 'newsroom' } }, 'contacts.email'],
    ['a Telegram handle with spaces', { ...demo, contacts: { telegram: 'info finance' } }, 'contacts.telegram'],
    [
      'a Telegram handle shorter than five characters',
      { ...demo, contacts: { telegram: 'abcd' } },
      'contacts.telegram',
    ],
    [
      'an email that smuggles mailto: fields',
      { ...demo, contacts: { email: 'a@b.vn?subject=Hi&body=x' } },
      'contacts.email',
    ],
    ['a local phone number', { ...demo, contacts: { phone: '0969 116 052' } }, 'contacts.phone'],
    ['a phone number with letters', { ...demo, contacts: { phone: '+84 CALL NOW' } }, 'contacts.phone'],
    ['an unknown contact', { ...demo, contacts: { whatsapp: '+84969116052' } }, 'contacts.whatsapp'],
    ['a misspelt field', { ...demo, feedURL: 'https://infofinance.com/feed' }, 'feedURL'],
  ])('rejects %s, naming the field', (_, profile, field) => {
    expect(fieldOf(profile)).toBe(field);
  });

  it('says in its message which field is wrong', () => {
    expect(() => validateProfile({ ...demo, contacts: { phone: '12' } })).toThrow(/"contacts\.phone"/);
  });
});
