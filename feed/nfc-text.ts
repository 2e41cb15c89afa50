/** Decoded text as the project keeps it: without a leading byte-order mark, in Unicode's composed form (NFC). */
export function nfcText(text: string): string {
  return (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).normalize('NFC');
}
