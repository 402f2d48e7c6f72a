import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/main.js';
import { app, goodRepo, makeTree, REPO_URL, removeTrees, type Tree } from '../../__fixtures__/validate/tree.js';

/** The `gitops-action validate` contract: exit codes, the JSON report's exact shape, SARIF, usage errors. */
const REPO = fileURLToPath(new URL('../..', import.meta.url));
const EXAMPLE = join(REPO, 'examples/platform-repo');

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['validate', ...argv], { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

const APP_FILE = 'argo-apps/argo-apps-prod/cart-application.yaml';
let good: string;
let bad: string;
let warnOnly: string;

beforeAll(async () => {
  good = await makeTree(goodRepo([['prod', 'cart'], ['staging', 'cart']]));
  const broken: Tree = { ...goodRepo(), [APP_FILE]: app({ name: 'cart', path: 'gitops/shop/prod/nothere' }), 'argo-apps/argo-apps-prod/x-application.yaml': 'a: [1\n' };
  bad = await makeTree(broken);
  warnOnly = await makeTree({ ...goodRepo(), [APP_FILE]: app({ name: 'basket', path: 'gitops/shop/prod/cart' }) });
});
afterAll(removeTrees);

describe('exit codes', () => {
  test('0 when there are no errors (warnings allowed)', async () => {
    expect((await cli(good)).code).toBe(0);
    const w = await cli(warnOnly);
    expect(w.code).toBe(0);
    expect(w.stdout).toContain('layout.name-mismatch');
  });

  test('1 when there are errors', async () => {
    const r = await cli(bad);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('source.path-missing');
  });

  test('2 for an unknown flag, with usage on stderr and nothing on stdout', async () => {
    const r = await cli(good, '--no-such-flag');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/Usage: gitops-action validate/);
  });

  test('2 for a DIR that does not exist, one clear line and no stack trace', async () => {
    const r = await cli('/nonexistent/platform-repo');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/does not exist/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test('under --format json a usage error is still one JSON document on stdout: an error, no summary', async () => {
    const cases: [string[], RegExp][] = [
      [['/nonexistent/platform-repo', '--format', 'json'], /does not exist/],
      [[good, '--no-such-flag', '--format=json'], /Unknown option '--no-such-flag'/],
      [[good, '--format', 'json', '--fail-on', 'sometimes'], /--fail-on must be/],
      [['', '--format', 'json'], /DIR is empty/],
      [[good, '--format', 'json', '--apps-dir', '../outside'], /apps-dir/],
    ];
    for (const [argv, message] of cases) {
      const r = await cli(...argv);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      const doc = JSON.parse(r.stdout);
      expect(Object.keys(doc).sort()).toEqual(['error', 'version']);
      expect(doc).toEqual({ version: 1, error: { command: 'validate', kind: 'usage', message: expect.stringMatching(message) } });
    }
    // The last --format wins, as when the flags parse; text keeps stdout empty.
    expect((await cli('/nonexistent', '--format', 'json', '--format', 'text')).stdout).toBe('');
    // A value after `--` is a positional, not a format.
    expect((await cli('--', '--format', 'json')).stdout).toBe('');
  });

  test('2 for a bad --format, a second DIR, a flag without its value, an apps dir outside the repo', async () => {
    expect((await cli(good, '--format', 'xml')).code).toBe(2);
    expect((await cli(good, good)).code).toBe(2);
    expect((await cli(good, '--format')).code).toBe(2);
    expect((await cli(good, '--apps-dir', '../outside')).code).toBe(2);
  });

  test('2 for a --repo-url that names no repository, before anything is read', async () => {
    for (const url of ['not a url', 'platform', 'https://github.com']) {
      const r = await cli(good, '--repo-url', url, '--format', 'json');
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/is not a git repository URL/);
      expect(JSON.parse(r.stdout).error.kind).toBe('usage');
    }
    // Empty: inferred, as without the flag.
    expect((await cli(good, '--repo-url', '')).code).toBe(0);
  });

  test('2 for an empty DIR argument (an unset variable), not a run on the working directory', async () => {
    for (const dir of ['', ' ']) {
      const r = await cli(dir);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/DIR is empty/);
    }
  });

  test('2 when DIR is a file', async () => {
    expect((await cli(join(good, APP_FILE))).code).toBe(2);
  });

  test('--apps-dir, --charts-dir and --repo-url are honoured', async () => {
    const custom = await makeTree({
      'deploy/charts/shop/prod/cart/Chart.yaml': 'apiVersion: v2\nname: cart\nversion: 0.1.0\n',
      'deploy/charts/shop/prod/cart/templates/cm.yaml': 'kind: ConfigMap\n',
      'deploy/apps/argo-apps-prod/cart-application.yaml': app({ name: 'cart', path: 'deploy/charts/shop/prod/cart' }),
    });
    expect((await cli(custom)).code).toBe(1); // argo-apps/ missing
    expect((await cli(custom, '--apps-dir', 'deploy/apps', '--charts-dir', 'deploy/charts')).code).toBe(0);
    const other = await cli(custom, '--apps-dir', 'deploy/apps', '--charts-dir', 'deploy/charts', '--repo-url', 'git@github.com:someone/else.git', '--format', 'json');
    expect(other.code).toBe(1);
    expect(JSON.parse(other.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['source.repo-url']);
    const same = await cli(custom, '--apps-dir', 'deploy/apps', '--charts-dir', 'deploy/charts', '--repo-url', 'git@github.com:acme/platform.git');
    expect(same.code).toBe(0);
  });
});

describe('--format json', () => {
  test('exactly one JSON document with exactly the contract keys', async () => {
    const r = await cli(bad, '--format', 'json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout); // throws on anything but one document
    expect(Object.keys(report).sort()).toEqual(['findings', 'summary', 'version']);
    expect(report.version).toBe(1);
    expect(Object.keys(report.summary).sort()).toEqual(['applications', 'charts', 'errors', 'notices', 'warnings']);
    expect(report.findings.length).toBeGreaterThan(0);
    for (const f of report.findings) {
      expect(Object.keys(f).sort()).toEqual(['column', 'file', 'hint', 'line', 'message', 'ruleId', 'severity']);
      expect(['error', 'warning', 'notice']).toContain(f.severity);
      expect(Number.isInteger(f.line) && f.line >= 1).toBe(true);
      expect(Number.isInteger(f.column) && f.column >= 1).toBe(true);
      expect(f.file.startsWith('/')).toBe(false); // relative to DIR
      expect(f.file).not.toContain('\\');
      expect(typeof f.message).toBe('string');
      expect(typeof f.hint).toBe('string');
    }
    const missing = report.findings.find((f: { ruleId: string }) => f.ruleId === 'source.path-missing');
    expect(missing).toMatchObject({ severity: 'error', file: APP_FILE, line: 10, column: 11 });
    expect(report.findings.some((f: { ruleId: string; file: string }) => f.ruleId === 'yaml.syntax' && f.file === 'argo-apps/argo-apps-prod/x-application.yaml')).toBe(true);
    expect(report.summary.errors).toBe(report.findings.filter((f: { severity: string }) => f.severity === 'error').length);
    expect(report.summary.applications).toBe(1);
    expect(r.stderr).toBe('');
  });

  test('a clean repo: empty findings and zero counts', async () => {
    const r = await cli(good, '--format', 'json', '--repo-url', REPO_URL);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ version: 1, findings: [], summary: { applications: 2, charts: 2, errors: 0, warnings: 0, notices: 0 } });
  });

  test('DIR given as a relative path: files stay relative to DIR', async () => {
    const r = await cli('examples/platform-repo', '--format', 'json');
    // jest runs from the repo root
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.findings.map((f: { file: string }) => f.file)).toEqual(['argo-apps/argo-apps-production/shop-project.yaml']);
  });
});

describe('--format sarif', () => {
  test('parses as SARIF 2.1.0 with one result per finding', async () => {
    const r = await cli(bad, '--format', 'sarif');
    expect(r.code).toBe(1);
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs).toHaveLength(1);
    const json = JSON.parse((await cli(bad, '--format', 'json')).stdout);
    expect(sarif.runs[0].results).toHaveLength(json.findings.length);
    const res = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'source.path-missing');
    expect(res.locations[0].physicalLocation.artifactLocation.uri).toBe(APP_FILE);
    expect(res.locations[0].physicalLocation.region).toMatchObject({ startLine: 10, startColumn: 11 });
  });
});

describe('--format sarif when the command cannot run', () => {
  test('a DIR that is not there: exit 2, and a SARIF log of a failed invocation on stdout (no results)', async () => {
    const r = await cli('/nonexistent/platform-repo', '--format', 'sarif');
    expect(r.code).toBe(2);
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results).toEqual([]);
    expect(sarif.runs[0].invocations).toEqual([
      { executionSuccessful: false, exitCode: 2, toolExecutionNotifications: [{ level: 'error', message: { text: expect.stringMatching(/does not exist/) } }] },
    ]);
    expect(r.stderr).toMatch(/does not exist/);
  });

  test('no command at all: the usage on stderr, exit 2, nothing on stdout', async () => {
    let stdout = '';
    let stderr = '';
    const code = await runCli([], { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/no command given[\s\S]*Usage: gitops-action <command>/);
  });
});

describe('the built CLI', () => {
  const built = join(REPO, 'dist/cli.js');
  beforeAll(() => {
    if (!existsSync(built)) execFileSync('npm', ['run', 'package'], { cwd: REPO, stdio: 'ignore' });
  }, 300000);

  test('node dist/cli.js validate examples/platform-repo exits 0 with 0 errors', () => {
    const r = spawnSync(process.execPath, [built, 'validate', EXAMPLE, '--format', 'json'], { encoding: 'utf8', timeout: 60000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.summary.errors).toBe(0);
    expect(report.summary.applications).toBeGreaterThan(0);
  });

  test('node dist/cli.js validate --policy finds the shipped policy beside the bundle', () => {
    const r = spawnSync(process.execPath, [built, 'validate', EXAMPLE, '--policy', '--packs', 'security-baseline', '--format', 'json'], { encoding: 'utf8', timeout: 60000 });
    expect(r.stderr).toMatch(/^Policies: \d+ rules evaluated, 0 denials/);
    expect(r.status).toBe(0);
    const bad = spawnSync(process.execPath, [built, 'validate', EXAMPLE, '--policy', '--protected-namespaces', 'shop', '--format', 'json'], { encoding: 'utf8', timeout: 60000 });
    expect(bad.status).toBe(1);
    expect(JSON.parse(bad.stdout).findings.map((f: { ruleId: string }) => f.ruleId)).toContain('CON-005');
  });

  test('node dist/cli.js on hostile input: exit 1, findings, no stack trace', async () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]', 'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]', 'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]', ''].join('\n');
    const root = await makeTree({ ...goodRepo(), [APP_FILE]: bomb, 'argo-apps/argo-apps-prod/bin-application.yaml': Buffer.from([0, 1, 2, 3]) });
    const r = spawnSync(process.execPath, [built, 'validate', root, '--format', 'json'], { encoding: 'utf8', timeout: 60000 });
    expect(r.status).toBe(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const ids = JSON.parse(r.stdout).findings.map((f: { ruleId: string }) => f.ruleId);
    expect(ids).toEqual(expect.arrayContaining(['yaml.alias-bomb', 'file.unreadable']));
  });

  test('node dist/cli.js with a reader that goes away (| true, which reads nothing): no stack trace, the exit code of the run', () => {
    // `true` exits before the CLI has started, so every write meets a closed pipe.
    const q = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;
    const args = ['generate', EXAMPLE, '--service', 'payments', '--application', 'shop', '--clusters', 'staging,production', '--image', 'ghcr.io/acme/payments:1.0.0', '--dry-run'];
    const cmd = `${[process.execPath, built, ...args].map(q).join(' ')} | true; echo "exit=\${PIPESTATUS[0]}" >&2`;
    const r = spawnSync('bash', ['-c', cmd], { encoding: 'utf8', timeout: 60000 });
    expect(r.stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(r.stderr).toContain('exit=0'); // allowed: 0, as without the pipe
  });

  (existsSync('/dev/full') ? test : test.skip)('node dist/cli.js writing to a full disk (> /dev/full): one line on stderr, exit 2, no stack trace', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [built, 'validate', EXAMPLE, '--format', 'json'], { encoding: 'utf8', timeout: 60000, stdio: ['ignore', full, 'pipe'] });
      expect(r.status).toBe(2); // an input/output error, not "findings" (the repo is valid)
      expect(r.stderr).toMatch(/^gitops-action: could not write the output: ENOSPC/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    } finally {
      closeSync(full);
    }
  });

  test('node dist/cli.js: unknown flag and missing DIR exit 2', () => {
    expect(spawnSync(process.execPath, [built, 'validate', EXAMPLE, '--bogus'], { encoding: 'utf8' }).status).toBe(2);
    const r = spawnSync(process.execPath, [built, 'validate', '/nonexistent/dir'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
