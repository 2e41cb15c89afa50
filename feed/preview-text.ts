import { plainText } from './plain-text';

const LIMIT = 400;

/** A plain-text preview of some HTML or text, cut at a word near LIMIT characters. */
export function previewText(value: string | undefined): string | undefined {
  if (!value) return undefined;
  // Strip only the head of long HTML: a preview never needs the whole article.
  const text = plainText(value.length > LIMIT * 8 ? value.slice(0, LIMIT * 8) : value);
  if (text === '') return undefined;
  if (text.length <= LIMIT) return text;
  const cut = text.lastIndexOf(' ', LIMIT);
  return `${text.slice(0, cut > LIMIT / 2 ? cut : LIMIT).trimEnd()}…`;
}
