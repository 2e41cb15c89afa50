import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ScriptSize {
  files: { path: string; bytes: number; gzipped: number }[];
  bytes: number;
  gzipped: number;
}

const PAGE_SCRIPTS = [/<script\b[^>]*\bsrc="([^"]+)"/g, /<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g];
// Static imports and re-exports only: `import(` (a lazy chunk) is not loaded when the page opens.
const STATIC_IMPORT = /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$\s,*{}]*?from\s*)?["']([^"']+\.js)["']/g;

/** The JavaScript a built page loads when it opens: its scripts and every chunk they import, each gzipped alone. */
export function popupScriptSize(extensionDir: string, page = 'popup.html'): ScriptSize {
  const html = readFileSync(join(extensionDir, page), 'utf8');
  const resolve = (from: string, specifier: string) =>
    specifier.startsWith('/') ? specifier.slice(1) : join(dirname(from), specifier);
  const queue = PAGE_SCRIPTS.flatMap((pattern) =>
    [...html.matchAll(pattern)].map((match) => resolve(page, match[1] ?? '')),
  );
  const seen = new Set<string>();
  const files: ScriptSize['files'] = [];
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    if (seen.has(path)) continue;
    seen.add(path);
    const code = readFileSync(join(extensionDir, path));
    files.push({ path, bytes: code.length, gzipped: gzipSync(code).length });
    for (const match of code.toString('utf8').matchAll(STATIC_IMPORT)) queue.push(resolve(path, match[1] ?? ''));
  }
  const sum = (key: 'bytes' | 'gzipped') => files.reduce((total, file) => total + file[key], 0);
  return { files, bytes: sum('bytes'), gzipped: sum('gzipped') };
}
