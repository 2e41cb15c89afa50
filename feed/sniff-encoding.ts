const CHARSET = /;\s*charset\s*=\s*["']?([^"';\s]+)/i;
const XML_DECLARATION = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([^"']+)["']/;

export interface SniffedEncoding {
  /** A label TextDecoder may or may not know. */
  label: string;
  /** Where the label came from, in the order DESIGN.md gives: BOM, Content-Type, XML declaration, default. */
  source: 'bom' | 'content-type' | 'xml-declaration' | 'default';
}

/** Finds the encoding a feed's bytes claim, in order: BOM, Content-Type charset, XML declaration, UTF-8. */
export function sniffEncoding(bytes: Uint8Array, contentType?: string): SniffedEncoding {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { label: 'utf-8', source: 'bom' };
  if (b0 === 0xfe && b1 === 0xff) return { label: 'utf-16be', source: 'bom' };
  if (b0 === 0xff && b1 === 0xfe) return { label: 'utf-16le', source: 'bom' };
  const charset = contentType ? CHARSET.exec(contentType)?.[1] : undefined;
  if (charset) return { label: charset.toLowerCase(), source: 'content-type' };
  // UTF-16 without a BOM shows as "<?" with a zero byte beside each character (https://www.w3.org/TR/xml/#sec-guessing-no-ext-info).
  if (b0 === 0x3c && b1 === 0x00) return { label: 'utf-16le', source: 'xml-declaration' };
  if (b0 === 0x00 && b1 === 0x3c) return { label: 'utf-16be', source: 'xml-declaration' };
  const head = String.fromCharCode(...bytes.subarray(0, 512));
  const declared = XML_DECLARATION.exec(head)?.[1]?.toLowerCase();
  // A declaration we could read as ASCII cannot be UTF-16, whatever it says (as HTML does: https://html.spec.whatwg.org/#prescan-a-byte-stream-to-determine-its-encoding).
  if (declared && !declared.startsWith('utf-16') && declared !== 'unicode') {
    return { label: declared, source: 'xml-declaration' };
  }
  return { label: 'utf-8', source: 'default' };
}
