/** The length of the UTF-8 sequence starting at i, or 0 when no valid one does (https://encoding.spec.whatwg.org/#utf-8-decoder). */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i] as number;
  const length =
    lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  if (length === 0 || i + length > bytes.length) return 0;
  // The second byte's range is narrower after E0, ED, F0 and F4 (no overlongs, surrogates or code points past U+10FFFF).
  const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
  const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
  const second = bytes[i + 1] as number;
  if (second < low || second > high) return 0;
  for (let k = 2; k < length; k++) {
    const next = bytes[i + k] as number;
    if (next < 0x80 || next > 0xbf) return 0;
  }
  return length;
}

/**
 * Whether bytes read better as UTF-8 than as a legacy encoding: they are plain ASCII, or hold at least one valid
 * multi-byte UTF-8 sequence (legacy text almost never forms one by chance, as chardet and browsers also assume).
 */
export function looksLikeUtf8(bytes: Uint8Array): boolean {
  let sawHighByte = false;
  for (let i = 0; i < bytes.length; i++) {
    if ((bytes[i] as number) < 0x80) continue;
    if (sequenceLength(bytes, i) > 0) return true;
    sawHighByte = true;
  }
  return !sawHighByte;
}
