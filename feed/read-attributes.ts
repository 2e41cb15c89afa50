import { decodeHTMLAttribute } from 'entities';

const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** The attributes of one HTML start tag's inside (after its name), names lower-cased, values entity-decoded. */
export function readAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = match[1]?.toLowerCase();
    if (!name || attributes.has(name)) continue;
    const raw = match[2] ?? match[3] ?? match[4] ?? '';
    attributes.set(name, raw.includes('&') ? decodeHTMLAttribute(raw) : raw);
  }
  return attributes;
}
