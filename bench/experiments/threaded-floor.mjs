// The bare floor (walk + read + js-yaml, no rules) split over the main thread and N workers, which claim
// units (Application batches, gitops/<application>/<cluster> subtrees) off one Atomics counter.
// Usage: node bench/experiments/threaded-floor.mjs REPO N   (N = 0: one thread)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker, isMainThread, workerData, parentPort } from 'node:worker_threads';
import jsyaml from 'js-yaml';
const t0 = performance.now();
function walk(dir, want, c) {
  const entries = readdirSync(dir, { withFileTypes: true });
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, want, c);
    else if (e.isFile()) { c.listed++; if (want(e.name)) { const t = readFileSync(p, 'utf8'); c.docs += jsyaml.loadAll(t, undefined, { schema: jsyaml.CORE_SCHEMA }).length; } }
  }
}
function parseFile(p, c) { const t = readFileSync(p, 'utf8'); c.docs += jsyaml.loadAll(t, undefined, { schema: jsyaml.CORE_SCHEMA }).length; }
function runUnits(units, counter, c) {
  for (;;) {
    const i = Atomics.add(counter, 0, 1);
    if (i >= units.length) break;
    const u = units[i];
    if (u.files) for (const f of u.files) parseFile(f, c);
    else walk(u.dir, (n) => n === 'Chart.yaml' || n === 'values.yaml', c);
  }
}
if (isMainThread) {
  const root = process.argv[2]; const nw = +(process.argv[3] ?? 1);
  const sab = new SharedArrayBuffer(4); const counter = new Int32Array(sab);
  const workers = []; for (let k = 0; k < nw; k++) workers.push(new Worker(new URL(import.meta.url), { workerData: { sab } }));
  const units = [];
  const apps = join(root, 'argo-apps');
  for (const d of readdirSync(apps)) { const files = readdirSync(join(apps, d)).map((f) => join(apps, d, f)); for (let i = 0; i < files.length; i += 250) units.push({ files: files.slice(i, i + 250) }); }
  const g = join(root, 'gitops');
  for (const a of readdirSync(g)) for (const cl of readdirSync(join(g, a))) units.push({ dir: join(g, a, cl) });
  for (const w of workers) w.postMessage(units);
  const c = { listed: 0, docs: 0 };
  const tStart = performance.now();
  runUnits(units, counter, c);
  const tMain = performance.now();
  const res = await Promise.all(workers.map((w) => new Promise((r) => w.once('message', r))));
  for (const w of workers) w.terminate();
  console.log(JSON.stringify({ main: c, workers: res, mainDone: Math.round(tMain - t0), mainStart: Math.round(tStart - t0), all: Math.round(performance.now() - t0) }));
} else {
  const counter = new Int32Array(workerData.sab);
  parentPort.once('message', (units) => { const c = { listed: 0, docs: 0 }; runUnits(units, counter, c); parentPort.postMessage(c); });
}
