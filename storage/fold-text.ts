/**
 * Text as search compares it: tones and other marks removed, đ as d, lower case, so "dong" finds "đồng" and "Dong"
 * finds "ĐÔNG". Applied to the index and to the query alike.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/đ/g, 'd')
    .normalize('NFC');
}
