/**
 * `render: changed`: the files a pull request or a push changes, listed through the REST API
 * of the local GitHub (emulate behind the schema-checking proxy).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalGitHub, useLocalGitHub, OWNER, REPO, ACTION_TOKEN } from '../../__fixtures__/github/local-github.js';
import { makeProposal, allowDecision } from '../../__fixtures__/github/proposal.js';
import { createGitHubApi } from '../../src/github/client.js';
import { changedFilesOfRun } from '../../src/github/changes.js';
import { runContextFromEnv } from '../../src/github/index.js';
import { publishProposal } from '../../src/github/publish.js';

let gh: LocalGitHub;
useLocalGitHub((server) => (gh = server), { noPendingFaults: true });

const api = () => createGitHubApi({ token: ACTION_TOKEN, baseUrl: gh.url, paceWrites: false, retryAfterBaseValueMs: 20 });
const warnings: string[] = [];
const log = { info: () => undefined, warn: (m: string) => void warnings.push(m) };
const context = { owner: OWNER, repo: REPO, eventName: 'pull_request' };

test('a pull request: its files, from the pulls files endpoint', async () => {
  const proposal = makeProposal({ service: 'listed' });
  const pr = await publishProposal(api(), { owner: OWNER, repo: REPO, proposal, decision: allowDecision(), base: 'main' });
  const files = await changedFilesOfRun(api(), { ...context, pullRequestNumber: pr.number! }, log);
  expect(warnings).toEqual([]);
  expect(files?.sort()).toEqual(proposal.files.map((f) => f.path).sort());
});

test('a push: the compare of before and after; a new branch (before 000…) or no event: undefined (render all)', async () => {
  const before = (await gh.branchSha('main'))!;
  const after = await gh.commitFiles('main', { 'gitops/shop/prod/x/values.yaml': 'a: 1\n' }, 'A push');
  expect(await changedFilesOfRun(api(), { ...context, eventName: 'push', pushRange: { before, after } }, log)).toEqual(['gitops/shop/prod/x/values.yaml']);
  const infos: string[] = [];
  expect(await changedFilesOfRun(api(), { ...context, eventName: 'push', pushRange: { before: '0'.repeat(40), after } }, { ...log, info: (m) => void infos.push(m) })).toBeUndefined();
  // Every chart rendered, and the log says why.
  expect(infos).toEqual(['The push creates the branch (no commit before it to compare with): every chart is rendered.']);
  expect(await changedFilesOfRun(api(), { ...context, eventName: 'workflow_dispatch' }, log)).toBeUndefined();
});

test('a push of 300 files or more (all GitHub’s compare lists): undefined, and the log says why', async () => {
  const before = (await gh.branchSha('main'))!;
  const after = await gh.commitFiles('main', Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`gitops/shop/prod/s${i}/values.yaml`, 'a: 1\n'])), 'A large push');
  const infos: string[] = [];
  expect(await changedFilesOfRun(api(), { ...context, eventName: 'push', pushRange: { before, after } }, { ...log, info: (m) => void infos.push(m) })).toBeUndefined();
  expect(infos).toEqual(["The push changes 300 files or more (GitHub's compare lists no more): every chart is rendered."]);
});

test('a merge queue (merge_group): the compare of the queue’s base and its commit, read from GitHub’s payload', async () => {
  const base = (await gh.branchSha('main'))!;
  await gh.direct('POST', `/repos/${OWNER}/${REPO}/git/refs`, { ref: 'refs/heads/gh-readonly-queue/main/pr-8-def', sha: base });
  const head = await gh.commitFiles('gh-readonly-queue/main/pr-8-def', { 'gitops/shop/prod/queued/values.yaml': 'a: 1\n' }, 'Merge queue commit');
  const dir = mkdtempSync(join(tmpdir(), 'ctx-'));
  writeFileSync(join(dir, 'event.json'), JSON.stringify({ action: 'checks_requested', merge_group: { head_sha: head, head_ref: 'refs/heads/gh-readonly-queue/main/pr-8-def', base_sha: base, base_ref: 'refs/heads/main' } }));
  const queued = runContextFromEnv({ GITHUB_REPOSITORY: `${OWNER}/${REPO}`, GITHUB_EVENT_PATH: join(dir, 'event.json'), GITHUB_EVENT_NAME: 'merge_group' });
  expect(await changedFilesOfRun(api(), queued, log)).toEqual(['gitops/shop/prod/queued/values.yaml']);
});

test('an API failure is a warning and undefined (every chart rendered), never a failed run', async () => {
  gh.inject({ method: 'GET', path: /\/pulls\/\d+\/files/, action: { kind: 'status', status: 404, body: { message: 'Not Found' } } });
  warnings.length = 0;
  expect(await changedFilesOfRun(api(), { ...context, pullRequestNumber: 9999 }, log)).toBeUndefined();
  expect(warnings.join('\n')).toMatch(/Could not list the files this pull request changes.*every chart is rendered/);
});
