import { describe, expect, it } from 'vitest';
import { relativeTime } from '../../../components/relative-time';

const NOW = Date.UTC(2026, 10, 26, 9, 0);

describe('relative times', () => {
  it.each([
    [NOW - 20_000, 'en', 'now'],
    [NOW - 20_000, 'vi', 'bây giờ'],
    [NOW - 18 * 60_000, 'en', '18 minutes ago'],
    [NOW - 3 * 3_600_000, 'en', '3 hours ago'],
    [NOW - 26 * 3_600_000, 'en', 'yesterday'],
    [NOW - 18 * 60_000, 'vi', '18 phút trước'],
  ])('reads %s in %s as "%s"', (at, language, text) => {
    expect(relativeTime(at, NOW, language)).toBe(text);
  });
});
