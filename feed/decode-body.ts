import { decodeAs } from './decode-as';
import { decodeStrictUtf8 } from './decode-strict-utf8';
import { decodeWindows1252 } from './decode-windows-1252';
import { FeedError } from './feed-error';
import { knownEncoding } from './known-encoding';
import { looksLikeUtf8 } from './looks-like-utf8';
import { nfcText } from './nfc-text';
import { sniffEncoding } from './sniff-encoding';

export interface DecodedBody {
  text: string;
  /** The encoding the bytes were read in, by its WHATWG name ("utf-8", "windows-1252", ...). */
  encoding: string;
}

/**
 * Decodes a feed's bytes to NFC text, the same in Node and browsers: BOM, then the Content-Type charset, then the XML
 * declaration, then UTF-8. A charset the platform does not know is skipped when the server sent it (servers send junk)
 * and is an 'unsupported-encoding' FeedError when the document declares it, unless the bytes are valid UTF-8 anyway.
 * When the document declares nothing, bytes the server calls UTF-8, or that look like UTF-8, are read as UTF-8 with
 * U+FFFD for any bad byte; only the rest are read as windows-1252. Says which encoding it read them in.
 */
export function decodeBody(bytes: Uint8Array, contentType?: string): DecodedBody {
  let sniffed = sniffEncoding(bytes, contentType);
  let encoding = knownEncoding(sniffed.label);
  const serverSaysUtf8 = sniffed.source === 'content-type' && encoding === 'utf-8';
  if (sniffed.source === 'content-type' && (encoding === undefined || encoding === 'utf-8')) {
    // A server's charset is often a default nobody set: trust the document when the server's label cannot be right.
    const strict = serverSaysUtf8 ? decodeStrictUtf8(bytes) : undefined;
    if (strict !== undefined) return finish(strict, 'utf-8');
    sniffed = sniffEncoding(bytes);
    encoding = knownEncoding(sniffed.label);
  }
  if (sniffed.source === 'default') {
    // One stray byte or a character cut off at the end must not turn a whole UTF-8 feed into mojibake.
    if (serverSaysUtf8 || looksLikeUtf8(bytes)) return finish(new TextDecoder('utf-8').decode(bytes), 'utf-8');
    // Nothing declared and not UTF-8: legacy bytes, read as windows-1252 as browsers read undeclared pages.
    return finish(decodeWindows1252(bytes), 'windows-1252');
  }
  if (encoding === undefined) {
    const strict = decodeStrictUtf8(bytes);
    if (strict !== undefined) return finish(strict, 'utf-8');
    throw new FeedError(
      'unsupported-encoding',
      `This feed is written in an encoding we cannot read ("${sniffed.label}").`,
    );
  }
  return finish(decodeAs(bytes, encoding), encoding);
}

function finish(text: string, encoding: string): DecodedBody {
  return { text: nfcText(text), encoding };
}
