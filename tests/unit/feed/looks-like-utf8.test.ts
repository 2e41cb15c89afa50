import { describe, expect, it } from 'vitest';
import { looksLikeUtf8 } from '../../../feed/looks-like-utf8';

const latin1 = (text: string) => Uint8Array.from(text, (character) => character.charCodeAt(0));
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('looksLikeUtf8', () => {
  it.each([
    ['plain ASCII', utf8('Tin tuc')],
    ['UTF-8 with a stray 0xFF', new Uint8Array([...utf8('Tin tức '), 0xff])],
    ['UTF-8 cut in the middle of its last character', utf8('Tin tức mới').subarray(0, -1)],
    ['one four-byte sequence among legacy bytes', new Uint8Array([0xe9, 0x20, 0xf0, 0x9f, 0x93, 0xb0])],
  ])('says yes to %s', (_case, bytes) => {
    expect(looksLikeUtf8(bytes)).toBe(true);
  });

  it.each([
    ['Latin-1 Portuguese', latin1('Notícias: dólar fecha em queda')],
    ['windows-1252 smart quotes', new Uint8Array([0x93, 0x48, 0x69, 0x94])],
    ['an overlong encoding of "/"', new Uint8Array([0xc0, 0xaf])],
    ['an overlong three-byte sequence', new Uint8Array([0xe0, 0x80, 0xaf])],
    ['a UTF-16 surrogate', new Uint8Array([0xed, 0xa0, 0x80])],
    ['a code point past U+10FFFF', new Uint8Array([0xf4, 0x90, 0x80, 0x80])],
    ['a lead byte cut off by the end', new Uint8Array([0x41, 0xe1, 0xbb])],
  ])('says no to %s', (_case, bytes) => {
    expect(looksLikeUtf8(bytes)).toBe(false);
  });
});
