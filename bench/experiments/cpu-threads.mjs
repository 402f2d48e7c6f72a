// Pure arithmetic on 1 thread, or the same loop on each of N+1 threads (scales perfectly on this machine).
// Usage: node bench/experiments/cpu-threads.mjs N
import { Worker, isMainThread, parentPort } from 'node:worker_threads';
function spin() { let x = 0; for (let i = 0; i < 3e8; i++) x = (x * 31 + i) | 0; return x; }
if (isMainThread) {
  const n = +process.argv[2];
  const t = performance.now();
  const ws = Array.from({ length: n }, () => new Promise((r) => { const w = new Worker(new URL(import.meta.url)); w.on('message', r); }));
  spin(); await Promise.all(ws);
  console.log(n + 1, 'threads', (performance.now() - t).toFixed(0), 'ms');
} else { spin(); parentPort.postMessage(1); }
