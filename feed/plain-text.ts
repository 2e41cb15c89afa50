import { decodeHTMLStrict } from 'entities';

// Each alternative can end at the end of the text, so a run of unclosed "<script>" cannot make the search quadratic.
const INVISIBLE = /<(script|style|template)\b[^<>]*>[\s\S]*?(?:<\/\1\s*>|$)|<!--[\s\S]*?(?:-->|$)/gi;
// Titles, names and descriptions are short; a longer one is junk, and cutting it bounds the work.
const MAX_INPUT = 16 * 1024;
const BLOCK_TAG =
  /<\/?(?:p|div|br|hr|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|pre|section|article|figure|figcaption)\b[^>]*>/gi;
const TAG = /<\/?[a-z][^<>]*>/gi;
// Only references ending in ";": the XML parser has already decoded once, so "&times" in "Good&times" is text.
const ENTITY = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i;
// Whitespace, and the control characters XML forbids (https://www.w3.org/TR/xml/#charsets), which feeds still carry.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const SPACES_AND_CONTROLS = /[\s\u00a0\x00-\x08\x0e-\x1f]+/g;

// Anything that plainText would change; most titles have none of it, and skipping the replaces is most of the speed.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const NEEDS_WORK = /[<\u00a0\x00-\x1f]|&[#a-zA-Z]|\s\s|^\s|\s$/;

/** Turns a feed's text or HTML into one line of plain text: tags stripped, entities decoded, whitespace collapsed. */
export function plainText(value: string | undefined): string {
  if (!value) return '';
  if (!NEEDS_WORK.test(value)) return value;
  let text = value.length > MAX_INPUT ? value.slice(0, MAX_INPUT) : value;
  if (text.includes('<')) {
    text = text.replace(INVISIBLE, ' ').replace(BLOCK_TAG, ' ').replace(TAG, '');
  }
  // Entities survive XML decoding when a publisher escaped twice (WordPress's "&amp;#8217;"), so decode once more.
  if (text.includes('&') && ENTITY.test(text)) text = decodeHTMLStrict(text);
  return text.replace(SPACES_AND_CONTROLS, ' ').trim();
}
