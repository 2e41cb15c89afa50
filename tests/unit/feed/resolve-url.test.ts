import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveUrl } from '../../../feed/resolve-url';

/** What the URL parser makes of href: its canonical http(s) form, or undefined. */
function parsed(href: string): string | undefined {
  try {
    const url = new URL(href.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

describe('resolveUrl', () => {
  it.each([
    ['an IPv4 address in hex', 'http://0x7f.1/x', 'http://127.0.0.1/x'],
    ['a shortened IPv4 address', 'http://127.1/x', 'http://127.0.0.1/x'],
    ['an octal IPv4 address', 'http://010.0.0.1/x', 'http://8.0.0.1/x'],
    ['percent-encoded dot segments', 'https://a.example/x/%2e%2E/y', 'https://a.example/y'],
    ['dot segments', 'https://a.example/x/./y/../z', 'https://a.example/x/z'],
    ['an upper-case host', 'https://A.Example/x', 'https://a.example/x'],
    ['invalid punycode', 'http://xn--a.example/x', undefined],
    [
      'an absolute URL already canonical',
      'https://news.example.com/a/b?c=1&d=2#e',
      'https://news.example.com/a/b?c=1&d=2#e',
    ],
  ])('gives the parser’s canonical form for %s', (_case, href, expected) => {
    expect(resolveUrl(href)).toBe(expected);
  });

  it('agrees with the URL parser on any absolute URL built from hosts and paths it might rewrite', () => {
    const label = fc.constantFrom(
      'a',
      'news',
      'example',
      'com',
      'vn',
      'xn--a',
      'xn--nxasmq6b',
      '0x7f',
      '1',
      '010',
      '255',
      'b-c',
      '-x',
      'localhost',
    );
    const host = fc.array(label, { minLength: 1, maxLength: 4 }).map((labels) => labels.join('.'));
    const segment = fc.constantFrom('a', 'B', '.', '..', '%2e', '%2E%2e', 'x_y', '~u', '%zz', "it's", 'a b', 'ế', '');
    const path = fc.array(segment, { maxLength: 4 }).map((segments) => `/${segments.join('/')}`);
    const tail = fc.constantFrom('', '?q=1&r=/.', '#top', "?q='", '#/../x');
    const href = fc
      .tuple(fc.constantFrom('http', 'https'), host, path, tail)
      .map(([scheme, h, p, t]) => `${scheme}://${h}${p}${t}`);
    fc.assert(
      fc.property(href, (url) => {
        expect(resolveUrl(url)).toBe(parsed(url));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads relative references against the base and drops other schemes', () => {
    expect(resolveUrl('../b?x=1', 'https://a.example/p/q/')).toBe('https://a.example/p/b?x=1');
    expect(resolveUrl('javascript:alert(1)', 'https://a.example/')).toBeUndefined();
    expect(resolveUrl('  ', 'https://a.example/')).toBeUndefined();
  });
});
