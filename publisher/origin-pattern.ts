/** The match pattern for a URL's scheme and host: patterns ignore the port, so one covers every port of the host. */
export function originPattern(url: string | URL): string {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}
