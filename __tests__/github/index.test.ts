import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalGitHub, useLocalGitHub, OWNER, REPO, ACTION_TOKEN } from '../../__fixtures__/github/local-github.js';
import { makeProposal, allowDecision, denyDecision } from '../../__fixtures__/github/proposal.js';
import { createGitHubApi } from '../../src/github/client.js';
import { runContextFromEnv, publishWithCheck, validateWithCheck, failureOutputs, type GitHubSettings } from '../../src/github/index.js';
import { GitHubRefusalError } from '../../src/errors.js';

let gh: LocalGitHub;
useLocalGitHub((server) => (gh = server));

const settings: GitHubSettings = {
  token: ACTION_TOKEN,
  checkName: 'gitops / generate',
  branchPrefix: 'gitops/',
  labels: [],
  reviewers: [],
  teamReviewers: [],
  draft: false,
};
const api = () => createGitHubApi({ token: ACTION_TOKEN, baseUrl: gh.url, paceWrites: false });

test('runContextFromEnv reads the repository, the default branch, the PR head and the run link', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ctx-'));
  const event = join(dir, 'event.json');
  writeFileSync(event, JSON.stringify({ repository: { default_branch: 'trunk' }, pull_request: { head: { sha: 'a'.repeat(40) } } }));
  expect(
    runContextFromEnv({
      GITHUB_REPOSITORY: 'acme/platform',
      GITHUB_EVENT_PATH: event,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_SERVER_URL: 'https://github.example',
      GITHUB_RUN_ID: '42',
    }),
  ).toEqual({
    owner: 'acme',
    repo: 'platform',
    eventName: 'pull_request',
    defaultBranch: 'trunk',
    pullRequestHeadSha: 'a'.repeat(40),
    pullRequestBaseShas: [],
    runUrl: 'https://github.example/acme/platform/actions/runs/42',
  });
});

test('publishWithCheck: the pull request, then a check run on the proposal’s commit, and the outputs', async () => {
  const context = { owner: OWNER, repo: REPO, eventName: 'workflow_dispatch', defaultBranch: 'main' };
  const { result, check, outputs } = await publishWithCheck({ api: api(), context, settings, proposal: makeProposal(), decision: allowDecision() });
  expect(result.operation).toBe('created');
  expect(check?.kind).toBe('check-run');
  const runs = await gh.checkRuns(result.commitSha!);
  expect(runs.map((r) => [r.name, r.conclusion])).toEqual([['gitops / generate', 'success']]);
  expect(outputs).toEqual({
    outcome: 'allowed',
    branch: 'gitops/shop/payments',
    'pull-request-operation': 'created',
    'pull-request-number': String(result.number),
    'pull-request-url': result.url,
    'commit-sha': result.commitSha,
  });
});

describe('a publish that fails: the outputs it still knows', () => {
  const context = { owner: OWNER, repo: REPO, eventName: 'workflow_dispatch', defaultBranch: 'main' };
  const refused = { kind: 'status' as const, status: 403, body: { message: 'GitHub Actions is not permitted to create or approve pull requests.', documentation_url: 'https://docs.github.com/rest' } };

  test('the pull request refused after the branch was pushed: branch and commit-sha name what the error names', async () => {
    gh.inject({ method: 'POST', path: /\/pulls$/, action: refused });
    const err = await publishWithCheck({ api: api(), context, settings, proposal: makeProposal({ service: 'refusedpr' }), decision: allowDecision() }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(GitHubRefusalError);
    const sha = await gh.branchSha('gitops/shop/refusedpr');
    expect(sha).toEqual(expect.any(String));
    expect((err as Error).message).toContain(sha!.slice(0, 7));
    expect(failureOutputs(err)).toEqual({ branch: 'gitops/shop/refusedpr', 'commit-sha': sha });
  });

  test('refused before anything was pushed: no branch, no commit in the outputs', async () => {
    gh.inject({ method: 'POST', path: /\/git\/trees$/, action: { ...refused, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' } } });
    const err = await publishWithCheck({ api: api(), context, settings, proposal: makeProposal({ service: 'refusedtree' }), decision: allowDecision() }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((err as Error).message).toContain('Nothing was pushed');
    expect(failureOutputs(err)).toEqual({});
    expect(await gh.branchSha('gitops/shop/refusedtree')).toBeUndefined();
  });
});

test('publishWithCheck with a denial: no call at all, outcome denied', async () => {
  gh.clearTraffic();
  const context = { owner: OWNER, repo: REPO, eventName: 'workflow_dispatch', defaultBranch: 'main' };
  const { outputs, check } = await publishWithCheck({
    api: api(),
    context,
    settings,
    proposal: makeProposal({ service: 'nope' }),
    decision: denyDecision(),
  });
  expect(check).toBeUndefined();
  expect(outputs.outcome).toBe('denied');
  expect(outputs.branch).toBe('');
  expect(gh.calls()).toEqual([]);
});

test('validateWithCheck: a check on the pull request head; nothing outside pull requests', async () => {
  const sha = (await gh.branchSha('main'))!;
  const r = await validateWithCheck({
    api: api(),
    context: { owner: OWNER, repo: REPO, eventName: 'pull_request', pullRequestHeadSha: sha },
    token: ACTION_TOKEN,
    checkName: 'gitops / validate',
    findings: [],
  });
  expect(r?.kind).toBe('check-run');
  expect(
    await validateWithCheck({ api: api(), context: { owner: OWNER, repo: REPO, eventName: 'push' }, token: ACTION_TOKEN, checkName: 'x', findings: [] }),
  ).toBeUndefined();
});

test('validate on a merge queue (merge_group): the check run is on the queue’s commit, where branch protection asks for required checks', async () => {
  const base = (await gh.branchSha('main'))!;
  await gh.direct('POST', `/repos/${OWNER}/${REPO}/git/refs`, { ref: 'refs/heads/gh-readonly-queue/main/pr-7-abc', sha: base });
  const sha = await gh.commitFiles('gh-readonly-queue/main/pr-7-abc', { 'docs/queued.md': 'queued\n' }, 'Merge queue commit');
  const dir = mkdtempSync(join(tmpdir(), 'ctx-'));
  const event = join(dir, 'event.json');
  // GitHub's merge_group payload: no pull_request, the queue's commit in merge_group.head_sha.
  writeFileSync(event, JSON.stringify({ action: 'checks_requested', merge_group: { head_sha: sha, head_ref: 'refs/heads/gh-readonly-queue/main/pr-7-abc', base_sha: base, base_ref: 'refs/heads/main' } }));
  const context = runContextFromEnv({ GITHUB_REPOSITORY: `${OWNER}/${REPO}`, GITHUB_EVENT_PATH: event, GITHUB_EVENT_NAME: 'merge_group', GITHUB_SHA: sha });
  expect(context.mergeGroupHeadSha).toBe(sha);
  const r = await validateWithCheck({ api: api(), context, token: ACTION_TOKEN, checkName: 'gitops / validate', findings: [], checkoutSha: sha });
  expect(r?.kind).toBe('check-run');
  expect((await gh.checkRuns(sha)).map((c) => [c.name, c.conclusion])).toEqual([['gitops / validate', 'success']]);
});

describe('validate on a pull request whose checkout is its base branch (pull_request_target, actions/checkout without ref)', () => {
  test('the event’s base sha, and on pull_request_target GITHUB_SHA, are known as the base', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ctx-'));
    const event = join(dir, 'event.json');
    writeFileSync(event, JSON.stringify({ number: 7, pull_request: { number: 7, head: { sha: 'a'.repeat(40) }, base: { sha: 'b'.repeat(40) } } }));
    const env = { GITHUB_REPOSITORY: 'acme/platform', GITHUB_EVENT_PATH: event, GITHUB_SHA: 'c'.repeat(40) };
    expect(runContextFromEnv({ ...env, GITHUB_EVENT_NAME: 'pull_request_target' }).pullRequestBaseShas).toEqual(['b'.repeat(40), 'c'.repeat(40)]);
    // On pull_request, GITHUB_SHA is GitHub's merge commit of the pull request: not the base.
    expect(runContextFromEnv({ ...env, GITHUB_EVENT_NAME: 'pull_request' }).pullRequestBaseShas).toEqual(['b'.repeat(40)]);
  });

  test('no check on the head for findings of the base: a warning that says why and how to check out the head; the head itself is checked', async () => {
    const base = (await gh.branchSha('main'))!;
    await gh.direct('POST', `/repos/${OWNER}/${REPO}/git/refs`, { ref: 'refs/heads/from-fork', sha: base });
    const head = await gh.commitFiles('from-fork', { 'argo-apps/argo-apps-dev/x-application.yaml': 'kind: Application\n' }, 'a change from a fork');
    const context = { owner: OWNER, repo: REPO, eventName: 'pull_request_target', pullRequestHeadSha: head, pullRequestBaseShas: [base], pullRequestNumber: 7 };
    const warnings: string[] = [];
    const log = { info: () => undefined, warn: (m: string) => void warnings.push(m) };
    const r = await validateWithCheck({ api: api(), context, token: ACTION_TOKEN, checkName: 'gitops / validate', findings: [], checkoutSha: base, log });
    expect(r).toMatchObject({ kind: 'warning' });
    expect(warnings.join('\n')).toMatch(
      new RegExp(`^The check 'gitops / validate' is not reported on pull request #7: the checkout \\(${base.slice(0, 7)}\\) is its base branch, not its head \\(${head.slice(0, 7)}\\).*pull_request_target.*ref: \\$\\{\\{ github\\.event\\.pull_request\\.head\\.sha \\}\\}`),
    );
    expect(await gh.checkRuns(head)).toEqual([]);
    const checked = await validateWithCheck({ api: api(), context, token: ACTION_TOKEN, checkName: 'gitops / validate', findings: [], checkoutSha: head, log });
    expect(checked?.kind).toBe('check-run');
    expect((await gh.checkRuns(head)).map((c) => c.conclusion)).toEqual(['success']);
  });
});

test('a pull request from a fork (read-only token): the refusals say so, instead of asking to grant what cannot be granted', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ctx-'));
  const event = join(dir, 'event.json');
  const sha = (await gh.branchSha('main'))!;
  writeFileSync(event, JSON.stringify({ pull_request: { number: 9, head: { sha, repo: { full_name: 'mallory/platform' } }, base: { sha, repo: { full_name: 'acme/platform' } } } }));
  const context = runContextFromEnv({ GITHUB_REPOSITORY: 'acme/platform', GITHUB_EVENT_PATH: event, GITHUB_EVENT_NAME: 'pull_request' });
  expect(context.pullRequestFork).toBe('mallory/platform');
  const forbidden = { kind: 'status' as const, status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' } };
  gh.inject({ method: 'POST', path: /\/check-runs$/, action: forbidden });
  gh.inject({ method: 'POST', path: /\/statuses\/[0-9a-f]{40}$/, action: forbidden });
  const warnings: string[] = [];
  const r = await validateWithCheck({ api: api(), context, token: ACTION_TOKEN, checkName: 'gitops / validate', findings: [], log: { info: () => undefined, warn: (m) => void warnings.push(m) } });
  expect(r?.kind).toBe('warning');
  expect(warnings).toHaveLength(2);
  for (const w of warnings) expect(w).toMatch(/the pull request comes from the fork mallory\/platform, and GitHub gives its pull_request runs a read-only token/);
  expect(warnings.join('\n')).not.toMatch(/Grant/);
  expect(warnings[1]).toMatch(/the findings are in the job's annotations and summary\. Result: Valid/);
  // The same repository: no fork.
  writeFileSync(event, JSON.stringify({ pull_request: { head: { sha, repo: { full_name: 'acme/platform' } }, base: { sha, repo: { full_name: 'acme/platform' } } } }));
  expect(runContextFromEnv({ GITHUB_REPOSITORY: 'acme/platform', GITHUB_EVENT_PATH: event, GITHUB_EVENT_NAME: 'pull_request' }).pullRequestFork).toBeUndefined();
});
