/**
 * The action's modes with `path: plat`, a platform repo in a folder of the repository (no .git
 * of its own). Argo CD reads an Application's source.path from the repository's root, so the
 * modes read and write at the checkout root with the folder in front of the apps and charts
 * dirs: validate resolves `plat/gitops/...` (and reports `gitops/...` missing), generation
 * writes `source.path: plat/gitops/...` and its CI workflow in the root's .github/workflows/.
 * In process, on the sources (the e2e suite runs the same through dist/).
 */
import { jest } from '@jest/globals';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { getSettings, type Settings } from '../../src/settings.js';
import { runValidate } from '../../src/modes/validate.js';
import { runGenerateMode } from '../../src/modes/generate.js';
import { actionDefaults, EXAMPLE_REPO, helmBinary, policyWasm } from '../../__fixtures__/generate/helpers.js';
import { parseFileCommands, withOwnerUrls } from '../../__fixtures__/github/runner.js';
import { ACTION_TOKEN, LocalGitHub, OWNER, REPO } from '../../__fixtures__/github/local-github.js';

const DEFAULTS = actionDefaults();
const REPO_URL = 'https://github.com/trustacks/platform-example.git';
const dirs: string[] = [];
const saved = { ...process.env };

afterEach(() => {
  process.env = { ...saved };
  process.exitCode = undefined;
  jest.restoreAllMocks();
});
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A checkout whose folder plat/ is the example platform repo, its Applications' paths from the root (as Argo CD reads them) unless `asInFolder`. */
function checkout(asInFolder = false): string {
  const ws = mkdtempSync(join(tmpdir(), 'folder-mode-'));
  dirs.push(ws);
  cpSync(EXAMPLE_REPO, join(ws, 'plat'), { recursive: true });
  if (!asInFolder) {
    const apps = join(ws, 'plat', 'argo-apps');
    const walk = (d: string): void => {
      for (const n of readdirSync(d)) {
        const p = join(d, n);
        if (statSync(p).isDirectory()) walk(p);
        else writeFileSync(p, readFileSync(p, 'utf8').replace(/^(\s+path: )gitops\//gm, '$1plat/gitops/'));
      }
    };
    walk(apps);
  }
  return ws;
}

function write(ws: string, rel: string, text: string): void {
  mkdirSync(dirname(join(ws, rel)), { recursive: true });
  writeFileSync(join(ws, rel), text);
}

/** Runs a mode as the action would, with action.yml's defaults; the outputs, the log and whether the step failed. */
async function runMode(mode: (s: Settings) => Promise<void>, ws: string, inputs: Record<string, string>, env: Record<string, string> = {}) {
  const out = join(mkdtempSync(join(tmpdir(), 'folder-mode-out-')), 'output');
  dirs.push(dirname(out));
  writeFileSync(out, '');
  process.env.GITHUB_WORKSPACE = ws;
  process.env.GITHUB_OUTPUT = out;
  process.env.RUNNER_TEMP = dirname(out);
  process.env.GITHUB_EVENT_NAME = 'workflow_dispatch';
  delete process.env.GITHUB_STEP_SUMMARY;
  delete process.env.GITHUB_REPOSITORY;
  Object.assign(process.env, env);
  let log = '';
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    log += String(chunk);
    return true;
  });
  const settings = getSettings((name) => inputs[name] ?? DEFAULTS[name] ?? '');
  await mode({ ...settings, policy: { ...settings.policy, wasmPath: policyWasm() } });
  jest.restoreAllMocks();
  const failed = process.exitCode === 1;
  process.exitCode = undefined;
  return { outputs: parseFileCommands(readFileSync(out, 'utf8')), log, failed, report: (existsSync(join(dirname(out), 'gitops-action-report.json')) ? JSON.parse(readFileSync(join(dirname(out), 'gitops-action-report.json'), 'utf8')) : { findings: [] }) as { findings: { ruleId: string; file: string; severity: string; hint?: string }[] } };
}

async function generate(ws: string, inputs: Record<string, string>) {
  return runMode(runGenerateMode, ws, { mode: 'generate', path: 'plat', service: 'payments', application: 'shop', clusters: 'staging', image: 'ghcr.io/acme/payments:1.0.0', 'repo-url': REPO_URL, 'dry-run': 'true', ...inputs });
}

describe('validate with path: plat', () => {
  test('source paths are read from the repository root: plat/gitops/... resolves, and the findings name plat/... files', async () => {
    const r = await runMode(runValidate, checkout(), { path: 'plat', 'repo-url': REPO_URL });
    expect(r.report.findings.filter((f) => f.ruleId === 'source.path-missing' || f.ruleId === 'layout.chart-path')).toEqual([]);
    expect(r.outputs.errors).toBe('0');
    expect(r.failed).toBe(false);
  });

  test('a source path written from the folder (gitops/...) is missing, as Argo CD would find it, named from the root', async () => {
    const r = await runMode(runValidate, checkout(true), { path: 'plat', 'repo-url': REPO_URL });
    const missing = r.report.findings.filter((f) => f.ruleId === 'source.path-missing');
    expect(missing.map((f) => f.file)).toContain('plat/argo-apps/argo-apps-staging/cart-application.yaml');
    expect(missing.every((f) => f.file.startsWith('plat/argo-apps/'))).toBe(true);
    expect(r.failed).toBe(true);
  });

  test('gitops/... resolves when it is there at the repository root; the layout rule expects plat/gitops/<app>/<cluster>/<service>', async () => {
    const ws = checkout(true);
    cpSync(join(EXAMPLE_REPO, 'gitops'), join(ws, 'gitops'), { recursive: true });
    const r = await runMode(runValidate, ws, { path: 'plat', 'repo-url': REPO_URL });
    expect(r.report.findings.filter((f) => f.ruleId === 'source.path-missing')).toEqual([]);
    expect(r.report.findings.some((f) => f.ruleId === 'layout.chart-path' && f.file === 'plat/argo-apps/argo-apps-staging/cart-application.yaml')).toBe(true);
  });

  test('apps-dir . is the folder: its dot-directories are not Applications, as at the root', async () => {
    const ws = checkout();
    // The Applications at the folder's root; the charts dir and .trustacks/ beside them.
    for (const c of ['staging', 'production']) cpSync(join(ws, 'plat', 'argo-apps', `argo-apps-${c}`), join(ws, 'plat', `argo-apps-${c}`), { recursive: true });
    rmSync(join(ws, 'plat', 'argo-apps'), { recursive: true });
    write(ws, 'plat/.trustacks/waivers.yaml', 'waivers: []\n');
    write(ws, 'plat/.trustacks/policies/extra.yaml', 'not: an application\n');
    const r = await runMode(runValidate, ws, { path: 'plat', 'repo-url': REPO_URL, 'apps-dir': '.' });
    expect(r.report.findings.filter((f) => f.file.includes('.trustacks'))).toEqual([]);
    expect(r.outputs.errors).toBe('0');
  });

  test('policy-on-validate: waivers-file is read from the folder, and its path globs are from the folder too', async () => {
    const ws = checkout();
    const denied = async () => (await runMode(runValidate, ws, { path: 'plat', 'repo-url': REPO_URL, 'policy-on-validate': 'true', packs: 'production' })).report.findings.filter((f) => f.ruleId === 'PRD-004');
    const before = await denied();
    expect(before.length).toBe(3);
    expect(before.filter((f) => f.severity !== 'error' || !f.file.startsWith('plat/argo-apps/argo-apps-production/'))).toEqual([]);
    const waived = async () => (await denied()).filter((f) => f.severity !== 'error' && /Waived until/.test(f.hint ?? '')).length;
    write(ws, 'plat/.trustacks/waivers.yaml', 'waivers:\n  - { rule_id: PRD-004, path: "argo-apps/argo-apps-production/c*-application.yaml", reason: r, expires: 2999-01-01, approved_by: a }\n');
    expect(await waived()).toBe(3);
    // Written as the annotations name the files, from the root: taken as it is.
    write(ws, 'plat/.trustacks/waivers.yaml', 'waivers:\n  - { rule_id: PRD-004, path: "plat/argo-apps/**", reason: r, expires: 2999-01-01, approved_by: a }\n');
    expect(await waived()).toBe(3);
    // The default waivers file is the folder's, not the root's.
    rmSync(join(ws, 'plat/.trustacks'), { recursive: true });
    write(ws, '.trustacks/waivers.yaml', 'waivers:\n  - { rule_id: PRD-004, path: "**", reason: r, expires: 2999-01-01, approved_by: a }\n');
    expect(await waived()).toBe(0);
  });
});

describe('validate in a checkout of its own (actions/checkout with path:)', () => {
  /** Where a SARIF result's location resolves: %SRCROOT% joined with its uri. */
  const sarifTargets = (file: string): string[] => {
    const log = JSON.parse(readFileSync(file, 'utf8'));
    const root = new URL(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri);
    return log.runs[0].results.map((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => fileURLToPath(new URL(x.locations[0].physicalLocation.artifactLocation.uri, root)));
  };

  test('path: platform with a .git of its own: SARIF locations resolve under %SRCROOT% to the files the findings name', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'folder-mode-own-'));
    dirs.push(ws);
    cpSync(EXAMPLE_REPO, join(ws, 'platform'), { recursive: true });
    mkdirSync(join(ws, 'platform', '.git'));
    // Without repo-url, every Application's repoURL is reported: results with locations.
    const r = await runMode(runValidate, ws, { path: 'platform', 'sarif-file': 'gitops.sarif', 'fail-on': 'never' }, { GITHUB_REPOSITORY: 'acme/other' });
    expect(r.report.findings.some((f) => f.file === 'argo-apps/argo-apps-staging/cart-application.yaml')).toBe(true);
    const targets = sarifTargets(join(ws, 'gitops.sarif'));
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.filter((t) => !existsSync(t))).toEqual([]);
  });

  test('the platform repo in a folder of a checkout that is itself in a folder (path: src/plat, .git in src): paths are from src, as Argo CD reads them', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'folder-mode-nested-'));
    dirs.push(ws);
    const repo = checkout();
    cpSync(repo, join(ws, 'src'), { recursive: true });
    mkdirSync(join(ws, 'src', '.git'));
    const r = await runMode(runValidate, ws, { path: 'src/plat', 'repo-url': REPO_URL, 'sarif-file': 'gitops.sarif' });
    expect(r.report.findings.filter((f) => f.ruleId === 'source.path-missing' || f.ruleId.startsWith('layout.'))).toEqual([]);
    expect(r.outputs.errors).toBe('0');
    expect(r.report.findings.every((f) => f.file.startsWith('plat/'))).toBe(true);
    expect(r.failed).toBe(false);
  });
});

describe('validate mode’s outputs when a report cannot be written', () => {
  test('sarif-file a directory: the step fails naming it, and errors, warnings and report-file (written) are still set', async () => {
    const ws = checkout();
    const out = join(mkdtempSync(join(tmpdir(), 'folder-mode-out-')), 'output');
    dirs.push(dirname(out));
    writeFileSync(out, '');
    mkdirSync(join(ws, 'reports'));
    const report = join(ws, 'report.json');
    const outputs = () => parseFileCommands(readFileSync(out, 'utf8'));
    await expect(runMode(runValidate, ws, { path: 'plat', 'repo-url': REPO_URL, 'sarif-file': 'reports', 'report-file': 'report.json' }, { GITHUB_OUTPUT: out })).rejects.toThrow(/^Input 'sarif-file': cannot write .*EISDIR/);
    jest.restoreAllMocks();
    expect(outputs()).toMatchObject({ errors: '0', warnings: '0', 'report-file': report });
    expect(outputs()['sarif-file']).toBeUndefined();
    expect(JSON.parse(readFileSync(report, 'utf8')).summary.errors).toBe(0);
  });
});

describe('validate mode’s policy inputs without policy-on-validate', () => {
  test('packs (or policy-dir, protected-namespaces, ...) without policy-on-validate: a warning naming them, not a run that looks gated', async () => {
    const ws = checkout();
    const r = await runMode(runValidate, ws, { path: 'plat', 'repo-url': REPO_URL, packs: 'production', 'protected-namespaces': 'vault' });
    expect(r.log).toMatch(/^::warning::'packs', 'protected-namespaces' are set, but policy-on-validate is not true: validate mode evaluates no policy\./m);
    expect(r.failed).toBe(false);
    // With the defaults of action.yml (waivers-file .trustacks/waivers.yaml), or with the policies on: no such warning.
    expect((await runMode(runValidate, ws, { path: 'plat', 'repo-url': REPO_URL })).log).not.toMatch(/policy-on-validate is not true/);
    expect((await runMode(runValidate, ws, { path: 'plat', 'repo-url': REPO_URL, packs: 'production', 'policy-on-validate': 'true' })).log).not.toMatch(/policy-on-validate is not true/);
  });
});

describe('validate mode, render: changed, and the log line that says why every chart is rendered', () => {
  test('on a schedule without a token: the event is the reason, not the token (a token would list nothing there either)', async () => {
    const r = await runMode(runValidate, checkout(), { path: 'plat', 'repo-url': REPO_URL, render: 'changed', 'helm-path': helmBinary(), token: '' }, { GITHUB_EVENT_NAME: 'schedule' });
    expect(r.log).toContain('render: changed on a schedule with no pull request or push to compare: every chart is rendered.');
    expect(r.log).not.toContain('needs the token');
  });
});

describe('generate with path: plat', () => {
  test('the Application points at plat/gitops/... (what Argo CD resolves), files are named from the root, and the CI workflow goes to the root .github/workflows/', async () => {
    const ws = checkout();
    const r = await generate(ws, { 'ci-workflow': 'generate' });
    expect(r.failed).toBe(false);
    expect(r.outputs.outcome).toBe('allowed');
    const files = (JSON.parse(r.outputs.files) as { path: string }[]).map((f) => f.path);
    expect(files).toContain('plat/argo-apps/argo-apps-staging/payments-application.yaml');
    expect(files).toContain('plat/gitops/shop/staging/payments/values.yaml');
    expect(files).toContain('.github/workflows/payments-ci.yaml');
    expect(files.filter((f) => !f.startsWith('plat/') && f !== '.github/workflows/payments-ci.yaml')).toEqual([]);
    // A dry run writes nothing, in the folder or at the root.
    expect(existsSync(join(ws, '.github'))).toBe(false);
    expect(existsSync(join(ws, 'plat', 'argo-apps', 'argo-apps-staging', 'payments-application.yaml'))).toBe(false);
  });

  test('an existing workflow at the root is kept, not overwritten; one under the folder is not the one GitHub runs', async () => {
    const ws = checkout();
    write(ws, '.github/workflows/payments-ci.yaml', 'name: ours\n');
    write(ws, 'plat/.github/workflows/payments-ci.yaml', 'name: never run\n');
    const r = await generate(ws, { 'ci-workflow': 'generate' });
    const files = (JSON.parse(r.outputs.files) as { path: string }[]).map((f) => f.path);
    expect(files).not.toContain('.github/workflows/payments-ci.yaml');
    expect(files).not.toContain('plat/.github/workflows/payments-ci.yaml');
    expect(readFileSync(join(ws, '.github/workflows/payments-ci.yaml'), 'utf8')).toBe('name: ours\n');
  });

  /** Commits the checkout `ws` to a local GitHub as main, runs generate (not a dry run) on it, then `check`. */
  async function published(ws: string, check: (gh: LocalGitHub, r: Awaited<ReturnType<typeof runMode>>) => Promise<void>): Promise<void> {
    const tree: Record<string, string> = {};
    const walk = (rel: string): void => {
      for (const n of readdirSync(join(ws, rel))) {
        const r = rel ? `${rel}/${n}` : n;
        if (statSync(join(ws, r)).isDirectory()) walk(r);
        else tree[r] = readFileSync(join(ws, r), 'utf8');
      }
    };
    walk('');
    const gh = await LocalGitHub.start();
    try {
      const sha = await gh.commitFiles('main', tree, 'Platform repo in a folder', { name: 'P', email: 'p@acme.test' }, ACTION_TOKEN);
      const event = join(ws, '..', `${Date.now()}-event.json`);
      dirs.push(event);
      writeFileSync(event, JSON.stringify({ inputs: {}, ref: 'refs/heads/main', repository: withOwnerUrls((await gh.direct('GET', `/repos/${OWNER}/${REPO}`)).data) }));
      const env = { GITHUB_API_URL: gh.url, GITHUB_EVENT_PATH: event, GITHUB_SHA: sha, GITHUB_REF: 'refs/heads/main', GITHUB_REPOSITORY: `${OWNER}/${REPO}` };
      const r = await runMode(runGenerateMode, ws, { mode: 'generate', path: 'plat', service: 'payments', application: 'shop', clusters: 'staging', image: 'ghcr.io/acme/payments:1.0.0', 'repo-url': REPO_URL, 'ci-workflow': 'generate', 'workflow-write': 'allow', token: ACTION_TOKEN }, env);
      await check(gh, r);
      expect(gh.problems.splice(0)).toEqual([]);
    } finally {
      await gh.close();
    }
  }

  test('published: the commit holds the Application with source.path plat/gitops/..., the workflow at the root, and leaves the root\'s own files as they were', async () => {
    const ws = checkout();
    write(ws, 'gitops/shop/staging/payments/values.yaml', 'keep: me\n');
    await published(ws, async (gh, r) => {
      expect(r.failed).toBe(false);
      expect(r.outputs['pull-request-operation']).toBe('created');
      const branch = r.outputs.branch;
      expect(await gh.fileAt(branch, 'plat/argo-apps/argo-apps-staging/payments-application.yaml')).toMatch(/\n {4}path: plat\/gitops\/shop\/staging\/payments\n/);
      expect(await gh.fileAt(branch, '.github/workflows/payments-ci.yaml')).toContain('payments CI');
      expect(await gh.fileAt(branch, 'gitops/shop/staging/payments/values.yaml')).toBe('keep: me\n');
    });
  });

  test('the proposal check counts no finding of an Application whose source lies outside the apps and charts dirs (the copy it validates holds only those)', async () => {
    const ws = checkout();
    // A value file shared by the clusters, absolute from the repository root, outside the folder.
    const cartFile = join(ws, 'plat/argo-apps/argo-apps-staging/cart-application.yaml');
    writeFileSync(cartFile, readFileSync(cartFile, 'utf8').replace('        - values.yaml\n', '        - values.yaml\n        - /shared/legacy-values.yaml\n'));
    write(ws, 'shared/legacy-values.yaml', 'replicaCount: 2\n');
    await published(ws, async (gh, r) => {
      expect(r.log).toMatch(/Validation with the proposal: 0 new finding\(s\)/);
      const runs = await gh.checkRuns(r.outputs['commit-sha']);
      const text = JSON.stringify(runs);
      expect(text).not.toContain('legacy-values');
      expect(r.failed).toBe(false);
    });
  });

  test('an existing service is unchanged when its Application points at plat/gitops/... ', async () => {
    const r = await generate(checkout(), { service: 'cart', image: 'ghcr.io/trustacks/cart:1.4.2', 'ci-workflow': 'skip' });
    expect(r.outputs.outcome).toBe('unchanged');
  });
});
