import type { FileIssue, TreeListing } from '../repo/files.js';
import type { ChartInfo } from '../repo/types.js';
import type { RepoView } from './repo-view.js';
import { checkChart } from './rules/charts.js';
import { FindingSink } from './sink.js';
import type { Finding } from './types.js';

/**
 * What the main thread and the chart worker (worker.ts) share. Kept apart from the
 * Application rules so that the worker's bundle holds only the chart checks.
 */

/** Charts per batch: small enough that the last batches balance the threads, large enough that claims and messages stay cheap. */
export const CHART_BATCH = 32;

/** What one batch of charts gave: its charts in order and its findings in the order added. */
export interface ChartBatchResult {
  charts: ChartInfo[];
  findings: Finding[];
}

/** Checks charts `dirs` one after the other, into a sink of the batch's own. */
export async function checkChartBatch(view: RepoView, dirs: readonly string[], chartsDir: string): Promise<ChartBatchResult> {
  const sink = new FindingSink();
  const charts: ChartInfo[] = [];
  for (const dir of dirs) charts.push(await checkChart(view, sink, dir, chartsDir));
  return { charts, findings: sink.findings };
}

/** Messages from the worker to the main thread. */
export type WorkerMessage =
  /** The charts dir's listing, in walk order (JSON of [dir, names | null][]), its issues, and how many charts it holds. */
  | { type: 'listing'; json: string; issues: FileIssue[]; links: [string, string][]; charts: number }
  | { type: 'batch'; index: number; result: ChartBatchResult }
  /** Claimed and sent every batch it will. */
  | { type: 'done' };

export interface WorkerInit {
  root: string;
  realRoot: string;
  appsDir: string;
  chartsDir: string;
  /** Int32Array over it: [0] the next batch to claim, shared with the main thread. */
  counter: SharedArrayBuffer;
  /** The apps dir's listing (encodeListing), which the main thread walked first. */
  appsListing: string;
}

/**
 * A listing as JSON text, in the order the walk made it: posted once, as one string
 * (cheaper than cloning a Map of 20,000 arrays).
 */
export function encodeListing(listing: TreeListing, skip = 0): string {
  const out: [string, string[] | null][] = [];
  let i = 0;
  // `skip`: the first directories walked (the part the receiver has).
  for (const d of listing.dirs) if (i++ >= skip) out.push([d, listing.children.get(d) ?? null]);
  return JSON.stringify(out);
}

/** Adds an encoded listing to `into`, after what it holds (as a second walk into it would). */
export function mergeListing(json: string, issues: FileIssue[], into: TreeListing, links: [string, string][] = []): void {
  for (const [d, names] of JSON.parse(json) as [string, string[] | null][]) {
    into.dirs.add(d);
    if (names) into.children.set(d, names);
  }
  into.issues.push(...issues);
  for (const [l, real] of links) into.links.set(l, real);
}
