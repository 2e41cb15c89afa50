import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FeedServer } from './feed-server';

const DEMO = fileURLToPath(new URL('../fixtures/demo/', import.meta.url));

/** The demo feed with its links on `origin` and its dates relative to `now`. */
export function renderDemoFeed(origin: string, now = Date.now()): string {
  return readFileSync(`${DEMO}feed.xml`, 'utf8')
    .replaceAll('{{origin}}', origin)
    .replace(/\{\{ago:(\d+)\}\}/g, (_, minutes: string) => new Date(now - Number(minutes) * 60_000).toUTCString());
}

/** Titles of the demo stories, in feed order, for assertions. */
export function demoTitles(): string[] {
  const feed = readFileSync(`${DEMO}feed.xml`, 'utf8');
  return [...feed.matchAll(/<item>\s*<title>([^<]+)<\/title>/g)].map((match) => match[1] ?? '');
}

/**
 * Serves the demo feed at /feed.xml (its dates fixed when served, so that it stays the same bytes until a test
 * changes it), its pictures under /images/ and a page for each story.
 */
export function serveDemo(server: FeedServer, now = Date.now()): void {
  server.route('/feed.xml', {
    headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
    body: (origin) => renderDemoFeed(origin, now),
  });
  for (const name of readdirSync(`${DEMO}images`)) {
    server.route(`/images/${name}`, {
      headers: { 'content-type': 'image/svg+xml' },
      body: readFileSync(`${DEMO}images/${name}`),
    });
  }
  const feed = readFileSync(`${DEMO}feed.xml`, 'utf8');
  for (const [, title, slug] of feed.matchAll(
    /<title>([^<]+)<\/title>\s*<link>\{\{origin\}\}\/stories\/([^<]+)<\/link>/g,
  )) {
    server.route(`/stories/${slug}`, {
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: `<!doctype html><meta charset="utf-8"><title>${title}</title><h1>${title}</h1><p>This is a demo story.</p>`,
    });
  }
}
