import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export const INSTALL_HINT =
  'No Chromium found for the end-to-end tests. Install one with `sudo apt-get install chromium` ' +
  '(or point CHROMIUM_PATH at a Chromium or Chrome binary).';

/** The Chromium binary that end-to-end tests and the demo drive, if the machine has one. */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}
