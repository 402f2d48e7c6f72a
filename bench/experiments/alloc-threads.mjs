// Allocation-heavy JavaScript on 1 thread, or the same work on each of N+1 threads: does it scale here?
// Usage: node bench/experiments/alloc-threads.mjs N
import { Worker, isMainThread, parentPort } from 'node:worker_threads';
function work() { let keep = []; for (let i = 0; i < 3e6; i++) { const o = { a: i, b: 'x' + i, c: [i, i + 1] }; if (i % 100 === 0) keep.push(o); if (keep.length > 10000) keep = []; } return keep.length; }
if (isMainThread) {
  const n = +process.argv[2];
  const t = performance.now();
  const ws = Array.from({ length: n }, () => new Promise((r) => { const w = new Worker(new URL(import.meta.url)); w.on('message', r); }));
  work(); await Promise.all(ws);
  console.log(n + 1, 'threads', (performance.now() - t).toFixed(0), 'ms');
} else { work(); parentPort.postMessage(1); }
