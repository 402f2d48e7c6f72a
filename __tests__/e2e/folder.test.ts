/**
 * `path: plat`: the platform repo is a folder of the repository. Argo CD reads source paths
 * from the repository root, and so does the action: the Applications point at plat/gitops/...,
 * validate names files from the checkout root (plat/...), generate writes source.path
 * plat/gitops/... and commits under plat/, never over the root's files, and puts a CI workflow
 * in the root's .github/workflows/ (the one GitHub runs). Runs dist/index.js.
 */
import { existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { LocalGitHub, OWNER, REPO, ACTION_TOKEN } from '../../__fixtures__/github/local-github.js';
import { runAction, ROOT, withOwnerUrls } from '../../__fixtures__/github/runner.js';

const ENTRY = process.env.GITOPS_E2E_ENTRY || join(ROOT, 'dist', 'index.js');
const ENABLED = process.env.GITOPS_E2E === '1' || (process.env.GITOPS_E2E !== '0' && existsSync(ENTRY));
const suite = ENABLED ? describe : describe.skip;
const EXAMPLE = join(ROOT, 'examples', 'platform-repo');
const REPO_URL = 'https://github.com/trustacks/platform-example.git';
/** Another team's file at the repository root, at the path the proposal has inside plat/. */
const ROOT_FILE = 'gitops/shop/staging/payments/values.yaml';

function files(prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      // The Applications' paths from the repository root, where Argo CD reads them.
      else out[prefix + relative(EXAMPLE, p)] = readFileSync(p, 'utf8').replace(/^(\s+path: )gitops\//gm, `$1${prefix}gitops/`);
    }
  };
  walk(EXAMPLE);
  return { ...out, [ROOT_FILE]: '# another team\'s file\nkeep: me\n' };
}

suite('a platform repo in a folder of the repository (input path)', () => {
  let gh: LocalGitHub;
  let mainSha: string;
  let ws: string;
  const run = async (inputs: Record<string, string>) =>
    runAction({
      inputs: { mode: 'generate', service: 'payments', application: 'shop', clusters: 'staging', image: 'ghcr.io/acme/payments:1.0.0', 'repo-url': REPO_URL, path: 'plat', ...inputs },
      eventName: 'workflow_dispatch',
      payload: { inputs: {}, ref: 'refs/heads/main', repository: withOwnerUrls((await gh.direct('GET', `/repos/${OWNER}/${REPO}`)).data), workflow: '.github/workflows/gitops.yml' },
      workspace: ws,
      apiUrl: gh.url,
      repository: `${OWNER}/${REPO}`,
      token: ACTION_TOKEN,
      sha: mainSha,
      ref: 'refs/heads/main',
    });

  beforeAll(async () => {
    gh = await LocalGitHub.start();
    const tree = files('plat/');
    mainSha = await gh.commitFiles('main', tree, 'Platform repo in a folder', { name: 'P', email: 'p@acme.test' }, ACTION_TOKEN);
    ws = mkdtempSync(join(tmpdir(), 'workspace-folder-'));
    for (const [p, c] of Object.entries(tree)) {
      mkdirSync(dirname(join(ws, p)), { recursive: true });
      writeFileSync(join(ws, p), c);
    }
  });
  afterAll(async () => {
    await gh?.close();
  });
  afterEach(() => {
    expect(gh.problems.splice(0)).toEqual([]);
  });

  test('bootstrap: the root Application watches plat/argo-apps (Argo CD reads paths from the repository root); a bad target-revision names that input', async () => {
    const r = await run({ mode: 'bootstrap' });
    expect(r.code).toBe(0);
    expect(r.outputs['root-application']).toMatch(/\n {4}path: plat\/argo-apps\n/);
    const bad = await run({ mode: 'bootstrap', 'target-revision': 'a b' });
    expect(bad.code).not.toBe(0);
    expect(bad.stdout).toContain("Input 'target-revision'");
  });

  test('a path that is a checkout of its own (a .git there) is the repository root: no folder in front', async () => {
    const own = mkdtempSync(join(tmpdir(), 'workspace-own-'));
    mkdirSync(join(own, 'plat', '.git'), { recursive: true });
    const r = await runAction({
      inputs: { mode: 'bootstrap', 'repo-url': REPO_URL, path: 'plat' },
      eventName: 'workflow_dispatch',
      payload: {},
      workspace: own,
      apiUrl: gh.url,
      repository: `${OWNER}/${REPO}`,
      token: ACTION_TOKEN,
      sha: mainSha,
      ref: 'refs/heads/main',
    });
    expect(r.outputs['root-application']).toMatch(/\n {4}path: argo-apps\n/);
  });

  test('a dry run: the files and decision outputs name files from the checkout root; no pull-request outputs; dry-run: yes is taken', async () => {
    const r = await run({ 'ci-workflow': 'skip', 'dry-run': 'yes', service: 'drydry' });
    expect(r.code).toBe(0);
    expect(r.outputs.outcome).toBe('allowed');
    const files = JSON.parse(r.outputs.files) as { path: string }[];
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((f) => !f.path.startsWith('plat/'))).toEqual([]);
    expect(r.outputs['pull-request-operation'] ?? '').toBe('');
    expect(await gh.branchSha('gitops/shop/drydry')).toBeUndefined();
    // Nothing missing, in a dry run: unchanged, and still no pull request looked up or named.
    const same = await run({ 'ci-workflow': 'skip', 'dry-run': 'true', service: 'cart', image: 'ghcr.io/trustacks/cart:1.4.2' });
    expect(same.outputs.outcome).toBe('unchanged');
    expect(same.outputs['pull-request-operation'] ?? '').toBe('');
  });

  test('validate: the source paths plat/gitops/... resolve from the repository root; one written from the folder is missing, named from the root', async () => {
    const ok = await run({ mode: 'validate' });
    expect(ok.code).toBe(0);
    expect(ok.outputs.errors).toBe('0');
    const app = join(ws, 'plat/argo-apps/argo-apps-staging/checkout-application.yaml');
    const text = readFileSync(app, 'utf8');
    try {
      writeFileSync(app, text.replace('path: plat/gitops/', 'path: gitops/'));
      const bad = await run({ mode: 'validate' });
      expect(bad.code).not.toBe(0);
      expect(bad.stdout).toMatch(/::error title=source\.path-missing[^\n]*file=plat\/argo-apps\/argo-apps-staging\/checkout-application\.yaml/);
    } finally {
      writeFileSync(app, text);
    }
  });

  test('ci-workflow: generate puts the workflow in the root .github/workflows/, the one GitHub runs', async () => {
    const r = await run({ 'ci-workflow': 'generate', 'workflow-write': 'allow', service: 'withci' });
    expect(r.code).toBe(0);
    expect(r.outputs['pull-request-operation']).toBe('created');
    expect(await gh.fileAt('gitops/shop/withci', '.github/workflows/withci-ci.yaml')).toContain('withci CI');
    expect(await gh.fileAt('gitops/shop/withci', 'plat/.github/workflows/withci-ci.yaml')).toBeUndefined();
    expect(await gh.fileAt('gitops/shop/withci', 'plat/argo-apps/argo-apps-staging/withci-application.yaml')).toMatch(/\n {4}path: plat\/gitops\/shop\/staging\/withci\n/);
  });

  test('a denied proposal’s annotations name its files from the checkout root (plat/...)', async () => {
    const r = await run({ 'ci-workflow': 'skip', namespace: 'kube-system', service: 'denied' });
    expect(r.outputs.outcome).toBe('denied');
    expect(r.stdout).toMatch(/::error title=CON-005[^\n]*,file=plat\/argo-apps\/argo-apps-staging\/denied-application\.yaml,line=\d+,col=\d+::/);
    expect(r.stdout).not.toMatch(/file=argo-apps\//);
  });

  test('generate commits the proposal under plat/, and the repository root’s file stays as it was', async () => {
    const r = await run({ 'ci-workflow': 'skip' });
    expect(r.code).toBe(0);
    expect(r.outputs['pull-request-operation']).toBe('created');
    const cmp = (await gh.direct('GET', `/repos/${OWNER}/${REPO}/compare/main...${encodeURIComponent('gitops/shop/payments')}`)).data as { files: { filename: string; status: string }[] };
    expect(cmp.files.length).toBeGreaterThan(0);
    expect(cmp.files.filter((f) => !f.filename.startsWith('plat/') || f.status !== 'added')).toEqual([]);
    expect(await gh.fileAt('gitops/shop/payments', ROOT_FILE)).toBe('# another team\'s file\nkeep: me\n');
    expect(await gh.fileAt('gitops/shop/payments', 'plat/argo-apps/argo-apps-staging/payments-application.yaml')).toMatch(/\n {4}path: plat\/gitops\/shop\/staging\/payments\n/);
    // The pull request lists its files from the checkout root too.
    const [pr] = await gh.pulls('open');
    expect(pr.body).toContain('plat/argo-apps/argo-apps-staging/payments-application.yaml');
  });
});
