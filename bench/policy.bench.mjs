#!/usr/bin/env node
// Benchmark of the policy gate: load time of dist/policy.wasm and evaluation time of a
// ten-file proposal (the compliant production proposal of the policy tests plus three
// chart files), all packs on.
//
//   node bench/policy.bench.mjs [--runs 200] [--loads 30] [--cold 10] [--check]
//
// The TypeScript sources (src/policy, the test fixture) are transpiled with the project's
// TypeScript into a scratch folder under bench/ first, so this measures the real code:
// loadGate() and buildPolicyInput() + gate.evaluate(). Reported: median and p95 over the
// runs after a warm-up. With --check, exit 1 when a target is missed
// (load < 50 ms, evaluation < 5 ms).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import ts from 'typescript';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const TARGETS = { loadMs: 50, evalMs: 5 };

const { values: opt } = parseArgs({
  options: {
    runs: { type: 'string', default: '200' },
    loads: { type: 'string', default: '30' },
    check: { type: 'boolean', default: false },
    cold: { type: 'string', default: '10' },
    'repo-services': { type: 'string', default: '1000' },
    'child-load': { type: 'string' },
  },
});

const wasmPath = join(root, 'dist/policy.wasm');

if (opt['child-load']) {
  const { loadGate } = await import(pathToFileURL(join(opt['child-load'], 'src/policy/gate.js')).href);
  const t = performance.now();
  const g = await loadGate({ wasmPath, root: opt['child-load'], pathEnv: '' });
  const dt = performance.now() - t;
  if (g.failure) throw new Error(g.failure);
  process.stdout.write(String(dt));
  process.exit(0);
}
if (!existsSync(wasmPath)) {
  console.error('dist/policy.wasm is missing: npm run build:policy');
  process.exit(1);
}

// Transpile what the bench imports (inside the repo, so node_modules resolves).
const scratch = join(here, '.policy-bench-build');
rmSync(scratch, { recursive: true, force: true });
const sources = [
  ...readdirSync(join(root, 'src/policy')).filter((f) => f.endsWith('.ts')).map((f) => `src/policy/${f}`),
  'src/errors.ts',
  '__fixtures__/policy/proposal.ts',
];
for (const rel of sources) {
  const out = ts.transpileModule(readFileSync(join(root, rel), 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
    fileName: rel,
  });
  const dest = join(scratch, rel.replace(/\.ts$/, '.js'));
  mkdirSync(dirname(dest), { recursive: true });
  writeFileSync(dest, out.outputText);
}
writeFileSync(join(scratch, 'package.json'), '{"type":"module"}\n');

try {
  const imp = (rel) => import(pathToFileURL(join(scratch, rel)).href);
  const { loadGate } = await imp('src/policy/gate.js');
  const { buildPolicyInput } = await imp('src/policy/input.js');
  const fx = await imp('__fixtures__/policy/proposal.js');

  const extra = [
    { path: `${fx.CHART}/templates/service.yaml`, action: 'create', content: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ include "cart.fullname" . }}\nspec:\n  ports:\n    - port: {{ .Values.service.port }}\n      targetPort: http\n  selector:\n    {{- include "cart.selectorLabels" . | nindent 4 }}\n' },
    { path: `${fx.CHART}/templates/serviceaccount.yaml`, action: 'create', content: 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: cart\n' },
    { path: `${fx.CHART}/templates/configmap.yaml`, action: 'create', content: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ include "cart.fullname" . }}\ndata:\n  LOG_LEVEL: {{ .Values.logLevel | default "info" | quote }}\n' },
  ];
  const proposal = fx.proposal({}, extra);
  if (proposal.files.length !== 10) throw new Error(`expected a ten-file proposal, got ${proposal.files.length}`);
  const config = { packs: ['security-baseline', 'production'], repoUrl: fx.PLATFORM };
  const options = { config, repo: fx.emptyRepo(), now: fx.NOW };
  const gateOpts = { wasmPath, root: scratch, pathEnv: '' };

  const stats = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    const q = (p) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
    return { median: q(0.5), p95: q(0.95), min: s[0], max: s[s.length - 1] };
  };

  // Cold load: the first loadGate in a fresh process (what one action run pays).
  const cold = [];
  for (let i = 0; i < Number(opt.cold); i++) {
    const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child-load', scratch], { encoding: 'utf8' });
    cold.push(Number(out));
  }

  // Warm load: a fresh gate each time in this process (V8 may reuse the compiled module).
  const loads = [];
  for (let i = 0; i < Number(opt.loads) + 3; i++) {
    const t = performance.now();
    const g = await loadGate(gateOpts);
    const dt = performance.now() - t;
    if (g.failure) throw new Error(g.failure);
    if (i >= 3) loads.push(dt);
  }

  const gate = await loadGate(gateOpts);
  const check = gate.evaluate(buildPolicyInput(proposal, options));
  if (!check.allow) throw new Error(`bench proposal is denied: ${JSON.stringify(check.denials.map((d) => d.rule_id))}`);

  const inputs = [], evals = [], totals = [];
  const runs = Number(opt.runs);
  for (let i = 0; i < runs + 20; i++) {
    const t0 = performance.now();
    const input = buildPolicyInput(proposal, options);
    const t1 = performance.now();
    const d = gate.evaluate(input);
    const t2 = performance.now();
    if (!d.allow) throw new Error('decision changed during the bench');
    if (i >= 20) {
      inputs.push(t1 - t0);
      evals.push(t2 - t1);
      totals.push(t2 - t0);
    }
  }

  // Validate mode (policy-on-validate): a repo of N copies of the service, 6 files each,
  // evaluated in batches (evaluateBatched), and for comparison in one evaluation.
  const nRepo = Number(opt['repo-services']);
  const repoFiles = [];
  for (let i = 0; i < nRepo; i++) {
    for (const f of fx.baseFiles()) {
      if (f.path.startsWith('.github/')) continue;
      repoFiles.push({
        path: f.path.replace(fx.CHART, `gitops/shop/prod/svc${i}`).replace('cart-application.yaml', `svc${i}-application.yaml`),
        content: f.content.replace(`path: ${fx.CHART}`, `path: gitops/shop/prod/svc${i}`),
        action: 'create',
      });
    }
  }
  const t0 = performance.now();
  const built = buildPolicyInput({ ...proposal, files: repoFiles }, options);
  const repoInput = { ...built, mode: 'repo', files: built.files.map((f) => ({ ...f, action: 'existing' })), repo: { ...built.repo, files: repoFiles.map((f) => f.path) } };
  const tBuilt = performance.now();
  const batched = gate.evaluateBatched(repoInput);
  const tBatched = performance.now();
  if (!batched.allow) throw new Error(`repo bench denied: ${batched.denials.slice(0, 3).map((d) => d.message)}`);
  let whole;
  if (nRepo <= 1000) {
    const t = performance.now();
    gate.evaluate(repoInput);
    whole = performance.now() - t;
  }

  const rows = [
    ['cold load (loadGate, fresh process)', stats(cold), TARGETS.loadMs],
    ['warm load (loadGate, same process)', stats(loads), undefined],
    ['build input (10 files, YAML parse)', stats(inputs), undefined],
    ['evaluate (gate.evaluate, all packs)', stats(evals), TARGETS.evalMs],
    ['input + evaluate', stats(totals), undefined],
  ];
  const f = (x) => x.toFixed(2).padStart(8);
  console.log(`policy gate bench: node ${process.version}, ${readFileSync(wasmPath).length} byte wasm, ${cold.length} cold loads, ${loads.length} warm loads, ${runs} evaluations`);
  console.log(`${'measure'.padEnd(40)} ${'median ms'.padStart(10)} ${'p95 ms'.padStart(8)} ${'target'.padStart(8)}`);
  let missed = false;
  for (const [name, s, target] of rows) {
    const ok = target === undefined ? '' : s.median < target ? '  ok' : '  MISSED';
    if (target !== undefined && s.median >= target) missed = true;
    console.log(`${name.padEnd(40)} ${f(s.median).padStart(10)} ${f(s.p95)} ${(target === undefined ? '' : `< ${target}`).padStart(8)}${ok}`);
  }
  console.log(`validate mode, ${nRepo} services (${repoFiles.length} files), all packs: input ${(tBuilt - t0).toFixed(0)} ms, evaluateBatched ${(tBatched - tBuilt).toFixed(0)} ms` +
    (whole === undefined ? '' : `, one evaluation ${whole.toFixed(0)} ms`));
  if (opt.check && missed) process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
