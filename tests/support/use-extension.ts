import { afterAll, beforeAll, inject } from 'vitest';
import { type FeedServer, startFeedServer } from './feed-server';
import { type LoadedExtension, launchExtension } from './launch-extension';
import { serveDemo } from './serve-demo';

export interface ExtensionUnderTest {
  server: FeedServer;
  extension: LoadedExtension;
}

/**
 * For a describe block: the demo feed served on the port the end-to-end build reads, and Chromium with that build,
 * started once and closed after. With `discovery`, the build whose profile names no feed, and its homepage's server
 * (set up by `serve`).
 */
export function useExtension(
  options: { discovery?: boolean; serve?: (server: FeedServer) => void } = {},
): ExtensionUnderTest {
  const under = {} as ExtensionUnderTest;
  beforeAll(async () => {
    under.server = await startFeedServer(inject(options.discovery ? 'discoveryPort' : 'feedPort'));
    (options.serve ?? serveDemo)(under.server);
    const build = inject(options.discovery ? 'discoveryExtensionDir' : 'extensionDir');
    under.extension = await launchExtension(inject('chromiumPath'), build);
  });
  afterAll(async () => {
    await under.extension?.close();
    await under.server?.close();
  });
  return under;
}
