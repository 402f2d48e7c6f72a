import { describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../../src/errors.js';
import { getSettings } from '../../src/settings.js';

const inputs = (m: Record<string, string>) => (name: string) => m[name] ?? '';
const env = { GITHUB_WORKSPACE: '/work/repo', GITHUB_REPOSITORY: 'acme/platform', GITHUB_SERVER_URL: 'https://github.com' } as NodeJS.ProcessEnv;

describe('settings: every input parsed once, a bad one named', () => {
  test('defaults', () => {
    const s = getSettings(inputs({}), env);
    expect(s).toMatchObject({ mode: 'validate', workspace: '/work/repo', appsDir: 'argo-apps', chartsDir: 'gitops', failOn: 'error', repoUrl: 'https://github.com/acme/platform' });
    // The JSON report goes to the temp dir, never into the checkout.
    expect(s.reportFile.startsWith(tmpdir())).toBe(true);
    expect(s.policy).toMatchObject({ onValidate: false, packs: [], policyDir: '.trustacks/policies', policyDirExplicit: false, waiversFileExplicit: false });
    expect(s.github).toMatchObject({ branchPrefix: 'gitops/', checkName: 'gitops-action', draft: false, workflowWrite: 'auto' });
  });

  test("the workflow's repository stays known when repo-url names another (a generated CI workflow runs in the workflow's repository)", () => {
    const s = getSettings(inputs({ 'repo-url': 'https://github.com/platform-team/gitops.git' }), env);
    expect(s.repoUrl).toBe('https://github.com/platform-team/gitops.git');
    expect(s.workflowRepoUrl).toBe('https://github.com/acme/platform');
    expect(getSettings(inputs({ 'repo-url': 'https://github.com/a/b' }), { GITHUB_WORKSPACE: '/work/repo' } as NodeJS.ProcessEnv).workflowRepoUrl).toBeUndefined();
  });

  test('base: refs/heads/<name> is the branch <name>; a name git refuses is named before anything is read', () => {
    expect(getSettings(inputs({ base: 'refs/heads/release/2.x' }), env).github.base).toBe('release/2.x');
    expect(getSettings(inputs({ base: ' main ' }), env).github.base).toBe('main');
    expect(getSettings(inputs({}), env).github.base).toBeUndefined();
    for (const bad of ['refs/tags/v1', 'main..dev', 'my branch', 'release/']) {
      expect(() => getSettings(inputs({ base: bad }), env)).toThrow(InputError);
      expect(() => getSettings(inputs({ base: bad }), env)).toThrow(new RegExp(`Input 'base': "${bad.replace(/\./g, '\\.')}" is not a valid git branch name`));
    }
  });

  test('reviewers written as GitHub shows them (@login, @org/team) are requested as the API names them', () => {
    const s = getSettings(inputs({ reviewers: '@bob, alice', 'team-reviewers': '@acme/platform-team, ACME/sre,devs' }), env);
    expect(s.github.reviewers).toEqual(['bob', 'alice']);
    expect(s.github.teamReviewers).toEqual(['platform-team', 'sre', 'devs']);
    expect(() => getSettings(inputs({ 'team-reviewers': '@other/platform-team' }), env)).toThrow(/Input 'team-reviewers': "@other\/platform-team" is a team of other, not of acme/);
  });

  test('policy-dir or waivers-file that does not exist where the policies run is named before anything is read; unused, it is left to the warning', () => {
    const ws = mkdtempSync(join(tmpdir(), 'settings-policy-dir-'));
    mkdirSync(join(ws, 'org-policies'));
    const e = { ...env, GITHUB_WORKSPACE: ws };
    const msg = /^Input 'policy-dir': "nope" does not exist in the platform repo .*: give a directory of Rego files \(compiled with opa from the PATH\), or a precompiled policy\.wasm or opa build bundle/;
    expect(() => getSettings(inputs({ 'policy-on-validate': 'true', 'policy-dir': 'nope' }), e)).toThrow(msg);
    expect(() => getSettings(inputs({ mode: 'generate', 'policy-dir': 'nope' }), e)).toThrow(msg);
    expect(getSettings(inputs({ 'policy-dir': 'nope' }), e).policy.policyDir).toBe('nope');
    expect(getSettings(inputs({ 'policy-on-validate': 'true', 'policy-dir': 'org-policies' }), e).policy.policyDir).toBe('org-policies');
    // So is a waivers-file other than the default; the default may be absent (no waivers).
    expect(() => getSettings(inputs({ 'policy-on-validate': 'true', 'waivers-file': 'waivers.yml' }), e)).toThrow(/^Input 'waivers-file': "waivers\.yml" does not exist in the platform repo /);
    expect(getSettings(inputs({ 'policy-on-validate': 'true', 'waivers-file': '.trustacks/waivers.yaml' }), e).policy.waiversFileExplicit).toBe(false);
    writeFileSync(join(ws, 'waivers.yml'), 'waivers: []\n');
    expect(getSettings(inputs({ 'policy-on-validate': 'true', 'waivers-file': 'waivers.yml' }), e).policy.waiversFile).toBe('waivers.yml');
  });

  test('lists are split on commas and newlines; an explicit repo-url wins', () => {
    const s = getSettings(inputs({ packs: 'security-baseline,\nproduction', labels: 'gitops, platform', 'repo-url': 'git@github.com:acme/platform.git' }), env);
    expect(s.policy.packs).toEqual(['security-baseline', 'production']);
    expect(s.github.labels).toEqual(['gitops', 'platform']);
    expect(s.repoUrl).toBe('git@github.com:acme/platform.git');
  });

  test.each([
    ['sarif-file', 'argo-apps/argo-apps-prod/cart-application.yaml'],
    ['sarif-file', 'gitops/shop/prod/cart/templates/x.sarif'],
    ['report-file', 'argo-apps/report.json'],
    ['sarif-file', '.github/workflows/x.yaml'],
    ['report-file', '.git/config'],
  ])('%s = %j, inside the repository\'s content, is refused', (name, value) => {
    expect(() => getSettings(inputs({ [name]: value }), env)).toThrow(new RegExp(`Input '${name}'.*inside`));
  });

  test('a report at the workspace root, outside the workspace, or in RUNNER_TEMP is fine; with apps-dir . only its YAML/JSON are refused', () => {
    expect(getSettings(inputs({ 'sarif-file': 'gitops.sarif' }), env).sarifFile).toBe('/work/repo/gitops.sarif');
    expect(getSettings(inputs({ 'report-file': '/tmp/r.json' }), env).reportFile).toBe('/tmp/r.json');
    expect(getSettings(inputs({ 'apps-dir': '.', 'sarif-file': 'out/gitops.sarif' }), env).sarifFile).toBe('/work/repo/out/gitops.sarif');
    expect(() => getSettings(inputs({ 'apps-dir': '.', 'report-file': 'report.json' }), env)).toThrow(/Input 'report-file'/);
  });

  test('a report path through a link into the charts dir, or into the checkout root\'s .github/ with path set, is refused', () => {
    const root = mkdtempSync(join(tmpdir(), 'settings-links-'));
    mkdirSync(join(root, 'platform/gitops'), { recursive: true });
    symlinkSync(join(root, 'platform/gitops'), join(root, 'platform/current'));
    const e = { ...env, GITHUB_WORKSPACE: root };
    expect(() => getSettings(inputs({ path: 'platform', 'report-file': 'platform/current/r.json' }), e)).toThrow(/Input 'report-file'.*charts directory/);
    expect(() => getSettings(inputs({ path: 'platform', 'sarif-file': '.github/workflows/r.yml' }), e)).toThrow(/Input 'sarif-file'.*checkout's \.github/);
    expect(() => getSettings(inputs({ path: 'platform', 'report-file': '.git/r.json' }), e)).toThrow(/Input 'report-file'.*checkout's \.git/);
    expect(getSettings(inputs({ path: 'platform', 'sarif-file': 'gitops.sarif' }), e).sarifFile).toBe(join(root, 'gitops.sarif'));
  });

  test('render is off unless asked; helm-path is kept as given', () => {
    expect(getSettings(inputs({}), env).render).toEqual({ enabled: false });
    expect(getSettings(inputs({ render: 'true', 'helm-path': ' /opt/helm ' }), env).render).toEqual({ enabled: true, helm: '/opt/helm' });
    expect(getSettings(inputs({ render: 'Changed' }), env).render).toEqual({ enabled: true, changedOnly: true });
  });

  test('protected-namespaces: namespace names, commas or newlines', () => {
    expect(getSettings(inputs({ 'protected-namespaces': 'vault,\ncert-manager' }), env).policy.protectedNamespaces).toEqual(['vault', 'cert-manager']);
  });

  test.each([
    ['mode', 'deploy'],
    ['fail-on', 'sometimes'],
    ['draft', 'maybe'],
    ['policy-on-validate', 'perhaps'],
    ['render', 'sometimes'],
    ['workflow-write', 'always'],
    ['path', '../elsewhere'],
    ['apps-dir', '../argo-apps'],
    ['charts-dir', '/etc'],
    ['protected-namespaces', 'vault, Kube System'],
    // Separators only would match no cluster and switch the production pack off.
    ['production-clusters', ','],
    // A glob OPA refuses matches no cluster: the production pack would be off everywhere.
    ['production-clusters', 'prod, prod-['],
    ['branch-prefix', 'a b/'],
    ['branch-prefix', '../'],
    ['branch-prefix', 'x..y/'],
    ['branch-prefix', '~weird/'],
    ['branch-prefix', 'refs/heads/'], // GitHub would make refs/heads/refs/heads/...
    ['branch-prefix', 'gitops//'],
    ['branch-prefix', 'gitops.lock/'],
  ])('input %s = %j is refused with a message naming it', (name, value) => {
    let err: unknown;
    try {
      getSettings(inputs({ [name]: value }), env);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).input).toBe(name);
    expect((err as Error).message).toContain(`'${name}'`);
  });
});

describe('settings: path inputs against a real workspace', () => {
  const ws = mkdtempSync(join(tmpdir(), 'ws-'));
  const outside = mkdtempSync(join(tmpdir(), 'outside-'));
  mkdirSync(join(ws, 'plat'));
  symlinkSync(outside, join(ws, 'link'));
  const at = { ...env, GITHUB_WORKSPACE: ws } as NodeJS.ProcessEnv;
  const refused = (over: Record<string, string>, input: string, message: RegExp) => {
    let err: unknown;
    try {
      getSettings(inputs(over), at);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).input).toBe(input);
    expect((err as Error).message).toMatch(message);
  };

  test('a path that leads out of the workspace through a symbolic link is refused', () => {
    refused({ path: 'link' }, 'path', /leads outside the workspace .* symbolic link/);
    expect(getSettings(inputs({ path: 'plat' }), at).workspace).toBe(join(ws, 'plat'));
  });

  test('a path that does not exist is named as the input', () => {
    refused({ path: 'nope' }, 'path', /does not exist in the workspace/);
  });

  test('a path that is a file is named as the input, not read as a folder', () => {
    writeFileSync(join(ws, 'plat', 'cart-application.yaml'), 'kind: Application\n');
    symlinkSync(join(ws, 'plat', 'cart-application.yaml'), join(ws, 'file-link'));
    refused({ path: 'plat/cart-application.yaml' }, 'path', /"plat\/cart-application.yaml" is a file, not a directory/);
    refused({ path: 'file-link' }, 'path', /is a file, not a directory/);
  });

  test('report-file and sarif-file at the same path are refused', () => {
    refused({ 'report-file': 'same.json', 'sarif-file': 'same.json' }, 'sarif-file', /also report-file/);
  });

  test("apps-dir './' is the repo root, as '.' is", () => {
    expect(getSettings(inputs({ 'apps-dir': './' }), at).appsDir).toBe('.');
  });
});
