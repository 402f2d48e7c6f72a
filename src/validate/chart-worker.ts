import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { findBundled } from '../assets.js';
import { isInside } from '../repo/paths.js';
import type { TreeListing } from '../repo/files.js';
import type { RepoView } from './repo-view.js';
import { CHART_BATCH, checkChartBatch, encodeListing, mergeListing, type ChartBatchResult, type WorkerInit, type WorkerMessage } from './units.js';

/**
 * The charts on a second thread. On a large repo, reading and parsing the charts dir's
 * 20,000 files is as much work as the Applications, and neither needs the other until
 * the Application rules look up chart paths. So a worker walks the charts dir and posts
 * the listing (the main thread meanwhile walks, reads and parses the Applications), then
 * checks chart batches claimed off a counter it shares with the main thread, which joins
 * in once its Applications are done. Results merge by batch index: the report is the
 * serial one, whatever thread checked what. A worker that cannot start, or fails, costs
 * nothing but time: the main thread walks or checks what the worker did not deliver.
 */

/**
 * Without an explicit job count, the worker starts only from this many Application files.
 * Below, its start-up and the two threads slowing each other down cost more than they
 * save: on 2 vCPUs, jobs 2 over jobs 1 was 1.11x at 1,000 Applications (1,000 charts),
 * 1.00x at 2,500, 0.87x at 5,000 and 0.80x at 10,000 (bench/README.md).
 */
export const AUTO_MIN_APP_FILES = 3000;

/** The worker bundle, relative to dist/ (scripts/package.mjs builds it from worker.ts). */
export const WORKER_SCRIPT = 'validate-worker/index.js';

export interface ChartWorkerOptions extends Omit<WorkerInit, 'counter' | 'appsListing'> {
  /** Threads in all (1: no worker). Undefined: 2 on a machine of 2 CPUs or more, once `appFiles` reaches AUTO_MIN_APP_FILES. */
  jobs?: number;
  /** The worker's bundle; default dist/validate-worker/index.js beside the running bundle. */
  workerScript?: string;
}

/** Whether the two trees are apart: a worker's walk of one then lists nothing of the other. */
function disjoint(a: string, b: string): boolean {
  return !!a && !!b && !isInside(a, b) && !isInside(b, a);
}

export class ChartWorker {
  private readonly claimed: Int32Array;
  private readonly batches = new Map<number, ChartBatchResult>();
  private listingMsg?: Extract<WorkerMessage, { type: 'listing' }>;
  private finished = false;
  private dead = false;
  private wake?: () => void;

  private constructor(
    private readonly worker: Worker,
    counter: SharedArrayBuffer,
  ) {
    this.claimed = new Int32Array(counter);
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'listing') this.listingMsg = m;
      else if (m.type === 'batch') this.batches.set(m.index, m.result);
      else this.finished = true;
      this.wake?.();
    });
    // A worker that dies delivers no more: what it claimed is checked again here.
    const die = () => {
      this.dead = true;
      this.wake?.();
    };
    worker.on('error', die);
    worker.on('exit', die);
  }

  /**
   * A worker for the charts, or undefined when the work stays on this thread. `listing`:
   * the apps dir's, walked; the worker starts from it, so that a chart rule looking outside
   * the charts dir sees what it sees here.
   */
  static start(options: ChartWorkerOptions, listing: TreeListing, appFiles: number): ChartWorker | undefined {
    const { jobs, workerScript, ...init } = options;
    if (jobs === undefined ? appFiles < AUTO_MIN_APP_FILES || availableParallelism() < 2 : jobs < 2) return undefined;
    if (!disjoint(init.appsDir, init.chartsDir)) return undefined;
    const script = workerScript ?? findBundled(WORKER_SCRIPT);
    if (!script) return undefined;
    const counter = new SharedArrayBuffer(4);
    try {
      const worker = new Worker(script, { workerData: { ...init, counter, appsListing: encodeListing(listing) } satisfies WorkerInit });
      return new ChartWorker(worker, counter);
    } catch {
      return undefined; // no thread to be had: everything on this one
    }
  }

  /** Waits for the next message or the worker's end. */
  private next(): Promise<void> {
    return new Promise((resolve) => {
      this.wake = () => {
        this.wake = undefined;
        resolve();
      };
    });
  }

  /** Lets the worker's messages in: call between chunks of synchronous work. */
  poll(): Promise<void> {
    return new Promise((resolve) => setImmediate(resolve));
  }

  /** Whether the listing has come in (merged by `takeListing`). */
  get hasListing(): boolean {
    return this.listingMsg !== undefined;
  }

  /**
   * Merges the charts dir's listing into `into` once it has come (waiting for it if `wait`).
   * False when the worker failed before sending it: the caller walks the charts dir itself.
   */
  async takeListing(into: TreeListing, wait: boolean): Promise<boolean> {
    while (!this.listingMsg && !this.dead && wait) await this.next();
    const m = this.listingMsg;
    if (!m) return false;
    mergeListing(m.json, m.issues, into, m.links);
    m.json = '';
    return true;
  }

  /**
   * The chart batches of `dirs` (sorted, as discoverCharts gives them): those the worker
   * checked, the rest checked here. In batch order.
   */
  async checkCharts(view: RepoView, dirs: string[], chartsDir: string): Promise<ChartBatchResult[]> {
    const total = Math.ceil(dirs.length / CHART_BATCH);
    const out: ChartBatchResult[] = new Array(total);
    const run = async (i: number) => (out[i] = await checkChartBatch(view, dirs.slice(i * CHART_BATCH, (i + 1) * CHART_BATCH), chartsDir));
    // The worker counted the same charts in the same listing; if not, nothing of its is used.
    const agreed = this.listingMsg?.charts === dirs.length;
    if (agreed) {
      for (;;) {
        const i = Atomics.add(this.claimed, 0, 1);
        if (i >= total) break;
        await run(i);
      }
      while (!this.finished && !this.dead) await this.next();
      for (const [i, r] of this.batches) if (i < total) out[i] = r;
    }
    this.dispose();
    // Batches a failed worker had claimed (none when all went well).
    for (let i = 0; i < total; i++) if (!out[i]) await run(i);
    return out;
  }

  /** Stops the worker (when done, or when validation failed half way: it must not keep the process alive). */
  dispose(): void {
    this.worker.removeAllListeners('message');
    void this.worker.terminate();
  }
}
