/**
 * validate's chart worker (bundled as dist/validate-worker/index.js; see chart-worker.ts):
 * walks the charts dir, posts the listing, then checks the chart batches it claims off the
 * counter it shares with the main thread, posting each batch's result.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { emptyListing, walkTreeSync } from '../repo/files.js';
import { RepoView } from './repo-view.js';
import { discoverCharts } from './rules/charts.js';
import { CHART_BATCH, checkChartBatch, encodeListing, mergeListing, type WorkerInit, type WorkerMessage } from './units.js';

const init = workerData as WorkerInit;
const port = parentPort!;
const post = (m: WorkerMessage) => port.postMessage(m);
const claimed = new Int32Array(init.counter);

// The whole listing, as the main thread will hold it: the apps dir's, then the charts dir's
// (only that part goes back). Apps and charts dirs are apart (chart-worker.ts), so the walk
// skips nothing.
const listing = emptyListing();
mergeListing(init.appsListing, [], listing);
const appDirs = listing.dirs.size;
walkTreeSync(init.root, init.realRoot, init.chartsDir, listing);
const dirs = discoverCharts(listing.children, init.chartsDir, listing.links);
post({ type: 'listing', json: encodeListing(listing, appDirs), issues: listing.issues, links: [...listing.links], charts: dirs.length });

const view = new RepoView(init.root, init.realRoot, listing, [init.appsDir, init.chartsDir]);
const total = Math.ceil(dirs.length / CHART_BATCH);
for (;;) {
  const i = Atomics.add(claimed, 0, 1);
  if (i >= total) break;
  post({ type: 'batch', index: i, result: await checkChartBatch(view, dirs.slice(i * CHART_BATCH, (i + 1) * CHART_BATCH), init.chartsDir) });
}
post({ type: 'done' });
