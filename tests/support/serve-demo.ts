import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FeedServer } from './feed-server';

const DEMO = fileURLToPath(new URL('../fixtures/demo/', import.meta.url));

const VI_WEEKDAYS = ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'];

/** The date some minutes before now: as RSS writes it, as HTML's datetime wants it (iso), or as Vietnamese sites show it (vi). */
function minutesAgo(now: number, minutes: number, style?: string): string {
  const date = new Date(now - minutes * 60_000);
  if (style === 'iso') return date.toISOString();
  if (style === 'vi') {
    const local = new Date(date.getTime() + 7 * 3_600_000); // Vietnam is on UTC+7 all year.
    const two = (value: number) => String(value).padStart(2, '0');
    const day = `${two(local.getUTCDate())}/${two(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`;
    return `${VI_WEEKDAYS[local.getUTCDay()]}, ${day}, ${two(local.getUTCHours())}:${two(local.getUTCMinutes())} (GMT+7)`;
  }
  return date.toUTCString();
}

/** A demo file with `{{origin}}` replaced by origin and `{{ago:N}}` (or `{{ago-iso:N}}`, `{{ago-vi:N}}`) by a date. */
function fill(template: string, origin: string, now: number): string {
  return template
    .replaceAll('{{origin}}', origin)
    .replace(/\{\{ago(?:-(iso|vi))?:(\d+)\}\}/g, (_, style: string | undefined, minutes: string) =>
      minutesAgo(now, Number(minutes), style),
    );
}

/** The demo feed with its links on `origin` and its dates relative to `now`. */
export function renderDemoFeed(origin: string, now = Date.now()): string {
  return fill(readFileSync(`${DEMO}feed.xml`, 'utf8'), origin, now);
}

/** Titles of the demo stories, in feed order, for assertions. */
export function demoTitles(): string[] {
  const feed = readFileSync(`${DEMO}feed.xml`, 'utf8');
  return [...feed.matchAll(/<item>\s*<title>([^<]+)<\/title>/g)].map((match) => match[1] ?? '');
}

/**
 * Serves the demo feed at /feed.xml (its dates fixed when served, so that it stays the same bytes until a test
 * changes it), its pictures under /images/ and each story's web page (pages/<slug>.html) at /stories/<slug>, with
 * the dates in the page the feed's.
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
  for (const [, slug] of feed.matchAll(/<link>\{\{origin\}\}\/stories\/([^<]+)<\/link>/g)) {
    const page = readFileSync(`${DEMO}pages/${slug}.html`, 'utf8');
    server.route(`/stories/${slug}`, {
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: (origin) => fill(page, origin, now),
    });
  }
}
