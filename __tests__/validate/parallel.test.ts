import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, promises as fs, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AUTO_MIN_APP_FILES } from '../../src/validate/chart-worker.js';
import { validateRepo, type ValidateOptions, type ValidationResult } from '../../src/validate/engine.js';
import { CHART_BATCH } from '../../src/validate/units.js';
import { formatJsonReport } from '../../src/report/json.js';
import { app, chart, goodRepo, makeTree, removeTrees, type Tree } from '../../__fixtures__/validate/tree.js';

/**
 * The chart worker (chart-worker.ts, worker.ts) changes who does the work, never the
 * result: the same findings, summary and model as `jobs: 1`, on good and hostile repos,
 * and when the worker cannot start or dies half way. The worker runs as ncc bundles it
 * (built here from the sources, as scripts/package.mjs does), wrapped by small scripts
 * that log its messages or make it fail.
 */

let scratch: string;
let WORKER: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'gitops-parallel-'));
  const out = join(scratch, 'validate-worker');
  execFileSync(process.execPath, ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', 'src/validate/worker.ts', '-o', out, '--no-cache', '--quiet', '--transpile-only'], { stdio: 'inherit' });
  WORKER = join(out, 'index.js');
}, 180000);

afterAll(async () => {
  await removeTrees();
  rmSync(scratch, { recursive: true, force: true });
});

let wrappers = 0;
/**
 * A worker script that runs the real one, logs each message it posts (one line per type)
 * to the returned log, and: `die-on-listing` exits instead of posting the listing,
 * `die-on-batch` exits instead of posting its first batch (claimed, never delivered), `throw` fails before loading it.
 */
function wrapper(mode: 'log' | 'die-on-listing' | 'die-on-batch' | 'throw'): { script: string; log: string } {
  const n = ++wrappers;
  const log = join(scratch, `log-${n}.txt`);
  const script = join(scratch, `wrapper-${n}.mjs`);
  writeFileSync(
    script,
    `import { appendFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
const mode = ${JSON.stringify(mode)};
const log = ${JSON.stringify(log)};
const post = parentPort.postMessage.bind(parentPort);
parentPort.postMessage = (m) => {
  if (mode === 'die-on-listing' && m.type === 'listing') { appendFileSync(log, 'died\\n'); process.exit(7); }
  if (mode === 'die-on-batch' && m.type === 'batch') { appendFileSync(log, 'died\\n'); process.exit(7); }
  appendFileSync(log, m.type + '\\n');
  post(m);
};
if (mode === 'throw') throw new Error('the worker failed to start');
await import(${JSON.stringify(pathToFileURL(WORKER).href)});
`,
  );
  return { script, log };
}

const logged = (log: string) => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : []);

/** Everything validate returns, as text (getters read, functions dropped), and the CLI's JSON report. */
function snapshot(r: ValidationResult): string {
  const m = r.model;
  return JSON.stringify({
    report: formatJsonReport(r.findings, r.summary),
    findings: r.findings,
    model: { ...m, files: [...m.files], applications: m.applications.map((a) => ({ ...a })) },
  });
}

async function bothWays(root: string, options: ValidateOptions = {}, mode: Parameters<typeof wrapper>[0] = 'log') {
  const serial = await validateRepo(root, { ...options, jobs: 1 });
  const w = wrapper(mode);
  const parallel = await validateRepo(root, { ...options, jobs: 2, workerScript: w.script });
  return { serial: snapshot(serial), parallel: snapshot(parallel), log: logged(w.log), result: serial };
}

/** Many charts (several batches each way), every kind of bad input the chart and Application rules see. */
function hostileTree(): Tree {
  const t: Tree = {};
  const pairs: [string, string][] = [];
  for (let i = 0; i < CHART_BATCH * 3 + 5; i++) pairs.push([['dev', 'prod', 'staging'][i % 3], `svc${String(i).padStart(3, '0')}`]);
  Object.assign(t, goodRepo(pairs));
  const bomb = ['l0: &l0 "lol"', ...Array.from({ length: 9 }, (_, i) => `l${i + 1}: &l${i + 1} [${Array(10).fill(`*l${i}`).join(', ')}]`)].join('\n') + '\n';
  // Applications
  t['argo-apps/argo-apps-prod/svc001-application.yaml'] = 'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: x\n  labels: [a, b\nspec: {}\n';
  t['argo-apps/argo-apps-prod/svc004-application.yaml'] = bomb;
  t['argo-apps/argo-apps-prod/tpl-application.yaml'] = 'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: "{{ .name }}"\n';
  t['argo-apps/argo-apps-prod/empty-application.yaml'] = '';
  t['argo-apps/argo-apps-prod/missing-application.yaml'] = app({ name: 'missing-prod', path: 'gitops/shop/prod/nothing' });
  t['argo-apps/argo-apps-prod/dup-application.yaml'] = app({ name: 'svc007-prod', path: 'gitops/shop/prod/svc007' });
  t['argo-apps/argo-apps-prod/bin-application.yaml'] = Buffer.from([0x61, 0, 0x62]);
  t['argo-apps/argo-apps-prod/latin1-application.yaml'] = Buffer.from([0x61, 0x3a, 0x20, 0xe9, 0x0a]);
  t['argo-apps/argo-apps-dev/multi-application.yaml'] = `${app({ name: 'svc000-dev', path: 'gitops/shop/dev/svc000' })}---\napiVersion: argoproj.io/v1alpha1\nkind: AppProject\nmetadata:\n  name: p\n`;
  delete t['argo-apps/argo-apps-dev/svc000-application.yaml'];
  // Charts
  t['gitops/shop/dev/svc003/Chart.yaml'] = bomb;
  t['gitops/shop/dev/svc006/values.yaml'] = bomb;
  t['gitops/shop/dev/svc009/Chart.yaml'] = 'apiVersion: v1\nname: svc009\nversion: one\ntype: other\n';
  t['gitops/shop/dev/svc012/Chart.yaml'] = '- a\n- b\n';
  t['gitops/shop/dev/svc015/values.yaml'] = '- a\n';
  t['gitops/shop/dev/svc018/values.yaml'] = 'a: [1, 2\n';
  t['gitops/shop/dev/svc021/Chart.yaml'] = Buffer.from([0, 1, 2]);
  delete t['gitops/shop/dev/svc024/templates/deployment.yaml'];
  // Dependencies: vendored, missing, file:// to another chart, file:// into the apps dir (the worker must see that tree too).
  t['gitops/shop/dev/svc027/Chart.yaml'] = 'apiVersion: v2\nname: svc027\nversion: 0.1.0\ndependencies:\n  - name: lib\n    version: 1.0.0\n    repository: file://../svc030\n  - name: gone\n    version: 1.0.0\n  - name: apps\n    version: 1.0.0\n    repository: file://../../../../argo-apps/argo-apps-dev\n';
  t['argo-apps/argo-apps-dev/Chart.yaml'] = 'apiVersion: v2\nname: apps\nversion: 1.0.0\n';
  t['gitops/shop/dev/svc033/Chart.yaml'] = 'apiVersion: v2\nname: svc033\nversion: 0.1.0\ntype: library\n';
  // .helmignore: every template ignored, one Helm refuses, values.yaml ignored but listed as a value file
  // (the worker's ChartInfo must say so), and a chart that a kustomize source inflates (no orphan).
  t['gitops/shop/dev/svc036/.helmignore'] = '*.swp\ntemplates/\n';
  t['gitops/shop/dev/svc039/.helmignore'] = 'a/**\n';
  t['gitops/shop/dev/svc042/.helmignore'] = 'values.yaml\n';
  t['gitops/shop/dev/svc042/values.yaml'] = '- a\n';
  t['argo-apps/argo-apps-dev/svc042-application.yaml'] = app({ name: 'svc042-dev', path: 'gitops/shop/dev/svc042' }).replace('    targetRevision: main\n', '    targetRevision: main\n    helm:\n      valueFiles:\n        - values.yaml\n');
  t['argo-apps/argo-apps-dev/svc045-application.yaml'] = app({ name: 'svc045-dev', path: 'gitops/shop/dev/svc045/kustomize' });
  t['gitops/shop/dev/svc045/kustomize/kustomization.yaml'] = 'helmCharts:\n  - name: inflated\n';
  Object.assign(t, chart('gitops/shop/dev/svc045/kustomize/charts/inflated'));
  // A chart outside the charts dir (checked on the main thread, in Application order), broken.
  Object.assign(t, chart('charts/outside'));
  t['charts/outside/Chart.yaml'] = 'apiVersion: v2\nname: outside\nversion: latest\n';
  t['argo-apps/argo-apps-prod/outside-application.yaml'] = app({ name: 'outside-prod', path: 'charts/outside' });
  Object.assign(t, chart('gitops/shop/prod/orphan'));
  Object.assign(t, chart('gitops/other/prod/elsewhere'));
  return t;
}

async function hostileRepo(): Promise<string> {
  const root = await makeTree(hostileTree());
  const outside = await makeTree({ 'x/Chart.yaml': 'apiVersion: v2\nname: x\nversion: 0.1.0\n', 'evil-application.yaml': app({ name: 'evil', path: 'gitops/shop/prod/x' }) });
  await fs.symlink(outside, join(root, 'argo-apps/argo-apps-evil'));
  await fs.symlink(join(outside, 'x'), join(root, 'gitops/shop/prod/x'));
  await fs.symlink('../..', join(root, 'argo-apps/argo-apps-prod/up'));
  await fs.symlink('../../gitops', join(root, 'gitops/shop/all'));
  await fs.symlink('../prod/svc001', join(root, 'gitops/shop/staging/linked'));
  await fs.symlink('nowhere.yaml', join(root, 'argo-apps/argo-apps-prod/broken-application.yaml'));
  await fs.symlink('self.yaml', join(root, 'gitops/shop/prod/svc004/self.yaml'));
  return root;
}

describe('jobs 2 (the chart worker) gives what jobs 1 gives', () => {
  test('a hostile repo of several chart batches: symlinks, invalid YAML, alias bombs, binary files; the worker did the walk and some batches', async () => {
    const root = await hostileRepo();
    const { serial, parallel, log, result } = await bothWays(root);
    expect(parallel).toBe(serial);
    // Not vacuous: the repo has findings of every kind above, and the worker ran.
    const rules = new Set(result.findings.map((f) => f.ruleId));
    for (const r of ['yaml.syntax', 'yaml.alias-bomb', 'file.symlink-escape', 'file.symlink-loop', 'file.unreadable', 'chart.version', 'chart.values', 'chart.orphan', 'chart.dependency-missing', 'source.library-chart', 'chart.templates', 'chart.helmignore', 'chart.values-ignored']) expect(rules).toContain(r);
    expect(result.findings.filter((f) => f.file === 'gitops/shop/dev/svc042/values.yaml').map((f) => f.ruleId)).toEqual(['chart.values']);
    expect(result.findings.filter((f) => f.ruleId === 'chart.orphan').map((f) => f.file)).not.toContain('gitops/shop/dev/svc045/kustomize/charts/inflated/Chart.yaml');
    expect(result.summary.charts).toBeGreaterThan(CHART_BATCH * 3);
    expect(result.findings.filter((f) => f.file === 'charts/outside/Chart.yaml').map((f) => f.ruleId)).toEqual(['chart.version']);
    expect(log[0]).toBe('listing');
    expect(log[log.length - 1]).toBe('done');
  }, 60000);

  const fixtures = [resolve('examples/platform-repo'), ...['base', 'all-present', 'other-layout-mixed', 'other-layout-consistent', 'chart-path-is-a-file', 'partial-chart-dir', 'app-points-elsewhere', 'file-in-the-way', 'existing-chart-no-app', 'app-without-chart', 'existing-kustomization-no-app'].map((d) => resolve('__fixtures__/generate', d))];
  test.each(fixtures)('%s', async (root) => {
    const { serial, parallel, log } = await bothWays(root);
    expect(parallel).toBe(serial);
    expect(log).toContain('listing');
  }, 30000);

  test('collections nested past the stack, in an Application and in a values.yaml: the same finding at the same place', async () => {
    const tree = goodRepo([['prod', 'cart']]);
    tree['argo-apps/argo-apps-prod/deep-application.yaml'] = `# deep\n${'['.repeat(100000)}\n`;
    tree['gitops/shop/prod/cart/values.yaml'] = `a: ${'['.repeat(100000)}\n`;
    const { serial, parallel, result } = await bothWays(await makeTree(tree));
    expect(parallel).toBe(serial);
    const deep = result.findings.filter((f) => /nest more than 200 levels/.test(f.message));
    // At the 201st bracket, whichever thread read the file.
    expect(deep.map((f) => [f.file, f.line, f.column])).toEqual([
      ['argo-apps/argo-apps-prod/deep-application.yaml', 2, 201],
      ['gitops/shop/prod/cart/values.yaml', 1, 204],
    ]);
  }, 60000);

  test('a repo with no charts dir, or with the charts dir inside the apps dir: the same (no worker for the latter)', async () => {
    const noCharts = await makeTree({ 'argo-apps/argo-apps-prod/cart-application.yaml': app({ name: 'cart-prod', path: 'gitops/shop/prod/cart' }) });
    const a = await bothWays(noCharts);
    expect(a.parallel).toBe(a.serial);
    expect(a.log).toEqual([]);
    const nested = await makeTree(goodRepo([['prod', 'cart']]));
    const b = await bothWays(nested, { appsDir: '.', chartsDir: 'gitops' });
    expect(b.parallel).toBe(b.serial);
    expect(b.log).toEqual([]);
  }, 30000);
});

describe('a worker that fails: the serial result', () => {
  test('it throws before it starts', async () => {
    const root = await hostileRepo();
    const { serial, parallel } = await bothWays(root, {}, 'throw');
    expect(parallel).toBe(serial);
  }, 60000);

  test('it dies before sending the listing: the main thread walks the charts', async () => {
    const root = await hostileRepo();
    const { serial, parallel, log } = await bothWays(root, {}, 'die-on-listing');
    expect(parallel).toBe(serial);
    expect(log).toEqual(['died']);
  }, 60000);

  test('it dies with a batch checked but not delivered: that batch is checked again', async () => {
    const root = await hostileRepo();
    const { serial, parallel, log } = await bothWays(root, {}, 'die-on-batch');
    expect(parallel).toBe(serial);
    expect(log).toEqual(['listing', 'died']);
  }, 60000);

  test('its script does not exist', async () => {
    const root = await hostileRepo();
    const serial = snapshot(await validateRepo(root, { jobs: 1 }));
    expect(snapshot(await validateRepo(root, { jobs: 2, workerScript: join(scratch, 'no-such-worker.js') }))).toBe(serial);
  }, 60000);
});

describe('when the worker starts', () => {
  test('a small repo stays on one thread by default', async () => {
    const root = await makeTree(goodRepo([['prod', 'cart'], ['dev', 'cart']]));
    const w = wrapper('log');
    await validateRepo(root, { workerScript: w.script });
    expect(logged(w.log)).toEqual([]);
  });

  test(`from ${AUTO_MIN_APP_FILES} Application files, on 2 CPUs or more, it starts by default`, async () => {
    const t: Tree = { ...chart('gitops/shop/prod/cart') };
    for (let i = 0; i < AUTO_MIN_APP_FILES; i++) t[`argo-apps/argo-apps-prod/a${i}-application.yaml`] = app({ name: `a${i}`, path: 'gitops/shop/prod/cart' });
    const root = await makeTree(t);
    const w = wrapper('log');
    const parallel = snapshot(await validateRepo(root, { workerScript: w.script }));
    expect(parallel).toBe(snapshot(await validateRepo(root, { jobs: 1 })));
    const log = logged(w.log);
    if (availableParallelism() < 2) expect(log).toEqual([]);
    else expect([log[0], log[log.length - 1]]).toEqual(['listing', 'done']);
  }, 60000);
});
