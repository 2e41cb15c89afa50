import { readAttributes } from './read-attributes';

// The prescan looks no further (https://html.spec.whatwg.org/#prescan-a-byte-stream-to-determine-its-encoding).
const PRESCAN_BYTES = 1024;
// Unclosed comments run to the end, as in the prescan; [^<>] so that a run of unclosed "<meta" stays linear.
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const META = /<meta(?=[\s/])([^<>]*)/gi;
// https://html.spec.whatwg.org/#algorithm-for-extracting-a-character-encoding-from-a-meta-element
const CONTENT_CHARSET = /charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;"']+))/i;

/** The charset label a page's <meta charset> or <meta http-equiv="content-type"> declares in its first 1024 bytes. */
export function metaCharset(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, PRESCAN_BYTES)).replace(COMMENT, '');
  for (const [, inside = ''] of head.matchAll(META)) {
    const attributes = readAttributes(inside);
    const charset = attributes.get('charset')?.trim();
    if (charset) return charset.toLowerCase();
    if (attributes.get('http-equiv')?.trim().toLowerCase() !== 'content-type') continue;
    const match = CONTENT_CHARSET.exec(attributes.get('content') ?? '');
    const label = (match?.[1] ?? match?.[2] ?? match?.[3])?.trim();
    if (label) return label.toLowerCase();
  }
  return undefined;
}
