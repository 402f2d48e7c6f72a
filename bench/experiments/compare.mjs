// Back-to-back runs of the contenders, interleaved, N rounds (the numbers of the worker-thread experiment):
//   node bench/generate-repo.mjs --services 2000 --clusters 5 --out /tmp/bench10k
//   npm run package && REPO=/tmp/bench10k node bench/experiments/compare.mjs 11 par,ser
//   REPO=/tmp/bench10k node bench/experiments/compare.mjs 11 pfloor1,pfloor0,par,ser
// par and ser need validate-workers.patch applied (main has no --jobs): par is validate with its
// default jobs (one worker on 2 CPUs), ser is --jobs 1. pfloor1/pfloor0: the bare floor on two
// threads / one (threaded-floor.mjs). Prints the median, min and every sample, in seconds.
import { spawnSync } from 'node:child_process';

const REPO = process.env.REPO ?? '/tmp/bench10k';
const rounds = +process.argv[2] || 5;
const cmds = {
  par: ['node', ['dist/cli.js', 'validate', REPO, '--format', 'json']],
  ser: ['node', ['dist/cli.js', 'validate', REPO, '--format', 'json', '--jobs', '1']],
  kc: ['tools/bin/kubeconform', ['-schema-location', 'schemas/argo-cd/{{.ResourceKind}}_{{.ResourceAPIVersion}}.json', '-summary', `${REPO}/argo-apps`]],
  floor: ['node', ['bench/floor.mjs', REPO]],
  pfloor1: ['node', ['bench/experiments/threaded-floor.mjs', REPO, '1']],
  pfloor0: ['node', ['bench/experiments/threaded-floor.mjs', REPO, '0']],
};
const want = (process.argv[3] ?? 'par,ser,kc,floor').split(',');
const t = Object.fromEntries(want.map((k) => [k, []]));
for (let r = 0; r < rounds; r++) for (const k of want) { const s = performance.now(); spawnSync(cmds[k][0], cmds[k][1], { stdio: 'ignore' }); t[k].push(performance.now() - s); }
for (const k of want) { const a = t[k].sort((x, y) => x - y); console.log(k.padEnd(6), 'median', (a[a.length >> 1] / 1000).toFixed(2), 'min', (a[0] / 1000).toFixed(2), 'all', a.map((x) => (x / 1000).toFixed(2)).join(' ')); }
