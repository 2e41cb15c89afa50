import { describe, expect, it } from 'vitest';
import { en } from '../../../locales/en';
import { vi } from '../../../locales/vi';
import { badgeText } from '../../../refresh/badge-text';

describe('the toolbar badge', () => {
  it.each([
    [0, ''],
    [1, '1'],
    [99, '99'],
    [100, '99+'],
    [12_345, '99+'],
  ])('says %i unread stories as "%s"', (unread, text) => {
    expect(badgeText(unread, en)).toBe(text);
  });

  it('takes its overflow from the reader’s language', () => {
    expect(badgeText(100, { ...vi, badgeOverflow: '>99' })).toBe('>99');
  });
});
