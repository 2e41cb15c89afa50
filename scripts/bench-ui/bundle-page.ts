import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** One of this folder's page entries as a single minified classic script (Vite library mode, IIFE), returned as text. */
export async function bundlePage(entry: string, outDir: string): Promise<string> {
  const fileName = entry.replace(/\.ts$/, '.js');
  await build({
    configFile: false,
    root: ROOT,
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: false,
      minify: true,
      target: 'esnext',
      lib: {
        entry: fileURLToPath(new URL(`./${entry}`, import.meta.url)),
        formats: ['iife'],
        name: 'benchPage',
        fileName: () => fileName,
      },
    },
  });
  return readFileSync(`${outDir}/${fileName}`, 'utf8');
}
