import { rmSync, writeFileSync } from 'node:fs';
import { buildExtension } from '../../tests/support/build-extension';
import { bundlePage } from './bundle-page';

export interface BenchExtension {
  /** The built extension, with the benchmark's own pages beside its own. */
  dir: string;
  /** The script installed before every page's own (see probe-page.ts). */
  probe: string;
}

const page = (title: string, body: string, script: string) =>
  `<!doctype html>\n<html lang="vi">\n<head><meta charset="utf-8"><title>${title}</title></head>\n` +
  `<body>${body}<script src="/${script}"></script></body>\n</html>\n`;

/**
 * Builds the extension into `outDir` (reading its feed at `feedUrl`, refreshing on the reader's schedule) and writes
 * into that build, never the real one, the seeding page and the bare page. Extension pages run no inline scripts,
 * so each page loads its own file.
 */
export async function buildBenchExtension(outDir: string, feedUrl: string): Promise<BenchExtension> {
  rmSync(outDir, { recursive: true, force: true });
  const dir = buildExtension({ outDir, feedUrl });
  const scratch = `${outDir}/pages`;
  writeFileSync(`${dir}/seed.js`, await bundlePage('seed-page.ts', scratch));
  writeFileSync(`${dir}/seed.html`, page('seed', '', 'seed.js'));
  writeFileSync(`${dir}/bare.js`, await bundlePage('bare-page.ts', scratch));
  writeFileSync(`${dir}/bare.html`, page('bare', '<ul id="list"></ul>', 'bare.js'));
  return { dir, probe: await bundlePage('probe-page.ts', scratch) };
}
