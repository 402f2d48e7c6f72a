// Does work of one kind scale across threads on this machine? The same work runs on the main
// thread and on each of N workers at once; with perfect scaling the time does not change with N.
//   node bench/experiments/thread-scaling.mjs alloc N   allocation-heavy JavaScript (as parsing is)
//   node bench/experiments/thread-scaling.mjs cpu N     pure arithmetic
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const kinds = {
  alloc() {
    let keep = [];
    for (let i = 0; i < 3e6; i++) {
      const o = { a: i, b: 'x' + i, c: [i, i + 1] };
      if (i % 100 === 0) keep.push(o);
      if (keep.length > 10000) keep = [];
    }
    return keep.length;
  },
  cpu() {
    let x = 0;
    for (let i = 0; i < 3e8; i++) x = (x * 31 + i) | 0;
    return x;
  },
};

if (isMainThread) {
  const [kind, n] = [process.argv[2], Number(process.argv[3] ?? 0)];
  if (!kinds[kind]) throw new Error('usage: thread-scaling.mjs alloc|cpu N');
  const t = performance.now();
  const workers = Array.from({ length: n }, () => new Promise((r) => new Worker(new URL(import.meta.url), { workerData: kind }).on('message', r)));
  kinds[kind]();
  await Promise.all(workers);
  console.log(`${kind}: ${n + 1} threads ${(performance.now() - t).toFixed(0)} ms`);
} else {
  kinds[workerData]();
  parentPort.postMessage(1);
}
