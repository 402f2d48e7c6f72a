#!/usr/bin/env node
// Benchmark: `validate` against the floor (read + parse the same files with the engine's parser) and the peer
// (kubeconform on the same Application files with the Argo CD schema), in one run.
//
//   npm run bench -- [--services 2000] [--clusters 5] [--runs 3] [--seed 1] [--repo DIR]
//                    [--warmup 1] [--kubeconform-n1] [--floor-apps-only] [--no-validate] [--no-snapshot] [--wait-dist 180] [--keep] [--check]
//
// Each contender runs as its own child process. Wall time is measured around the child
// (spawn to exit) with a monotonic clock; peak RSS comes from `/usr/bin/time -f %M` (the
// kernel's ru_maxrss of the child), or, without it, from polling /proc/<pid>/status VmHWM.
// Runs are interleaved (floor, validate, kubeconform, floor, ...) so a change in machine
// load hits every contender alike. Reported: median wall, max peak RSS over the timed runs.
//
// The bench fails loudly (exit 1) if validate exits non-zero or reports errors on the
// synthetic repo, or if kubeconform does not report every Application valid: either would
// mean the bench measures the wrong path. With --check it also exits 1 when a target is missed.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, accessSync, constants } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem, platform, release } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generate } from './generate-repo.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');

const TARGETS = { floorRatio: 1.5, peakMB: 300 };

const { values: opt } = parseArgs({
  options: {
    services: { type: 'string', default: '2000' },
    clusters: { type: 'string', default: '5' },
    runs: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
    repo: { type: 'string' },
    keep: { type: 'boolean', default: false },
    'kubeconform-n1': { type: 'boolean', default: false },
    'floor-apps-only': { type: 'boolean', default: false },
    'no-validate': { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    'no-snapshot': { type: 'boolean', default: false },
    'wait-dist': { type: 'string', default: '180' },
    out: { type: 'string', default: join(here, 'out', 'results.json') },
  },
});
const services = Number(opt.services);
const clusters = Number(opt.clusters);
const runs = Math.max(1, Number(opt.runs));
const warmup = Math.max(0, Number(opt.warmup));

let scratchToRemove = null;
function fail(msg) {
  console.error(`\nBENCH FAILED: ${msg}`);
  // process.exit skips `finally`: remove the generated repo here (unless --keep).
  if (scratchToRemove && !opt.keep) rmSync(scratchToRemove, { recursive: true, force: true });
  process.exit(1);
}

// ---------- measuring ----------

function hasUsrBinTime() {
  try {
    accessSync('/usr/bin/time', constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
const USE_TIME = hasUsrBinTime();
const RSS_METHOD = USE_TIME ? '/usr/bin/time -f %M (ru_maxrss of the child)' : 'polling /proc/<pid>/status VmHWM every 5 ms';

/** Runs cmd once; resolves { wallMs, peakKB, cpuS (user + system, null without /usr/bin/time), code, stdout, stderr }. */
function measure(cmd, args, { cwd = root } = {}) {
  return new Promise((resolvePromise, reject) => {
    let rssFile;
    let file = cmd;
    let argv = args;
    if (USE_TIME) {
      rssFile = join(scratch, `rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
      file = '/usr/bin/time';
      argv = ['-f', '%M %U %S', '-o', rssFile, '--', cmd, ...args];
    }
    const out = [];
    const err = [];
    const t0 = process.hrtime.bigint();
    const child = spawn(file, argv, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (b) => out.push(b));
    child.stderr.on('data', (b) => err.push(b));
    let hwm = 0;
    let poll;
    if (!USE_TIME) {
      poll = setInterval(() => {
        try {
          const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
          if (m) hwm = Math.max(hwm, Number(m[1]));
        } catch {
          /* exited */
        }
      }, 5);
    }
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
      if (poll) clearInterval(poll);
      let peakKB = hwm || null;
      let cpuS = null;
      if (USE_TIME) {
        const lines = readFileSync(rssFile, 'utf8').trim().split('\n');
        // /usr/bin/time prefixes "Command exited with non-zero status N" when code != 0.
        const [kb, user, sys] = lines[lines.length - 1].split(' ').map(Number);
        peakKB = kb;
        cpuS = user + sys;
        rmSync(rssFile, { force: true });
      }
      resolvePromise({ wallMs, peakKB, cpuS, code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

// ---------- contenders ----------

// Other engineers rebuild dist/ while the bench runs (`npm run package` empties it first),
// so the bench times a snapshot of dist/ copied at start, unless --no-snapshot.
let cli = join(root, 'dist', 'cli.js');
const kubeconform = join(root, 'tools', 'bin', 'kubeconform');
const schemaLocation = join(root, 'schemas', 'argo-cd', '{{.ResourceKind}}_{{.ResourceAPIVersion}}.json');

function kubeconformVersion() {
  try {
    const m = /github\.com\/yannh\/kubeconform (v\S+)/.exec(readFileSync(join(root, 'tools', 'go.mod'), 'utf8'));
    return m ? m[1] : 'unknown';
  } catch {
    return 'unknown';
  }
}

function checkFloor(r) {
  if (r.code !== 0) fail(`floor exited ${r.code}\n${r.stderr}`);
  const c = JSON.parse(r.stdout.trim().split('\n').pop());
  if (c.parseErrors) fail(`floor: ${c.parseErrors} YAML parse errors in the synthetic repo`);
  return `${c.parsed} files parsed (${c.documents} documents, ${(c.bytes / 1e6).toFixed(1)} MB), ${c.listed} files listed`;
}

/** Pulls an error count out of validate's JSON, whatever its exact shape. */
function validateErrors(json) {
  if (typeof json?.summary?.errors === 'number') return { errors: json.summary.errors, summary: json.summary };
  const findings = Array.isArray(json) ? json : json?.findings ?? json?.results ?? [];
  const errs = findings.filter((f) => f?.severity === 'error');
  return { errors: errs.length, summary: json?.summary ?? { findings: findings.length }, sample: errs.slice(0, 5) };
}

function checkValidate(r) {
  let json;
  try {
    json = JSON.parse(r.stdout);
  } catch {
    fail(`validate did not print JSON (exit ${r.code}).\nstdout: ${r.stdout.slice(0, 2000)}\nstderr: ${r.stderr.slice(0, 2000)}`);
  }
  const { errors, summary } = validateErrors(json);
  if (r.code !== 0 || errors > 0) {
    const findings = Array.isArray(json) ? json : json?.findings ?? json?.results ?? [];
    const sample = findings.filter((f) => f?.severity === 'error').slice(0, 10);
    fail(
      `validate reported errors on the synthetic repo (exit ${r.code}, ${errors} errors): the bench would measure the error path, not the clean one.\n` +
        `summary: ${JSON.stringify(summary)}\nfirst errors:\n${sample.map((f) => `  ${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.message}`).join('\n')}\n` +
        (r.stderr ? `stderr: ${r.stderr.slice(0, 2000)}` : ''),
    );
  }
  // A validate that silently skipped files would look fast: it must have seen every Application and chart.
  if (expectedApps !== null && typeof summary?.applications === 'number' && summary.applications !== expectedApps) {
    fail(`validate saw ${summary.applications} Applications, the repo has ${expectedApps}: the bench would time a partial walk`);
  }
  if (generatedCharts !== null && typeof summary?.charts === 'number' && summary.charts !== generatedCharts) {
    fail(`validate saw ${summary.charts} charts, the repo has ${generatedCharts}`);
  }
  return `summary ${JSON.stringify(summary)}`;
}

function checkKubeconform(r) {
  let json;
  try {
    json = JSON.parse(r.stdout);
  } catch {
    fail(`kubeconform did not print JSON (exit ${r.code}).\nstdout: ${r.stdout.slice(0, 2000)}\nstderr: ${r.stderr.slice(0, 2000)}`);
  }
  const s = json.summary;
  if (r.code !== 0 || !s || s.invalid || s.errors || s.valid !== expectedApps) {
    fail(`kubeconform did not report all ${expectedApps} Applications valid (exit ${r.code}): ${JSON.stringify(s)}\n${JSON.stringify(json.resources?.slice(0, 5), null, 1)}\n${r.stderr.slice(0, 2000)}`);
  }
  return `summary ${JSON.stringify(s)}`;
}

// ---------- main ----------

const scratch = mkdtempSync(join(tmpdir(), 'gitops-bench-'));
scratchToRemove = scratch;
let repo;
let generated = null;
let expectedApps = services * clusters;
let generatedCharts = services * clusters;
if (opt.repo) {
  repo = resolve(opt.repo);
  if (!existsSync(join(repo, 'argo-apps'))) fail(`--repo ${repo} has no argo-apps/`);
  expectedApps = null; // unknown: take kubeconform's count from the first run
  generatedCharts = null;
} else {
  repo = join(scratch, 'repo');
  const t0 = performance.now();
  generated = generate({ services, clusters, out: repo, seed: Number(opt.seed) });
  generated.ms = Math.round(performance.now() - t0);
  console.log(`Generated ${generated.applications} Applications + ${generated.charts} charts (${generated.files} files) in ${generated.ms} ms at ${repo}`);
}

const contenders = [
  { id: 'floor', label: 'floor (read + js-yaml loadAll, the engine\'s parser; sequential)', cmd: process.execPath, args: [join(here, 'floor.mjs'), repo], check: checkFloor },
  { id: 'floor-yaml', label: 'floor with the yaml library (read + parseAllDocuments; information)', cmd: process.execPath, args: [join(here, 'floor.mjs'), repo, '--parser', 'yaml'], check: checkFloor },
];
if (opt['floor-apps-only']) {
  contenders.push({ id: 'floor-apps-only', label: 'floor, argo-apps/ only (the files kubeconform reads; information)', cmd: process.execPath, args: [join(here, 'floor.mjs'), repo, '--apps-only'], check: checkFloor });
}
if (!opt['no-validate']) {
  // `npm run package` empties dist/ and rebuilds it (about a minute on a busy machine): wait for it.
  const built = () => existsSync(cli) && existsSync(join(root, 'dist', 'cli', 'index.js'));
  for (let waited = 0; !built() && waited < Number(opt['wait-dist']); waited += 2) {
    if (waited === 0) console.log(`dist/cli is missing (being rebuilt?): waiting up to ${opt['wait-dist']} s`);
    await new Promise((r) => setTimeout(r, 2000));
  }
  if (built()) await new Promise((r) => setTimeout(r, 1000)); // let a build that just finished write its last file
  if (!built()) {
    fail(`${cli} (or dist/cli/index.js) does not exist: build it with \`npm run package\` (or pass --no-validate to time only the floor and kubeconform)`);
  }
  if (!opt['no-snapshot']) {
    cpSync(join(root, 'dist'), join(scratch, 'dist'), { recursive: true, preserveTimestamps: true });
    cli = join(scratch, 'dist', 'cli.js');
  }
  contenders.push({ id: 'validate', label: 'validate (`node dist/cli.js validate DIR --format json`)', cmd: process.execPath, args: [cli, 'validate', repo, '--format', 'json'], check: checkValidate });
}
if (!existsSync(kubeconform)) fail(`${kubeconform} does not exist: build it with \`cd tools && GOBIN=$PWD/bin go install tool\``);
const kcArgs = ['-schema-location', schemaLocation, '-summary', '-output', 'json'];
contenders.push({ id: 'kubeconform', label: `kubeconform ${kubeconformVersion()} (default -n 4 workers)`, cmd: kubeconform, args: [...kcArgs, join(repo, 'argo-apps')], check: checkKubeconform });
if (opt['kubeconform-n1']) {
  contenders.push({ id: 'kubeconform-n1', label: `kubeconform ${kubeconformVersion()} (-n 1)`, cmd: kubeconform, args: ['-n', '1', ...kcArgs, join(repo, 'argo-apps')], check: checkKubeconform });
}

const machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model,
  memGB: +(totalmem() / 2 ** 30).toFixed(1),
  node: process.version,
  os: `${platform()} ${release()}`,
  kubeconform: kubeconformVersion(),
  rssMethod: RSS_METHOD,
  gitHead: (() => {
    try {
      return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    } catch {
      return 'unknown';
    }
  })(),
  cliBuilt: existsSync(join(dirname(cli), 'cli', 'index.js')) ? statSync(join(dirname(cli), 'cli', 'index.js')).mtime.toISOString() : null,
  cli,
};
const command = `node bench/validate.bench.mjs ${process.argv.slice(2).join(' ')}`.trim();
const loadBefore = loadavg();
console.log(`Load average before: ${loadBefore.map((x) => x.toFixed(2)).join(' ')} (${machine.cpus} CPUs)`);

try {
  // Warm-up (also the correctness gate): every contender must succeed on the repo.
  for (const c of contenders) {
    if (expectedApps === null && c.id.startsWith('kubeconform')) {
      const r = await measure(c.cmd, c.args);
      expectedApps = JSON.parse(r.stdout)?.summary?.valid;
    }
    const r = await measure(c.cmd, c.args);
    c.verified = c.check(r);
    console.log(`  ${c.id}: ${c.verified}  [check run: ${(r.wallMs / 1000).toFixed(2)} s, ${(r.peakKB / 1024).toFixed(0)} MB]`);
    for (let i = 1; i < warmup; i++) await measure(c.cmd, c.args);
    c.samples = [];
  }
  for (let i = 0; i < runs; i++) {
    // Rotate the order each round so no contender always runs first or last.
    for (let j = 0; j < contenders.length; j++) {
      const c = contenders[(i + j) % contenders.length];
      const load = loadavg()[0];
      const r = await measure(c.cmd, c.args);
      c.check(r);
      c.samples.push({ wallMs: r.wallMs, peakKB: r.peakKB, cpuS: r.cpuS, load1: load, round: i });
    }
    process.stdout.write(`  round ${i + 1}/${runs} done\n`);
  }
} finally {
  if (!opt.keep) rmSync(scratch, { recursive: true, force: true });
  else console.log(`Kept ${scratch}`);
}
const loadAfter = loadavg();

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
for (const c of contenders) {
  c.medianS = median(c.samples.map((s) => s.wallMs)) / 1000;
  c.minS = Math.min(...c.samples.map((s) => s.wallMs)) / 1000;
  c.maxS = Math.max(...c.samples.map((s) => s.wallMs)) / 1000;
  c.peakMB = Math.max(...c.samples.map((s) => s.peakKB)) / 1024;
  c.cpuS = c.samples.every((s) => s.cpuS !== null) ? median(c.samples.map((s) => s.cpuS)) : null;
}
/**
 * The ratio of two contenders round by round (each round runs every contender once, back to
 * back), then its median: on a shared machine whose speed drifts from minute to minute, the
 * two runs of one round see about the same machine, where the medians of the whole run may not.
 */
const roundRatios = (a, b) => a.samples.map((s) => s.wallMs / b.samples.find((t) => t.round === s.round).wallMs);
const byId = Object.fromEntries(contenders.map((c) => [c.id, c]));
const floor = byId.floor;
const kc = byId.kubeconform;

const apps = generated?.applications ?? expectedApps;
const lines = [];
lines.push(`### ${apps} Applications${generated ? ` (${services} services × ${clusters} clusters, seed ${opt.seed})` : ` (${repo})`}, ${runs} runs`);
lines.push('');
lines.push('| contender | median wall (s) | min–max (s) | median CPU, user + system (s) | peak RSS (MB) | × floor | × kubeconform |');
lines.push('|---|---:|---:|---:|---:|---:|---:|');
for (const c of contenders) {
  lines.push(
    `| ${c.label} | ${c.medianS.toFixed(2)} | ${c.minS.toFixed(2)}–${c.maxS.toFixed(2)} | ${c.cpuS === null ? 'n/a' : c.cpuS.toFixed(2)} | ${c.peakMB.toFixed(0)} | ${(c.medianS / floor.medianS).toFixed(2)} | ${(c.medianS / kc.medianS).toFixed(2)} |`,
  );
}
const describeRatios = (rs) => `median ${median(rs).toFixed(2)}, ${Math.min(...rs).toFixed(2)}–${Math.max(...rs).toFixed(2)} over ${rs.length} rounds`;
if (byId.validate) {
  lines.push('');
  lines.push(`Round by round (wall time of validate ÷ that of the other contender in the same round): × floor ${describeRatios(roundRatios(byId.validate, floor))}; × kubeconform ${describeRatios(roundRatios(byId.validate, kc))}.`);
}
lines.push('');
lines.push(`Machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memGB} GB, Node ${machine.node}, ${machine.os}. Peak RSS: ${machine.rssMethod}. Repo HEAD ${machine.gitHead}${machine.cliBuilt ? `, dist/cli built ${machine.cliBuilt}` : ''}.`);
lines.push(`Load average (1/5/15 min): before ${loadBefore.map((x) => x.toFixed(2)).join(' ')}, after ${loadAfter.map((x) => x.toFixed(2)).join(' ')}; 1-min load at each timed run: ${contenders.flatMap((c) => c.samples.map((s) => s.load1)).map((x) => x.toFixed(1)).join(', ')}.`);
lines.push(`Command: \`${command}\``);
lines.push(`kubeconform flags: \`${kcArgs.join(' ')} <repo>/argo-apps\``);

const verdicts = [];
const v = byId.validate;
if (v) {
  const fr = v.medianS / floor.medianS;
  const kr = v.medianS / kc.medianS;
  // The verdict is on the medians; the round-by-round median is shown beside it, and a
  // verdict the two disagree on is a borderline one, not a pass.
  const frr = median(roundRatios(v, floor));
  const krr = median(roundRatios(v, kc));
  const agree = (a, b, ok) => (ok(a) === ok(b) ? '' : ' — BORDERLINE: the round-by-round median says otherwise');
  const floorOk = (x) => x <= TARGETS.floorRatio;
  const kcOk = (x) => x < 1;
  verdicts.push({ target: `within ${TARGETS.floorRatio}× the floor`, value: `${fr.toFixed(2)}× (round by round ${frr.toFixed(2)}×)${agree(fr, frr, floorOk)}`, pass: floorOk(fr) && floorOk(frr) });
  verdicts.push({ target: 'faster than kubeconform', value: `${kr.toFixed(2)}× (round by round ${krr.toFixed(2)}×)${agree(kr, krr, kcOk)}`, pass: kcOk(kr) && kcOk(krr) });
  verdicts.push({ target: `under ${TARGETS.peakMB} MB peak`, value: `${v.peakMB.toFixed(0)} MB`, pass: v.peakMB < TARGETS.peakMB });
  lines.push('');
  for (const t of verdicts) lines.push(`- ${t.pass ? 'PASS' : 'MISS'}: ${t.target}: ${t.value}`);
}
console.log('\n' + lines.join('\n'));

mkdirSync(dirname(opt.out), { recursive: true });
writeFileSync(
  opt.out,
  JSON.stringify(
    {
      date: new Date().toISOString(),
      command,
      params: { services, clusters, runs, warmup, seed: Number(opt.seed), repo: opt.repo ?? null },
      generated,
      machine,
      load: { before: loadBefore, after: loadAfter },
      contenders: contenders.map(({ id, label, cmd, args, verified, samples, medianS, minS, maxS, peakMB, cpuS }) => ({
        id,
        label,
        command: [cmd, ...args].join(' '),
        verified,
        samples,
        medianS,
        minS,
        maxS,
        peakMB,
        medianCpuS: cpuS,
        xFloor: medianS / floor.medianS,
        xKubeconform: medianS / kc.medianS,
      })),
      verdicts,
      markdown: lines.join('\n'),
    },
    null,
    2,
  ) + '\n',
);
console.log(`\nWrote ${opt.out}`);
if (opt.check && verdicts.some((t) => !t.pass)) process.exit(1);
