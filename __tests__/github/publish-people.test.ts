/**
 * publishProposal against the local GitHub, where a person's work on the branch meets what
 * GitHub does not say in one answer: a commit of more than 300 files, a cluster the request
 * dropped, a branch force-pushed to an unrelated history, a reviewer GitHub refuses.
 */
import { LocalGitHub, useLocalGitHub, OWNER, REPO, ACTION_TOKEN, PERSON_TOKEN } from '../../__fixtures__/github/local-github.js';
import { makeProposal, allowDecision } from '../../__fixtures__/github/proposal.js';
import { createGitHubApi } from '../../src/github/client.js';
import { publishProposal, type PublishParams } from '../../src/github/publish.js';

let gh: LocalGitHub;
useLocalGitHub((server) => (gh = server), { noPendingFaults: true });

const R = `/repos/${OWNER}/${REPO}`;
const api = () => createGitHubApi({ token: ACTION_TOKEN, baseUrl: gh.url, paceWrites: false, retryAfterBaseValueMs: 20 });
const params = (o: Partial<PublishParams> = {}): PublishParams => ({ owner: OWNER, repo: REPO, proposal: makeProposal(), decision: allowDecision(), base: 'main', ...o });

test('a person’s commit of more than 300 files that also edits a proposal file halts (GitHub lists 300 files a page)', async () => {
  const service = 'wide';
  const branch = `gitops/shop/${service}`;
  expect((await publishProposal(api(), params({ proposal: makeProposal({ service }) }))).operation).toBe('created');
  const valuesPath = `gitops/shop/prod-eu/${service}/values.yaml`;
  const files: Record<string, string> = {};
  for (let i = 0; i < 349; i++) files[`docs/runbooks/r-${String(i).padStart(3, '0')}.md`] = `# runbook ${i}\n`;
  files[valuesPath] = `${await gh.fileAt(branch, valuesPath)}# tuned by hand, keep\n`;
  const theirs = await gh.commitFiles(branch, files, 'Runbooks, and tune by hand');
  const r = await publishProposal(api(), params({ proposal: makeProposal({ service, revision: '2.0.0' }) }));
  expect(r.outcome).toBe('halted');
  expect(r.halted?.message).toContain(theirs.slice(0, 7));
  expect(await gh.fileAt(branch, valuesPath)).toContain('tuned by hand, keep');
  expect(await gh.branchSha(branch)).toBe(theirs);
});

test('a person’s commit of more than 300 files that leaves the proposal’s files alone: the proposal goes on top', async () => {
  const service = 'widedocs';
  const branch = `gitops/shop/${service}`;
  await publishProposal(api(), params({ proposal: makeProposal({ service }) }));
  const files: Record<string, string> = {};
  for (let i = 0; i < 320; i++) files[`docs/more/r-${String(i).padStart(3, '0')}.md`] = `# runbook ${i}\n`;
  const theirs = await gh.commitFiles(branch, files, 'Runbooks');
  const r = await publishProposal(api(), params({ proposal: makeProposal({ service, revision: '2.0.0' }) }));
  // The emulator pages a commit's files as GitHub does (per_page up to 100): all 320 are seen.
  expect(r.halted?.message).toBeUndefined();
  expect(r.operation).toBe('updated');
  expect(await gh.fileAt(branch, 'docs/more/r-000.md')).toBe('# runbook 0\n');
  expect((await gh.commitsAhead(branch)).map((c) => c.sha)).toContain(theirs);
});

test.each([
  ['no person’s commit', false],
  ['a person’s commit of other files on the branch', true],
])('a cluster dropped from the request leaves the branch: %s', async (_label, person) => {
  const service = person ? 'shrinkp' : 'shrinkc';
  const branch = `gitops/shop/${service}`;
  await publishProposal(api(), params({ proposal: makeProposal({ service, clusters: ['staging', 'prod-eu'] }) }));
  if (person) await gh.commitFiles(branch, { [`docs/${service}.md`]: '# runbook\n' }, 'Add a runbook');
  const r = await publishProposal(api(), params({ proposal: makeProposal({ service, clusters: ['staging'] }) }));
  expect(r.operation).toBe('updated');
  expect(await gh.fileAt(branch, `argo-apps/argo-apps-prod-eu/${service}-application.yaml`)).toBeUndefined();
  expect(await gh.fileAt(branch, `gitops/shop/prod-eu/${service}/Chart.yaml`)).toBeUndefined();
  expect(await gh.fileAt(branch, `argo-apps/argo-apps-staging/${service}-application.yaml`)).toBeDefined();
  if (person) expect(await gh.fileAt(branch, `docs/${service}.md`)).toBe('# runbook\n');
});

test('a dropped cluster’s file that a person edited halts instead of being deleted', async () => {
  const service = 'shrinkedit';
  const branch = `gitops/shop/${service}`;
  await publishProposal(api(), params({ proposal: makeProposal({ service, clusters: ['staging', 'prod-eu'] }) }));
  const values = `gitops/shop/prod-eu/${service}/values.yaml`;
  const theirs = await gh.commitFiles(branch, { [values]: `${await gh.fileAt(branch, values)}# mine\n` }, 'Tune prod-eu');
  const r = await publishProposal(api(), params({ proposal: makeProposal({ service, clusters: ['staging'] }) }));
  expect(r.outcome).toBe('halted');
  expect(r.halted?.message).toContain(values);
  expect(r.halted?.message).toContain(theirs.slice(0, 7));
  expect(await gh.branchSha(branch)).toBe(theirs);
});

test('a branch force-pushed to a history unrelated to base halts naming its head (not a race, not a bug)', async () => {
  const service = 'unrelated';
  const branch = `gitops/shop/${service}`;
  await publishProposal(api(), params({ proposal: makeProposal({ service }) }));
  const tree = (await gh.direct('POST', `${R}/git/trees`, { tree: [{ path: 'theirs.md', mode: '100644', type: 'blob', content: 'mine\n' }] }, PERSON_TOKEN)).data;
  const commit = (await gh.direct('POST', `${R}/git/commits`, { message: 'Start over', tree: tree.sha, parents: [] }, PERSON_TOKEN)).data;
  await gh.direct('PATCH', `${R}/git/refs/heads/${encodeURIComponent(branch)}`, { sha: commit.sha, force: true }, PERSON_TOKEN);
  const r = await publishProposal(api(), params({ proposal: makeProposal({ service, revision: '2.0.0' }) }));
  expect(r.outcome).toBe('halted');
  expect(r.halted?.message).toMatch(/shares no history with main/);
  expect(r.halted?.message).toContain(commit.sha.slice(0, 7));
  expect(await gh.branchSha(branch)).toBe(commit.sha);
});

test('one reviewer GitHub refuses: the others are still requested, and the warning names the refused one', async () => {
  const warnings: string[] = [];
  const r = await publishProposal(api(), params({ proposal: makeProposal({ service: 'reviewed' }), reviewers: ['bob', 'nobody-such-user'], log: { info: () => undefined, warn: (m) => warnings.push(m) } }));
  const pr = (await gh.direct('GET', `${R}/pulls/${r.number}`)).data;
  expect(pr.requested_reviewers.map((u: { login: string }) => u.login)).toEqual(['bob']);
  expect(warnings.join('\n')).toMatch(/nobody-such-user/);
  expect(warnings.join('\n')).toMatch(/The others were requested/);
  expect(warnings.join('\n')).not.toMatch(/\bbob\b/);
});

test('a cluster dropped while the branch changes more than 300 files (a person’s 320, sorted before the proposal’s): it still leaves', async () => {
  const service = 'capstale';
  const branch = `gitops/shop/${service}`;
  await publishProposal(api(), params({ proposal: makeProposal({ service, clusters: ['staging', 'prod-eu'] }) }));
  const files: Record<string, string> = {};
  for (let i = 0; i < 320; i++) files[`adr/${String(i).padStart(4, '0')}-decision.md`] = `# ADR ${i}\n`;
  await gh.commitFiles(branch, files, 'Import our ADRs');
  const r = await publishProposal(api(), params({ proposal: makeProposal({ service, clusters: ['staging'] }) }));
  expect(r.halted?.message).toBeUndefined();
  expect(r.operation).toBe('updated');
  expect(await gh.fileAt(branch, `argo-apps/argo-apps-prod-eu/${service}-application.yaml`)).toBeUndefined();
  expect(await gh.fileAt(branch, `gitops/shop/prod-eu/${service}/Chart.yaml`)).toBeUndefined();
  expect(await gh.fileAt(branch, 'adr/0000-decision.md')).toBe('# ADR 0\n');
  expect(r.others?.map((c) => c.message)).toEqual(['Import our ADRs']);
});

test('a cluster dropped from a proposal of more than 300 files (no person): it leaves', async () => {
  const service = 'capstale2';
  const branch = `gitops/shop/${service}`;
  // Read from base's head (else the base check cannot list 300+ files and halts, as it should).
  const checkoutSha = await gh.branchSha('main');
  await publishProposal(api(), params({ proposal: makeProposal({ service, clusters: ['aa', 'zz'], extraFiles: 300 }), checkoutSha }));
  const r = await publishProposal(api(), params({ proposal: makeProposal({ service, clusters: ['aa'], extraFiles: 300 }), checkoutSha }));
  expect(r.halted?.message).toBeUndefined();
  expect(await gh.fileAt(branch, `argo-apps/argo-apps-zz/${service}-application.yaml`)).toBeUndefined();
  expect(await gh.fileAt(branch, `gitops/shop/zz/${service}/Chart.yaml`)).toBeUndefined();
  expect(await gh.fileAt(branch, `argo-apps/argo-apps-aa/${service}-application.yaml`)).toBeDefined();
});

test('a halt on a branch with its pull request open names the pull request (number and URL)', async () => {
  const service = 'haltpr';
  const branch = `gitops/shop/${service}`;
  const first = await publishProposal(api(), params({ proposal: makeProposal({ service }) }));
  const values = `gitops/shop/prod-eu/${service}/values.yaml`;
  await gh.commitFiles(branch, { [values]: `${await gh.fileAt(branch, values)}# mine\n` }, 'Tune');
  const r = await publishProposal(api(), params({ proposal: makeProposal({ service, revision: '2.0.0' }) }));
  expect(r.outcome).toBe('halted');
  expect(r.number).toBe(first.number);
  expect(r.url).toBe(first.url);
});

// Last: it moves main.
test('a chart the proposal keeps that base has deleted since the checkout: halts, nothing pushed', async () => {
  const kept = 'gitops/shop/prod-eu/keeper/Chart.yaml';
  await gh.commitFiles('main', { [kept]: 'apiVersion: v2\nname: keeper\nversion: 0.1.0\n' }, 'A chart', undefined, ACTION_TOKEN);
  const checkoutSha = await gh.branchSha('main');
  await gh.commitFiles('main', { [kept]: null }, 'Remove the keeper chart', undefined, ACTION_TOKEN);
  const app = makeProposal({ service: 'keeper' }).files.filter((f) => f.path.startsWith('argo-apps/'));
  const r = await publishProposal(api(), params({ proposal: { ...makeProposal({ service: 'keeper' }), files: app, kept: [kept] }, checkoutSha }));
  expect(r.outcome).toBe('halted');
  expect(r.halted?.message).toContain(`${kept}, which the proposal keeps and points its Application at, no longer exists`);
  expect(await gh.branchSha('gitops/shop/keeper')).toBeUndefined();
});

describe('a tag with the proposal branch’s name (GitHub’s compare resolves the name to the tag)', () => {
  for (const answer of ['GitHub’s 422 "Reference does not exist"', 'a 404']) {
    test(`the update of "the branch" meets ${answer}: halted naming the tag, nothing pushed, not taken for a race or a missing permission`, async () => {
      const service = answer.startsWith('a 404') ? 'tagged404' : 'tagged';
      const branch = `gitops/shop/${service}`;
      const main = await gh.branchSha('main');
      await gh.direct('POST', `${R}/git/refs`, { ref: `refs/heads/tmp-${service}`, sha: main });
      const tagged = await gh.commitFiles(`tmp-${service}`, { [`docs/${service}.md`]: 'release notes\n' }, 'Release notes');
      expect((await gh.direct('POST', `${R}/git/refs`, { ref: `refs/tags/${branch}`, sha: tagged })).status).toBe(201);
      if (!answer.startsWith('a 404')) {
        // What GitHub answers a PATCH of a ref that does not exist (the emulator answers 404).
        gh.inject({ method: 'PATCH', path: /\/git\/refs\/heads/, action: { kind: 'status', status: 422, body: { message: 'Reference does not exist', documentation_url: 'https://docs.github.com/rest/git/refs#update-a-reference', status: '422' } } });
      }
      const r = await publishProposal(api(), params({ proposal: makeProposal({ service }) }));
      expect(r.outcome).toBe('halted');
      expect(r.halted?.message).toContain(`the repository has a tag named ${branch}`);
      expect(r.halted?.message).toContain(tagged.slice(0, 7));
      expect(await gh.branchSha(branch)).toBeUndefined();
      expect((await gh.pulls('all')).filter((p) => p.head.ref === branch)).toEqual([]);
    });
  }
});
