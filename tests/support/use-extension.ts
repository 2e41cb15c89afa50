import { afterAll, beforeAll, inject } from 'vitest';
import { type FeedServer, startFeedServer } from './feed-server';
import { type LoadedExtension, launchExtension } from './launch-extension';
import { serveDemo } from './serve-demo';

export interface ExtensionUnderTest {
  server: FeedServer;
  extension: LoadedExtension;
}

/**
 * For a describe block: the demo feed served on the port the e2e build reads,
 * and Chromium with the built extension, started once and closed after.
 */
export function useExtension(): ExtensionUnderTest {
  const under = {} as ExtensionUnderTest;
  beforeAll(async () => {
    under.server = await startFeedServer(inject('feedPort'));
    serveDemo(under.server);
    under.extension = await launchExtension(inject('chromiumPath'), inject('extensionDir'));
  });
  afterAll(async () => {
    await under.extension?.close();
    await under.server?.close();
  });
  return under;
}
