/** An http(s) address, resolved against `base`, or undefined: a feed can put anything in a link. */
export function webUrl(address: string | undefined, base?: string): URL | undefined {
  if (!address) return undefined;
  try {
    const url = new URL(address, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}
