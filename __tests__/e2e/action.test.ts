/**
 * End to end: `node dist/index.js` run as the runner runs it, against the local GitHub
 * (emulate behind the schema-checking proxy), seeded with examples/platform-repo.
 *
 *   workflow_dispatch → pull request opened, with its body and a check run on its commit
 *   → a second run updates the same pull request (one PR, two commits)
 *   → a person pushes to the branch → the next run halts and names their commit
 *   → a denied proposal opens nothing; a workflow file with GITHUB_TOKEN stops before writing
 *   → `mode: validate` on the pull request's `pull_request` event puts a check run on its head.
 *
 * Runs dist/index.js as built (`npm run package`); see ENABLED below.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { LocalGitHub, OWNER, REPO, ACTION_TOKEN } from '../../__fixtures__/github/local-github.js';
import { validateComponent } from '../../__fixtures__/github/openapi.js';
import { runAction, ROOT, withOwnerUrls, type RunResult } from '../../__fixtures__/github/runner.js';
import { helmBinary } from '../../__fixtures__/generate/helpers.js';

// GITOPS_E2E=1: must run (fails when the bundle is missing: CI sets it after building dist/).
// GITOPS_E2E=0: skipped. Unset: runs when the bundle exists, else skipped with a warning.
// GITOPS_E2E_ENTRY: another build of the action to run instead of dist/index.js.
const ENTRY = process.env.GITOPS_E2E_ENTRY || join(ROOT, 'dist', 'index.js');
const ENABLED = process.env.GITOPS_E2E === '1' || (process.env.GITOPS_E2E !== '0' && existsSync(ENTRY));
const suite = ENABLED ? describe : describe.skip;
if (!ENABLED) {
  // Visible in the test log, so a skipped suite is never mistaken for a passing one.
  console.warn(`e2e: skipped (${process.env.GITOPS_E2E === '0' ? 'GITOPS_E2E=0' : `${ENTRY} does not exist: npm run package`})`);
}

const EXAMPLE = join(ROOT, 'examples', 'platform-repo');
const SERVICE = 'payments';
const APPLICATION = 'shop';
const BRANCH = `gitops/${APPLICATION}/${SERVICE}`;
const CHECK = 'gitops / proposal';
/** The URL the example repo's Applications use for the platform repo (it is not the emulated acme/platform). */
const REPO_URL = 'https://github.com/trustacks/platform-example.git';

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listFiles(p));
    else out.push(p);
  }
  return out.sort();
}

function snapshot(dir: string): string {
  const h = createHash('sha256');
  for (const f of listFiles(dir)) h.update(relative(dir, f)).update('\0').update(readFileSync(f)).update('\0');
  return h.digest('hex');
}

function generateInputs(o: Record<string, string> = {}): Record<string, string> {
  return {
    mode: 'generate',
    service: SERVICE,
    application: APPLICATION,
    clusters: 'staging',
    image: 'ghcr.io/acme/payments:1.0.0',
    'ci-workflow': 'skip',
    'check-name': CHECK,
    labels: 'gitops',
    'repo-url': REPO_URL,
    ...o,
  };
}

function expectNoTokenLeak(r: RunResult): void {
  const printed = (r.stdout + r.stderr)
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  expect(printed).not.toContain(ACTION_TOKEN);
  expect(r.summary).not.toContain(ACTION_TOKEN);
}

function describeRun(r: RunResult): string {
  return `exit ${r.code}\n--- stdout\n${r.stdout.slice(-4000)}\n--- stderr\n${r.stderr.slice(-4000)}`;
}

suite('the action, end to end against a local GitHub', () => {
  let gh: LocalGitHub;
  let workspace: string;
  let mainSha: string;
  let repository: Record<string, unknown>;
  let sender: Record<string, unknown>;

  const run = async (inputs: Record<string, string>, eventName = 'workflow_dispatch', payload?: unknown, ws = workspace) => {
    const before = snapshot(ws);
    const r = await runAction({
      inputs,
      eventName,
      payload:
        payload ??
        ({ inputs: { service: inputs.service, image: inputs.image }, ref: 'refs/heads/main', repository, sender, workflow: '.github/workflows/gitops.yml' } as const),
      workspace: ws,
      apiUrl: gh.url,
      repository: `${OWNER}/${REPO}`,
      token: ACTION_TOKEN,
      sha: mainSha,
      ref: 'refs/heads/main',
    });
    expect(snapshot(ws)).toBe(before); // the action writes nothing in the checkout
    expectNoTokenLeak(r);
    return r;
  };

  beforeAll(async () => {
    if (!existsSync(ENTRY)) throw new Error(`${ENTRY} does not exist: build the action first (npm run package)`);
    gh = await LocalGitHub.start();
    const files: Record<string, string> = {};
    for (const f of listFiles(EXAMPLE)) files[relative(EXAMPLE, f)] = readFileSync(f, 'utf8');
    mainSha = await gh.commitFiles('main', files, 'Platform repo', { name: 'Platform Team', email: 'platform@acme.test' }, ACTION_TOKEN);
    workspace = mkdtempSync(join(tmpdir(), 'workspace-'));
    cpSync(EXAMPLE, workspace, { recursive: true });
    repository = withOwnerUrls((await gh.direct('GET', `/repos/${OWNER}/${REPO}`)).data);
    sender = (await gh.direct('GET', '/users/alice')).data;
  });
  afterAll(async () => {
    await gh?.close();
  });
  afterEach(() => {
    expect(gh.problems.splice(0)).toEqual([]);
  });

  test('the workflow_dispatch payload is a real one (GitHub’s webhook schema)', () => {
    const payload = { inputs: { service: SERVICE }, ref: 'refs/heads/main', repository, sender, workflow: '.github/workflows/gitops.yml' };
    expect(validateComponent('webhook-workflow-dispatch', payload)).toEqual([]);
  });

  let prNumber = 0;
  let firstCommit = '';

  test('workflow_dispatch: opens the pull request, with its body and a check run on its commit', async () => {
    gh.clearTraffic();
    const r = await run(generateInputs());
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ outcome: 'allowed', 'pull-request-operation': 'created', branch: BRANCH });
    prNumber = Number(r.outputs['pull-request-number']);
    firstCommit = r.outputs['commit-sha'];
    expect(prNumber).toBeGreaterThan(0);
    expect(r.outputs['pull-request-url']).toContain(`/pull/${prNumber}`);
    expect(await gh.branchSha(BRANCH)).toBe(firstCommit);
    expect(JSON.parse(r.outputs.decision)).toMatchObject({ allow: true });
    const pulls = await gh.pulls('all');
    expect(pulls).toHaveLength(1);
    expect(pulls[0].body).toContain('<!-- gitops-action:begin -->');
    expect(pulls[0].body).toContain('```mermaid');
    expect(pulls[0].body).toContain('POLICIES.md#con-001');
    expect(pulls[0].labels.map((l: { name: string }) => l.name)).toEqual(['gitops']);
    const runs = await gh.checkRuns(firstCommit);
    expect(runs.map((c) => [c.name, c.status, c.conclusion])).toEqual([[CHECK, 'completed', 'success']]);
    expect(r.summary.length).toBeGreaterThan(0);
    const publishing = gh.calls((c) => !c.path.includes('/check-runs'));
    console.info(`e2e: first run made ${gh.calls().length} API calls, ${publishing.length} to publish`);
    expect(publishing.length).toBeLessThanOrEqual(8);
  });

  test('a second run with a new image updates the same pull request: one PR, two commits', async () => {
    gh.clearTraffic();
    const r = await run(generateInputs({ image: 'ghcr.io/acme/payments:1.1.0' }));
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ outcome: 'allowed', 'pull-request-operation': 'updated', 'pull-request-number': String(prNumber) });
    expect(await gh.pulls('all')).toHaveLength(1);
    expect(await gh.commitsAhead(BRANCH)).toHaveLength(2);
    expect(gh.calls((c) => !c.path.includes('/check-runs')).length).toBeLessThanOrEqual(8);
  });

  test('the same inputs again: unchanged, no new commit', async () => {
    const head = await gh.branchSha(BRANCH);
    const r = await run(generateInputs({ image: 'ghcr.io/acme/payments:1.1.0' }));
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ outcome: 'unchanged', 'pull-request-operation': 'unchanged', 'commit-sha': head });
    expect(await gh.branchSha(BRANCH)).toBe(head);
  });

  test('mode validate on the pull request’s pull_request event: a check run on its head', async () => {
    const pr = withOwnerUrls((await gh.direct('GET', `/repos/${OWNER}/${REPO}/pulls/${prNumber}`)).data);
    const payload = { action: 'opened', number: prNumber, pull_request: pr, repository, sender };
    expect(validateComponent('webhook-pull-request-opened', payload)).toEqual([]);
    // The checkout of the PR head: the example repo plus the proposal's files.
    const ws = mkdtempSync(join(tmpdir(), 'workspace-pr-'));
    cpSync(EXAMPLE, ws, { recursive: true });
    const cmp = (await gh.direct('GET', `/repos/${OWNER}/${REPO}/compare/main...${BRANCH}`)).data;
    for (const f of cmp.files as Array<{ filename: string }>) {
      const content = await gh.fileAt(BRANCH, f.filename);
      mkdirSync(dirname(join(ws, f.filename)), { recursive: true });
      writeFileSync(join(ws, f.filename), content ?? '');
    }
    const r = await run({ mode: 'validate', 'check-name': 'gitops / validate', 'repo-url': REPO_URL }, 'pull_request', payload, ws);
    expect(r.code).toBe(0);
    const runs = (await gh.checkRuns(pr.head.sha)).filter((c) => c.name === 'gitops / validate');
    expect(runs.map((c) => [c.status, c.conclusion])).toEqual([['completed', 'success']]);

    // render: changed renders only the charts the pull request touches (its files listed through the API).
    const changed = await run({ mode: 'validate', 'check-name': 'gitops / render', 'repo-url': REPO_URL, render: 'changed', 'helm-path': helmBinary() }, 'pull_request', payload, ws);
    expect(changed.code).toBe(0);
    const proposed = (cmp.files as Array<{ filename: string }>).length;
    expect(changed.stdout).toContain(`render: changed: ${proposed} changed file(s) in the platform repo.`);
    const apps = (cmp.files as Array<{ filename: string }>).filter((f) => f.filename.endsWith('-application.yaml')).length;
    expect(changed.stdout).toMatch(new RegExp(`Rendered ${apps} Helm sources? with helm v3[^;]*; \\d+ not touched by the change, not rendered`));

    // The same pull request with a wrong repo-url: errors, a failing check with annotations, a failing step.
    const bad = await run({ mode: 'validate', 'check-name': 'gitops / validate (wrong url)' }, 'pull_request', payload, ws);
    expect(bad.code).toBe(1);
    const [failing] = (await gh.checkRuns(pr.head.sha)).filter((c) => c.name === 'gitops / validate (wrong url)');
    expect(failing.conclusion).toBe('failure');
    expect(failing.output.annotations_count).toBeGreaterThan(0);
  });

  test('a person pushed to the branch without touching the proposal’s files: the next run goes on top, keeping their commit', async () => {
    const theirs = await gh.commitFiles(BRANCH, { 'docs/payments.md': '# Payments runbook\n' }, 'Add a runbook');
    const r = await run(generateInputs({ image: 'ghcr.io/acme/payments:1.1.1' }));
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ outcome: 'allowed', 'pull-request-operation': 'updated', 'pull-request-number': String(prNumber) });
    const ahead = await gh.commitsAhead(BRANCH);
    expect(ahead[0].sha).toBe(r.outputs['commit-sha']);
    expect(ahead.map((c) => c.sha)).toContain(theirs);
    expect(await gh.fileAt(BRANCH, 'docs/payments.md')).toBe('# Payments runbook\n');
  });

  test('a person pushed to the branch, touching a proposal file: the run halts and names their commit', async () => {
    const path = `gitops/${APPLICATION}/staging/${SERVICE}/values.yaml`;
    const current = await gh.fileAt(BRANCH, path);
    expect(current).toBeDefined();
    const theirs = await gh.commitFiles(BRANCH, { [path]: `${current}# tuned by hand\n` }, 'Tune payments by hand');
    const r = await run(generateInputs({ image: 'ghcr.io/acme/payments:1.2.0' }));
    expect(r.code).not.toBe(0);
    expect(r.outputs.outcome).toBe('halted');
    expect(r.stdout + r.stderr).toContain(theirs.slice(0, 7));
    expect(await gh.branchSha(BRANCH)).toBe(theirs);
    expect(await gh.pulls('all')).toHaveLength(1);
  });

  test('a denied proposal: no branch, no pull request, the job fails with the reasons', async () => {
    const before = (await gh.pulls('all')).length;
    const r = await run(generateInputs({ service: 'intruder', namespace: 'kube-system' }));
    expect(r.code).not.toBe(0);
    expect(r.outputs.outcome).toBe('denied');
    expect(r.stdout).toMatch(/::error.*CON-005/);
    expect(r.summary).toContain('CON-005');
    expect(await gh.branchSha(`gitops/${APPLICATION}/intruder`)).toBeUndefined();
    expect((await gh.pulls('all')).length).toBe(before);
  });

  test('a CI workflow with the GITHUB_TOKEN: stops before writing, naming the fix', async () => {
    gh.clearTraffic();
    const r = await run(generateInputs({ service: 'withci', 'ci-workflow': 'generate' }));
    expect(r.code).not.toBe(0);
    expect(r.stdout + r.stderr).toMatch(/GitHub App installation token.*'workflow' scope.*ci-workflow: skip/s);
    expect(gh.calls((c) => c.method !== 'GET')).toEqual([]);
    expect(await gh.branchSha(`gitops/${APPLICATION}/withci`)).toBeUndefined();
  });

  test('a CI workflow with an App token (workflow-write: allow): published with the workflow file', async () => {
    const r = await run(generateInputs({ service: 'withapp', 'ci-workflow': 'generate', 'workflow-write': 'allow' }));
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ outcome: 'allowed', 'pull-request-operation': 'created', branch: `gitops/${APPLICATION}/withapp` });
    expect(await gh.fileAt(`gitops/${APPLICATION}/withapp`, '.github/workflows/withapp-ci.yaml')).toBeDefined();
  });

  test('the pull request refused after the branch was pushed: the step fails, and the branch and commit-sha outputs name what was pushed', async () => {
    gh.inject({
      method: 'POST',
      path: /\/pulls$/,
      action: { kind: 'status', status: 403, body: { message: 'GitHub Actions is not permitted to create or approve pull requests.', documentation_url: 'https://docs.github.com/rest' } },
    });
    const r = await run(generateInputs({ service: 'norights' }));
    expect(r.code).toBe(1);
    const branch = `gitops/${APPLICATION}/norights`;
    const sha = await gh.branchSha(branch);
    expect(sha).toEqual(expect.any(String));
    expect(r.stdout).toContain(`The branch ${branch} holds the proposal (commit ${sha!.slice(0, 7)})`);
    expect(r.outputs).toMatchObject({ outcome: 'allowed', branch, 'commit-sha': sha });
    expect(r.outputs['pull-request-number']).toBeUndefined();
  });
  test('mode validate with path in a subfolder: SARIF locations resolve under %SRCROOT%; an unwritable report-file is the input named, the counts still set', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'workspace-sub-'));
    cpSync(EXAMPLE, join(ws, 'plat'), { recursive: true });
    // Argo CD reads source paths from the repository root: plat/gitops/..., as validate does.
    for (const c of readdirSync(join(ws, 'plat/argo-apps'))) {
      for (const f of readdirSync(join(ws, 'plat/argo-apps', c))) {
        const p = join(ws, 'plat/argo-apps', c, f);
        writeFileSync(p, readFileSync(p, 'utf8').replace(/^(\s+path: )gitops\//gm, '$1plat/gitops/'));
      }
    }
    const out = mkdtempSync(join(tmpdir(), 'reports-'));
    const sarifFile = join(out, 'gitops.sarif');
    // One error, so that the SARIF log has a result with a location.
    const appFile = join(ws, 'plat/argo-apps/argo-apps-staging/cart-application.yaml');
    writeFileSync(appFile, readFileSync(appFile, 'utf8').replace(/\n\s*targetRevision:.*\n/, '\n'));
    const r = await run({ mode: 'validate', path: 'plat', 'repo-url': REPO_URL, 'sarif-file': sarifFile, 'report-file': join(out, 'report.json') }, 'push', {}, ws);
    expect(r.code).toBe(1);
    const log = JSON.parse(readFileSync(sarifFile, 'utf8'));
    const root = new URL(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri);
    const uris = log.runs[0].results.map((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0].physicalLocation.artifactLocation.uri);
    expect(uris.length).toBeGreaterThan(0);
    for (const u of uris) expect(existsSync(fileURLToPath(new URL(u, root.href.endsWith('/') ? root : new URL(`${root.href}/`))))).toBe(true);

    const unwritable = await run({ mode: 'validate', path: 'plat', 'repo-url': REPO_URL, 'fail-on': 'never', 'report-file': out }, 'push', {}, ws);
    expect(unwritable.code).toBe(1);
    expect(unwritable.stdout).toMatch(/::error::Input 'report-file': cannot write .*EISDIR/);
    expect(unwritable.stdout).not.toMatch(/internal error/);
    expect(unwritable.outputs.errors).toBe('1');
  });
});

suite('the action, end to end, before it calls GitHub', () => {
  const NO_API = 'http://127.0.0.1:9'; // nothing here may reach GitHub: a call would fail the run
  const runValidate = (ws: string, inputs: Record<string, string>) =>
    runAction({ inputs: { mode: 'validate', 'repo-url': REPO_URL, ...inputs }, eventName: 'push', payload: {}, workspace: ws, apiUrl: NO_API, repository: `${OWNER}/${REPO}`, token: ACTION_TOKEN, sha: 'a'.repeat(40), ref: 'refs/heads/main' });

  test('mode generate: a temp directory it cannot write its validation copy in fails the step naming it and the OS error, before any branch', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'workspace-tmp-'));
    cpSync(EXAMPLE, ws, { recursive: true });
    const before = snapshot(ws);
    const missing = join(ws, '..', `no-such-tmp-${process.pid}`);
    const r = await runAction({
      inputs: generateInputs(),
      eventName: 'workflow_dispatch',
      payload: { inputs: { service: SERVICE }, ref: 'refs/heads/main', workflow: '.github/workflows/gitops.yml' },
      workspace: ws,
      apiUrl: NO_API,
      repository: `${OWNER}/${REPO}`,
      token: ACTION_TOKEN,
      sha: 'a'.repeat(40),
      ref: 'refs/heads/main',
      env: { TMPDIR: missing },
    });
    expect(r.code).toBe(1);
    expect(r.outputs.outcome).toBe('allowed'); // the gate allowed it; the copy is what failed
    const error = r.stdout.split('\n').find((l) => l.startsWith('::error::')) ?? '';
    expect(error).toContain(`::error::Could not validate the repository with the proposal, in a temporary copy (${join(missing, 'gitops-proposal-*')}): no such file or directory (ENOENT) at ${join(missing, 'gitops-proposal-')}`);
    expect(error).toContain('No branch or pull request was made, and the checkout is untouched.');
    expect(r.stdout).not.toMatch(/internal error/);
    expect(r.outputs['pull-request-number']).toBeUndefined();
    expect(snapshot(ws)).toBe(before);
  });

  test('render: true with helm-path: a template Helm refuses is an annotation on its line and fails the step', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'workspace-render-'));
    cpSync(EXAMPLE, ws, { recursive: true });
    const report = join(mkdtempSync(join(tmpdir(), 'reports-')), 'report.json');
    const clean = await runValidate(ws, { render: 'true', 'helm-path': helmBinary(), 'report-file': report });
    expect(clean.code).toBe(0);
    expect(clean.stdout).toMatch(/Rendered \d+ Helm sources with helm v3/);
    // Break one template of one chart the example's Applications use.
    const tpl = readdirSync(join(ws, 'gitops'), { recursive: true, encoding: 'utf8' }).find((f) => f.endsWith('templates/deployment.yaml'))!;
    const rel = `gitops/${tpl.split('\\').join('/')}`;
    writeFileSync(join(ws, rel), `${readFileSync(join(ws, rel), 'utf8')}\n{{ if .Values.never }}\n`);
    const r = await runValidate(ws, { render: 'true', 'helm-path': helmBinary(), 'report-file': report });
    expect(r.code).toBe(1);
    const findings = JSON.parse(readFileSync(report, 'utf8')).findings as { ruleId: string; file: string }[];
    expect(findings.filter((f) => f.ruleId === 'chart.render').map((f) => f.file)).toEqual([rel]);
    expect(r.stdout).toContain(`file=${rel},line=`);
    const missing = await runValidate(ws, { render: 'true', 'helm-path': '/nonexistent/helm', 'report-file': report });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(/::error::.*'\/nonexistent\/helm' was not found/);
    expect(missing.stdout).not.toMatch(/internal error/);
  });

  test('the job summary\'s verdict follows fail-on, as the step does', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'workspace-failon-'));
    cpSync(EXAMPLE, ws, { recursive: true });
    // One warning (a chart no Application uses), no error.
    cpSync(join(ws, 'gitops/shop/staging/cart'), join(ws, 'gitops/shop/staging/unused'), { recursive: true });
    const warning = await runValidate(ws, { 'fail-on': 'warning' });
    expect(warning.code).toBe(1);
    expect(warning.outputs).toMatchObject({ errors: '0', warnings: '1' });
    expect(warning.summary.split('\n')[0]).toBe('## ❌ GitOps validation failed: 1 warning (fail-on is warning)');
    expect((await runValidate(ws, {})).summary.split('\n')[0]).toBe('## ⚠️ GitOps validation passed with 1 warning');
    // fail-on: never passes the step with errors: the summary calls them advisory, not a failure.
    const never = await runValidate(ws, { 'fail-on': 'never', 'repo-url': 'https://github.com/acme/elsewhere.git' });
    expect(never.code).toBe(0);
    expect(Number(never.outputs.errors)).toBeGreaterThan(0);
    expect(never.summary.split('\n')[0]).toMatch(/^## ⚠️ GitOps validation found \d+ errors, 1 warning \(advisory: fail-on is never\)$/);
  });

  test('a path input that is a file: an input error naming it, nothing validated', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'workspace-pathfile-'));
    cpSync(EXAMPLE, ws, { recursive: true });
    const r = await runValidate(ws, { path: 'argo-apps/argo-apps-staging/cart-application.yaml' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`::error::Input 'path': "argo-apps/argo-apps-staging/cart-application.yaml" is a file, not a directory`);
    expect(r.stdout).not.toMatch(/internal error|::error title=/);
    expect(r.outputs.errors).toBeUndefined();
  });

  test('a `.json` Application is judged by the policies as its YAML twin is: a denial on its own line', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'workspace-json-'));
    cpSync(EXAMPLE, ws, { recursive: true });
    // The staging cart Application written as JSON (Argo CD's directory source applies it),
    // deploying into a protected namespace (CON-005); validate's own rules have no objection.
    const yamlFile = join(ws, 'argo-apps/argo-apps-staging/cart-application.yaml');
    const app = parse(readFileSync(yamlFile, 'utf8'));
    app.spec.destination.namespace = 'kube-system';
    const json = `${JSON.stringify(app, null, 2)}\n`;
    const jsonRel = 'argo-apps/argo-apps-staging/cart-application.json';
    writeFileSync(join(ws, jsonRel), json);
    rmSync(yamlFile);
    const report = join(mkdtempSync(join(tmpdir(), 'reports-')), 'report.json');

    const without = await runValidate(ws, { 'report-file': report });
    expect(without.code).toBe(0);

    const sarif = join(dirname(report), 'gitops.sarif');
    const r = await runValidate(ws, { 'policy-on-validate': 'true', 'report-file': report, 'sarif-file': sarif });
    expect(r.code).toBe(1);
    // Code scanning titles the alert with the rule's own title, and links its POLICIES.md section.
    const rules = JSON.parse(readFileSync(sarif, 'utf8')).runs[0].tool.driver.rules as { id: string; shortDescription: { text: string }; helpUri?: string }[];
    expect(rules.find((x) => x.id === 'CON-005')).toMatchObject({ shortDescription: { text: 'No deployment into a protected namespace' }, helpUri: expect.stringMatching(/POLICIES\.md#con-005-/) });
    const findings = JSON.parse(readFileSync(report, 'utf8')).findings as { ruleId: string; file: string; line: number }[];
    expect(findings.filter((f) => f.ruleId === 'CON-005')).toEqual([
      expect.objectContaining({ file: jsonRel, line: json.split('\n').findIndex((l) => l.includes('"kube-system"')) + 1 }),
    ]);
    expect(r.stdout).toContain(`file=${jsonRel},line=`);
  });
});
