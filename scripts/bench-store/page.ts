/** The store benchmark's entry in a plain web page: Vite bundles this file, and the runner calls runStoreBench. */
import { runWorkload, type WorkloadOptions, type WorkloadResult } from './run-workload';

export interface StoreBenchPage {
  runStoreBench(options: WorkloadOptions): Promise<WorkloadResult>;
  /** Exposed by the runner: waits until the browser is idle, resolves to the milliseconds waited. */
  benchSettle?(): Promise<number>;
}

const page = globalThis as unknown as StoreBenchPage;
page.runStoreBench = (options) =>
  runWorkload(
    options,
    (line) => console.log(line),
    async () => (await page.benchSettle?.()) ?? 0,
  );
