import { describe, expect, it } from 'vitest';
import { disclaimerFor } from '../../../components/disclaimer-for';

describe("the disclaimer's language", () => {
  const both = { en: 'For reference only.', vi: 'Chỉ mang tính tham khảo.' };

  it("is the reader's language when the publisher wrote one", () => {
    expect(disclaimerFor(both, 'vi-VN')).toBe('Chỉ mang tính tham khảo.');
    expect(disclaimerFor(both, 'en-GB')).toBe('For reference only.');
  });

  it('falls back to English, then to whatever the publisher wrote', () => {
    expect(disclaimerFor(both, 'fr')).toBe('For reference only.');
    expect(disclaimerFor({ vi: 'Chỉ mang tính tham khảo.' }, 'en-US')).toBe('Chỉ mang tính tham khảo.');
  });
});
