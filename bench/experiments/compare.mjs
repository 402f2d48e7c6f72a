// Back-to-back runs of the contenders, interleaved, N rounds (the numbers of the worker-thread experiment):
//   node bench/generate-repo.mjs --services 2000 --clusters 5 --out /tmp/bench10k
//   npm run package && REPO=/tmp/bench10k node bench/experiments/compare.mjs 11 par,ser
//   REPO=/tmp/bench10k node bench/experiments/compare.mjs 11 pfloor1,pfloor0,par,ser
// par and ser need validate-workers.patch applied (main has no --jobs): par is validate with its
// default jobs (one worker on 2 CPUs), ser is --jobs 1. pfloor1/pfloor0: the bare floor on two
// threads / one (threaded-floor.mjs). Prints the median, min and every sample, in seconds.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log('load before', load());

const REPO = process.env.REPO ?? '/tmp/bench10k';
// DIST: the dist/ to time (a copy, so that a rebuild during the run does not disturb it).
const CLI = `${process.env.DIST ?? 'dist'}/cli.js`;
const rounds = +process.argv[2] || 5;
const cmds = {
  par: ['node', [CLI, 'validate', REPO, '--format', 'json']],
  ser: ['node', [CLI, 'validate', REPO, '--format', 'json', '--jobs', '1']],
  // head: another build (HEAD_DIST=its dist/), with its default jobs.
  head: ['node', [`${process.env.HEAD_DIST ?? 'dist'}/cli.js`, 'validate', REPO, '--format', 'json']],
  kc: ['tools/bin/kubeconform', ['-schema-location', 'schemas/argo-cd/{{.ResourceKind}}_{{.ResourceAPIVersion}}.json', '-summary', '-output', 'json', `${REPO}/argo-apps`]],
  floor: ['node', ['bench/floor.mjs', REPO]],
  pfloor1: ['node', ['bench/experiments/threaded-floor.mjs', REPO, '1']],
  pfloor0: ['node', ['bench/experiments/threaded-floor.mjs', REPO, '0']],
};
const want = (process.argv[3] ?? 'par,ser,kc,floor').split(',');
// par:DIR, ser:DIR: validate from another build's dist/ (e.g. par:/tmp/dist-before,par:/tmp/dist-after).
for (const k of want) {
  const [base, dist] = k.split(':');
  if (dist) cmds[k] = ['node', [`${dist}/cli.js`, ...cmds[base][1].slice(1)]];
}
const t = Object.fromEntries(want.map((k) => [k, []]));
const loads = [];
for (let r = 0; r < rounds; r++) {
  loads.push(load().split(' ')[0]);
  for (const k of want) { const s = performance.now(); spawnSync(cmds[k][0], cmds[k][1], { stdio: 'ignore' }); t[k].push(performance.now() - s); }
}
// Round by round, the first contender's time over each other's (same round, about the same machine).
const med = (a) => { const b = [...a].sort((x, y) => x - y); return b[b.length >> 1]; };
console.log('1-min load at each round', loads.join(' '));
for (const k of want.slice(1)) console.log(`${want[0]} / ${k} round by round: median ${med(t[want[0]].map((x, i) => x / t[k][i])).toFixed(3)}`, t[want[0]].map((x, i) => (x / t[k][i]).toFixed(2)).join(' '));
console.log('load after', load());
for (const k of want) { const a = t[k].sort((x, y) => x - y); console.log(k.padEnd(Math.max(6, ...want.map((w) => w.length))), 'median', (a[a.length >> 1] / 1000).toFixed(2), 'min', (a[0] / 1000).toFixed(2), 'all', a.map((x) => (x / 1000).toFixed(2)).join(' ')); }
