// The floor as a two-stage pipeline: a worker thread walks and reads (syscalls, few allocations)
// and posts the raw bytes in batches; the main thread decodes and parses with js-yaml.
// Usage: node bench/experiments/io-thread-floor.mjs REPO [BATCH]
import { closeSync, openSync, readSync, readdirSync, fstatSync } from 'node:fs';
import { Worker, isMainThread, workerData, parentPort } from 'node:worker_threads';
import jsyaml from 'js-yaml';
const t0 = performance.now();
if (isMainThread) {
  const root = process.argv[2];
  const batch = +(process.argv[3] ?? 64);
  const w = new Worker(new URL(import.meta.url), { workerData: { root, batch } });
  let docs = 0, files = 0, bytes = 0, firstAt = 0, parseMs = 0;
  const dec = new TextDecoder();
  await new Promise((resolve) => {
    w.on('message', (m) => {
      if (m.done) return resolve(m);
      if (!firstAt) firstAt = performance.now() - t0;
      const t = performance.now();
      const u8 = new Uint8Array(m.buf);
      for (let i = 0; i < m.names.length; i++) {
        const text = dec.decode(u8.subarray(m.offs[i], m.offs[i + 1]));
        docs += jsyaml.loadAll(text, undefined, { schema: jsyaml.CORE_SCHEMA }).length;
        files++; bytes += m.offs[i + 1] - m.offs[i];
      }
      parseMs += performance.now() - t;
    });
  }).then((m) => console.log(JSON.stringify({ files, docs, bytes, listed: m.listed, ioDone: m.at, firstAt: Math.round(firstAt), parseMs: Math.round(parseMs), all: Math.round(performance.now() - t0) })));
  await w.terminate();
} else {
  const { root, batch } = workerData;
  let buf = new ArrayBuffer(1 << 20), u8 = new Uint8Array(buf), pos = 0, names = [], offs = [0], listed = 0;
  const flush = () => {
    if (!names.length) return;
    const out = buf.slice(0, pos);
    parentPort.postMessage({ names, offs, buf: out }, [out]);
    names = []; offs = [0]; pos = 0;
  };
  const readInto = (p) => {
    const fd = openSync(p, 'r');
    try {
      for (;;) {
        if (u8.length - pos < 65536) { const nb = new ArrayBuffer(u8.length * 2); new Uint8Array(nb).set(u8.subarray(0, pos)); buf = nb; u8 = new Uint8Array(nb); }
        const n = readSync(fd, u8, pos, u8.length - pos, null);
        if (n === 0) break;
        pos += n;
      }
    } finally { closeSync(fd); }
  };
  const walk = (dir, want) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = dir + '/' + e.name;
      listed++;
      if (e.isDirectory()) walk(p, want);
      else if (e.isFile() && want(e.name)) { readInto(p); names.push(p); offs.push(pos); if (names.length >= batch) flush(); }
    }
  };
  walk(root + '/gitops', (n) => n === 'Chart.yaml' || n === 'values.yaml');
  walk(root + '/argo-apps', (n) => n.endsWith('.yaml') || n.endsWith('.yml'));
  flush();
  parentPort.postMessage({ done: true, listed, at: Math.round(performance.now() - t0) });
}
