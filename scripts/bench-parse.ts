/**
 * Throughput of parseFeed (decode + parse + normalize, from bytes, and from the decoded text) beside feedsmith's
 * parseFeed alone (from the decoded text) on the same feeds: a generated 5,000-item RSS 2.0 feed, a generated 5,000-item Atom feed, and the
 * fixture corpus. Median of 5 runs after warm-up. Writes nothing. Run: npx tsx scripts/bench-parse.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed as feedsmithParse } from 'feedsmith';
import { parseFeed } from '../feed/parse-feed';

const ITEMS = 5000;
const RUNS = 5;
const WARMUP = 3;

function paragraph(i: number): string {
  return `<p>Thị trường chứng khoán phiên ${i} &amp; giá vàng: <a href="https://news.example.com/a/${i}">đọc thêm</a>.</p><p>${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(8)}</p><img src="https://cdn.example.com/img/${i}.jpg" alt="">`;
}

function date(i: number): Date {
  return new Date(Date.UTC(2024, 0, 1) + i * 3_600_000);
}

function generatedRss(): string {
  let items = '';
  for (let i = 0; i < ITEMS; i++) {
    items += `<item><title>Tin số ${i}: Giá vàng &amp; tỷ giá hôm nay</title><link>https://news.example.com/tin/${i}.html</link><guid isPermaLink="false">news-${i}</guid><pubDate>${date(i).toUTCString()}</pubDate><dc:creator>Phóng viên ${i % 17}</dc:creator><category>Kinh tế</category><description><![CDATA[Tóm tắt tin số ${i}.]]></description><content:encoded><![CDATA[${paragraph(i)}]]></content:encoded></item>\n`;
  }
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Bench RSS</title><link>https://news.example.com/</link><description>Generated</description>\n${items}</channel></rss>`;
}

function generatedAtom(): string {
  let entries = '';
  for (let i = 0; i < ITEMS; i++) {
    entries += `<entry><id>tag:news.example.com,2024:${i}</id><title type="html">Tin số ${i}: Giá vàng &amp;amp; tỷ giá</title><link rel="alternate" type="text/html" href="/tin/${i}.html"/><published>${date(i).toISOString()}</published><updated>${date(i).toISOString()}</updated><author><name>Phóng viên ${i % 17}</name></author><category term="kinh-te" label="Kinh tế"/><summary>Tóm tắt tin số ${i}.</summary><content type="html">${paragraph(i).replace(/&/g, '&amp;').replace(/</g, '&lt;')}</content></entry>\n`;
  }
  return `<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://news.example.com/"><title>Bench Atom</title><id>tag:news.example.com,2024:feed</id><updated>2024-01-01T00:00:00Z</updated><link href="https://news.example.com/"/>\n${entries}</feed>`;
}

interface Sample {
  name: string;
  bytes: Uint8Array[];
  texts: string[];
}

function sample(name: string, texts: string[]): Sample {
  const encoder = new TextEncoder();
  return { name, texts, bytes: texts.map((text) => encoder.encode(text)) };
}

/** The fixtures both parsers read; feedsmith gets the text we decoded, since it takes no bytes. */
function fixtureCorpus(): Sample {
  const dir = join(import.meta.dirname, '..', 'tests', 'fixtures', 'feeds');
  const bytes: Uint8Array[] = [];
  const texts: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const body = new Uint8Array(readFileSync(join(dir, name)));
    const text = new TextDecoder(name.includes('utf-16') ? 'utf-16le' : 'utf-8').decode(body);
    try {
      parseFeed(body);
      feedsmithParse(text);
    } catch {
      continue;
    }
    bytes.push(body);
    texts.push(text);
  }
  return { name: `fixtures (${bytes.length} feeds)`, bytes, texts };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Median ms per run of each contender; runs are interleaved so that GC and JIT state do not favour whoever goes first. */
function time(contenders: (() => void)[], repeat: number): number[] {
  for (let i = 0; i < WARMUP; i++) for (const run of contenders) run();
  const samples = contenders.map((): number[] => []);
  for (let i = 0; i < RUNS; i++) {
    contenders.forEach((run, index) => {
      const start = performance.now();
      for (let r = 0; r < repeat; r++) run();
      samples[index]?.push((performance.now() - start) / repeat);
    });
  }
  return samples.map(median);
}

const samples = [
  sample('RSS 2.0, 5,000 items', [generatedRss()]),
  sample('Atom 1.0, 5,000 items', [generatedAtom()]),
  fixtureCorpus(),
];
const rows: string[][] = [
  [
    'feed',
    'MB',
    'ours ms',
    'ours MB/s',
    'ours from text ms',
    'feedsmith ms',
    'feedsmith MB/s',
    'ours/feedsmith',
    'from text',
  ],
];
const url = 'https://news.example.com/feed';
for (const { name, bytes, texts } of samples) {
  const megabytes = bytes.reduce((sum, body) => sum + body.byteLength, 0) / 1024 / 1024;
  // Small inputs are repeated inside each run so that timer resolution does not dominate.
  const repeat = megabytes < 1 ? 20 : 1;
  const [ours = 0, oursFromText = 0, theirs = 0] = time(
    [
      () => {
        for (const body of bytes) parseFeed(body, { url });
      },
      () => {
        for (const text of texts) parseFeed(text, { url });
      },
      () => {
        for (const text of texts) feedsmithParse(text);
      },
    ],
    repeat,
  );
  rows.push([
    name,
    megabytes.toFixed(2),
    ours.toFixed(1),
    (megabytes / (ours / 1000)).toFixed(1),
    oursFromText.toFixed(1),
    theirs.toFixed(1),
    (megabytes / (theirs / 1000)).toFixed(1),
    `${(theirs / ours).toFixed(2)}x`,
    `${(theirs / oursFromText).toFixed(2)}x`,
  ]);
}
const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
for (const row of rows) console.log(row.map((cell, column) => cell.padStart(widths[column] ?? 0)).join('  '));
console.log(
  'ours: parseFeed from bytes (decoding included); from text: parseFeed given the decoded string, as feedsmith is.',
);
