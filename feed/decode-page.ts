import { decodeAs } from './decode-as';
import { decodeStrictUtf8 } from './decode-strict-utf8';
import { decodeWindows1252 } from './decode-windows-1252';
import { knownEncoding } from './known-encoding';
import { looksLikeUtf8 } from './looks-like-utf8';
import { metaCharset } from './meta-charset';
import { nfcText } from './nfc-text';
import { sniffEncoding } from './sniff-encoding';

/** The encoding a <meta> names, as a browser reads it: a page read as ASCII cannot be UTF-16, so that means UTF-8. */
function metaEncoding(bytes: Uint8Array): string | undefined {
  const label = metaCharset(bytes);
  const encoding = label === undefined ? undefined : knownEncoding(label);
  // https://html.spec.whatwg.org/#prescan-a-byte-stream-to-determine-its-encoding (UTF-16 -> UTF-8, x-user-defined -> windows-1252)
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return 'utf-8';
  return encoding === 'x-user-defined' ? 'windows-1252' : encoding;
}

/**
 * Decodes a web page's bytes to NFC text, the same in Node and browsers: BOM, then the Content-Type charset, then
 * <meta charset> or <meta http-equiv="content-type"> in the first 1024 bytes, then UTF-8 (windows-1252 for undeclared
 * bytes that are not UTF-8). A server's "utf-8" that the bytes disprove, or a charset nobody knows, is passed over.
 */
export function decodePage(bytes: Uint8Array, contentType?: string): string {
  const sniffed = sniffEncoding(bytes, contentType);
  if (sniffed.source === 'bom') return nfcText(new TextDecoder(sniffed.label).decode(bytes));
  const served = sniffed.source === 'content-type' ? knownEncoding(sniffed.label) : undefined;
  if (served === 'utf-8') {
    // A server's charset is often a default nobody set: trust the page when the bytes say otherwise.
    const strict = decodeStrictUtf8(bytes);
    if (strict !== undefined) return nfcText(strict);
  } else if (served !== undefined) {
    return nfcText(decodeAs(bytes, served));
  }
  const declared = metaEncoding(bytes);
  if (declared !== undefined) return nfcText(decodeAs(bytes, declared));
  if (served === 'utf-8' || looksLikeUtf8(bytes)) return nfcText(new TextDecoder('utf-8').decode(bytes));
  // Nothing declared and not UTF-8: legacy bytes, read as windows-1252 as browsers read undeclared pages.
  return nfcText(decodeWindows1252(bytes));
}
