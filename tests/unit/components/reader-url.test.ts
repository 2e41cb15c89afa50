import { describe, expect, it } from 'vitest';
import { readerUrl, storyInUrl } from '../../../components/reader-url';

describe('the reader address', () => {
  it('names a story and gives it back', () => {
    const url = new URL(readerUrl('3:https://infofinance.com/a?b=c#d'));
    expect(url.pathname).toBe('/sidepanel.html');
    expect(storyInUrl(url.hash)).toBe('3:https://infofinance.com/a?b=c#d');
  });

  it('names no story when the address holds none, or a broken one', () => {
    expect(storyInUrl('')).toBeUndefined();
    expect(storyInUrl('#story=%E0%A4%A')).toBeUndefined();
  });
});
