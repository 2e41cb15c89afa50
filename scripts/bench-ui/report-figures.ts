import type { FirstStory } from './measure-first-story';
import type { ScrollHeap } from './measure-scroll-heap';
import type { TypingResult } from './measure-typing';
import { median } from './median';
import type { ScriptSize } from './popup-script-size';
import { printTable } from './print-table';
import type { Painted } from './probe-page';

/** What the figures must stay under: medians, the worst step's median for search. */
export const TARGET = { popupRatio: 1.5, keystrokeMs: 50, heapMb: 60, popupGzipKb: 60 };

export interface UiFigures {
  popup: FirstStory[];
  bare: FirstStory[];
  panelOpens: Painted[];
  typing?: TypingResult;
  scroll?: ScrollHeap;
  size: ScriptSize;
  stories: number;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const mb = (bytes: number) => bytes / 1024 / 1024;
const met = (value: number, target: number) => (value < target ? 'yes' : 'NO');

/** Prints the figures as a table of median, target and whether it is met. */
export function reportFigures({ popup, bare, panelOpens, typing, scroll, size, stories }: UiFigures): void {
  const popupMs = median(popup.map((each) => each.painted));
  const bareMs = median(bare.map((each) => each.painted));
  const ratio = popupMs / bareMs;
  const rows: string[][] = [
    ['figure', 'median', 'target', 'met'],
    ['popup.html: open -> first story painted', ms(popupMs), '', ''],
    ['  (first story in the DOM)', ms(median(popup.map((each) => each.inDom))), '', ''],
    ['bare.html: raw IndexedDB + textContent', ms(bareMs), '', ''],
    ['popup / bare', `${ratio.toFixed(2)}x`, `< ${TARGET.popupRatio}x`, met(ratio, TARGET.popupRatio)],
    [
      `sidepanel.html: open -> first story painted (${panelOpens.length} opens)`,
      ms(median(panelOpens.map((each) => each.painted))),
      '',
      '',
    ],
  ];
  if (typing) {
    const steps = typing.samples.map((samples) => median(samples));
    for (const [at, query] of typing.steps.entries()) {
      rows.push([`search "${query}": key -> rows shown`, ms(steps[at] ?? Number.NaN), '', '']);
    }
    const worst = Math.max(...steps);
    rows.push(['search: worst step', ms(worst), `< ${TARGET.keystrokeMs} ms`, met(worst, TARGET.keystrokeMs)]);
    rows.push(['  (slowest single keystroke)', ms(Math.max(...typing.samples.flat())), '', '']);
  } else {
    rows.push(['search: worst step', 'not measured', `< ${TARGET.keystrokeMs} ms`, '-']);
  }
  if (scroll) {
    const heap = mb(scroll.heapAfter);
    rows.push([
      `side panel JS heap after scrolling ${stories.toLocaleString('en-US')}`,
      `${heap.toFixed(1)} MB`,
      `< ${TARGET.heapMb} MB`,
      met(heap, TARGET.heapMb),
    ]);
    rows.push(['  (on opening)', `${mb(scroll.heapBefore).toFixed(1)} MB`, '', '']);
    const end = scroll.reachedLast ? '' : ', last story NOT reached';
    rows.push([`  scroll to the end (${scroll.steps} screens${end})`, `${(scroll.ms / 1000).toFixed(2)} s`, '', '']);
  } else {
    rows.push(['side panel JS heap after scrolling', 'not measured', `< ${TARGET.heapMb} MB`, '-']);
  }
  const gzipKb = size.gzipped / 1024;
  rows.push([
    `popup JS gzipped (${size.files.length} files, ${(size.bytes / 1024).toFixed(0)} KB raw)`,
    `${gzipKb.toFixed(1)} KB`,
    `< ${TARGET.popupGzipKb} KB`,
    met(gzipKb, TARGET.popupGzipKb),
  ]);
  printTable(rows);
}
