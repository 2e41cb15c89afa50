// What WHATWG windows-1252 maps 0x80-0x9F to; Node's TextDecoder has got these wrong (https://github.com/nodejs/node/issues/60888).
const HIGH_CONTROLS = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

const CHUNK = 0x2000;

/** Decodes windows-1252 (which the WHATWG "iso-8859-1", "latin1" and "us-ascii" labels also mean) the same everywhere. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    units[i] = byte >= 0x80 && byte <= 0x9f ? (HIGH_CONTROLS[byte - 0x80] as number) : byte;
  }
  let text = '';
  for (let start = 0; start < units.length; start += CHUNK) {
    text += String.fromCharCode(...units.subarray(start, start + CHUNK));
  }
  return text;
}
