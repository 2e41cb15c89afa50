import { readdirSync, readFileSync } from 'node:fs';

/** CPU time (clock ticks) of a window, below which the processes count as idle. */
const IDLE_TICKS = 5;
const WINDOW_MS = 500;

/**
 * Waits, up to `limitMs`, until the processes whose command line names `marker` (and their children) stop using the
 * CPU: Chromium compacts its LevelDB in the background after big writes and deletes, which would slow the next
 * measurement. Reads /proc, so on systems without it this returns at once. Resolves to the milliseconds waited.
 */
export async function waitForIdle(marker: string, limitMs = 30_000): Promise<number> {
  const start = performance.now();
  let before = cpuTicks(marker);
  while (before !== undefined && performance.now() - start < limitMs) {
    await new Promise((resolve) => setTimeout(resolve, WINDOW_MS));
    const after = cpuTicks(marker);
    if (after === undefined || after - before < IDLE_TICKS) break;
    before = after;
  }
  return performance.now() - start;
}

/** The user and system time of the marked processes and their descendants, or undefined without /proc. */
function cpuTicks(marker: string): number | undefined {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return undefined;
  }
  const processes = pids.flatMap((pid) => {
    try {
      // Fields after the command name, which is in parentheses and may hold spaces: state ppid ... utime stime.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      const marked = readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(marker);
      return [{ pid, ppid: fields[1] ?? '', ticks: Number(fields[11]) + Number(fields[12]), marked }];
    } catch {
      return [];
    }
  });
  const counted = new Set(processes.filter((each) => each.marked).map((each) => each.pid));
  for (let grew = true; grew; ) {
    grew = false;
    for (const each of processes) {
      if (!counted.has(each.pid) && counted.has(each.ppid)) {
        counted.add(each.pid);
        grew = true;
      }
    }
  }
  return processes.reduce((sum, each) => sum + (counted.has(each.pid) ? each.ticks : 0), 0);
}
