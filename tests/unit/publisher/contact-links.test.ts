import { describe, expect, it } from 'vitest';
import { contactLinks, phoneHref } from '../../../publisher/contact-links';

describe('contact shortcuts', () => {
  it('builds mailto:, https://t.me/ and tel: links in that order', () => {
    expect(contactLinks({ phone: '+84969116052', telegram: 'infofinance', email: 'news@infofinance.com' })).toEqual([
      { kind: 'email', href: 'mailto:news@infofinance.com' },
      { kind: 'telegram', href: 'https://t.me/infofinance' },
      { kind: 'phone', href: 'tel:+84969116052' },
    ]);
  });

  it('shows only the shortcuts the profile gives', () => {
    expect(contactLinks({ phone: '+84 969 116 052' })).toEqual([{ kind: 'phone', href: 'tel:+84969116052' }]);
    expect(contactLinks({})).toEqual([]);
  });

  it.each([
    ['+84 969 116 052', 'tel:+84969116052'],
    ['+84-969-116-052', 'tel:+84969116052'],
    ['+1 (415) 555.0100', 'tel:+14155550100'],
    ['0969116052', undefined],
    ['+0969116052', undefined],
    ['+84 969 116 052 ext 3', undefined],
  ])('reads the phone number %s as %s', (phone, href) => {
    expect(phoneHref(phone)).toBe(href);
  });
});
