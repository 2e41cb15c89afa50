/** TextDecoder's canonical name for a label, or undefined when it does not know it (https://encoding.spec.whatwg.org/#names-and-labels). */
export function knownEncoding(label: string): string | undefined {
  try {
    const { encoding } = new TextDecoder(label);
    // "replacement" stands for ISO-2022-KR and friends: it decodes everything to U+FFFD.
    return encoding === 'replacement' ? undefined : encoding;
  } catch {
    return undefined;
  }
}
