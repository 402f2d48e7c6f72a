/**
 * publishProposal after the proposal's pull request was squash-merged or closed and its branch
 * kept: the branch then holds commits that base does not (a squash copies their content into
 * one new commit), so a new commit on top of it would give add/add conflicts with base. The
 * proposal goes to a fresh branch made from base's head, and the old branch stays as it is.
 */
import { LocalGitHub, useLocalGitHub, OWNER, REPO, ACTION_TOKEN } from '../../__fixtures__/github/local-github.js';
import { makeProposal, allowDecision } from '../../__fixtures__/github/proposal.js';
import { createGitHubApi } from '../../src/github/client.js';
import { publishProposal, isActionCommit, type PublishParams } from '../../src/github/publish.js';

let gh: LocalGitHub;
useLocalGitHub((server) => (gh = server), { noPendingFaults: true });

const R = `/repos/${OWNER}/${REPO}`;
const api = () => createGitHubApi({ token: ACTION_TOKEN, baseUrl: gh.url, paceWrites: false, retryAfterBaseValueMs: 20 });
const params = (o: Partial<PublishParams> = {}): PublishParams => ({ owner: OWNER, repo: REPO, proposal: makeProposal(), decision: allowDecision(), base: 'main', ...o });
/** Read from base's head, as the action is on a checkout of base. */
const onMain = async (o: Partial<PublishParams> = {}): Promise<PublishParams> => params({ checkoutSha: await gh.branchSha('main'), ...o });

async function squashMerge(number: number): Promise<void> {
  const r = await gh.direct('PUT', `${R}/pulls/${number}/merge`, { merge_method: 'squash' });
  expect(r.status).toBe(200);
}

/** The new branch applies cleanly on base: it starts at base's head, with only the action's commit on it. */
async function expectCleanOnMain(branch: string, commitSha: string | undefined): Promise<void> {
  const main = await gh.branchSha('main');
  const ahead = await gh.commitsAhead(branch);
  expect(ahead.map((c) => c.sha)).toEqual([commitSha]);
  expect(ahead[0].parents).toEqual([main]);
  expect(isActionCommit(ahead[0])).toBe(true);
}

describe('the pull request was squash-merged and its branch kept', () => {
  const service = 'squashed';
  const branch = `gitops/shop/${service}`;
  const fresh = `${branch}.2`;
  const values = `gitops/shop/prod-eu/${service}/values.yaml`;
  let oldHead: string | undefined;
  let merged: number;

  test('a changed proposal goes to a fresh branch from base, the old branch untouched; the branch output names it', async () => {
    const first = await publishProposal(api(), params({ proposal: makeProposal({ service }) }));
    expect(first.operation).toBe('created');
    merged = first.number!;
    await squashMerge(merged);
    oldHead = await gh.branchSha(branch);
    const warnings: string[] = [];
    const r = await publishProposal(api(), await onMain({ proposal: makeProposal({ service, revision: '2.0.0' }), log: { info: () => {}, warn: (m) => warnings.push(m) } }));
    expect(r).toMatchObject({ operation: 'created', outcome: 'allowed', branch: fresh });
    expect(r.number).not.toBe(merged);
    await expectCleanOnMain(fresh, r.commitSha);
    expect(await gh.fileAt(fresh, values)).toContain(`${service}:2.0.0`);
    expect(await gh.branchSha(branch)).toBe(oldHead);
    const [pr] = await gh.pulls('open');
    expect(pr).toMatchObject({ number: r.number, head: { ref: fresh }, base: { ref: 'main' } });
    expect(r.retired).toEqual([{ branch, pullRequests: [merged] }]);
    expect(warnings.join('\n')).toContain(`${branch} belongs to pull request #${merged}, which was merged`);
    expect(warnings.join('\n')).toContain(fresh);
  });

  test('the next run updates the fresh branch and its pull request, no third branch', async () => {
    const before = await gh.pulls('all');
    const r = await publishProposal(api(), await onMain({ proposal: makeProposal({ service, revision: '2.1.0' }) }));
    expect(r).toMatchObject({ operation: 'updated', outcome: 'allowed', branch: fresh });
    expect(await gh.pulls('all')).toHaveLength(before.length);
    expect(await gh.fileAt(fresh, values)).toContain(`${service}:2.1.0`);
    expect(await gh.branchSha(`${branch}.3`)).toBeUndefined();
    expect(await gh.branchSha(branch)).toBe(oldHead);
  });

  test('the fresh pull request squash-merged too, its branch kept: the one after it', async () => {
    const [pr] = (await gh.pulls('open')).filter((p) => p.head.ref === fresh);
    await squashMerge(pr.number);
    const r = await publishProposal(api(), await onMain({ proposal: makeProposal({ service, revision: '3.0.0' }) }));
    expect(r).toMatchObject({ operation: 'created', branch: `${branch}.3` });
    await expectCleanOnMain(`${branch}.3`, r.commitSha);
  });
});

test('squash-merged, then a cluster added (generation proposes only its files): the fresh branch neither carries the old commit nor deletes the merged files', async () => {
  const service = 'morecluster';
  const branch = `gitops/shop/${service}`;
  const first = await publishProposal(api(), params({ proposal: makeProposal({ service }) }));
  await squashMerge(first.number!);
  const r = await publishProposal(api(), await onMain({ proposal: makeProposal({ service, clusters: ['prod-us'] }) }));
  expect(r).toMatchObject({ operation: 'created', branch: `${branch}.2` });
  await expectCleanOnMain(`${branch}.2`, r.commitSha);
  // On the old branch, the new commit would remove the files the request no longer has: a rebase merge would delete them from main.
  expect(await gh.fileAt(`${branch}.2`, `gitops/shop/prod-eu/${service}/values.yaml`)).toBeDefined();
  expect(await gh.fileAt(`${branch}.2`, `gitops/shop/prod-us/${service}/values.yaml`)).toBeDefined();
});

test('squash-merged with the same inputs: nothing to propose, no new branch, no pull request', async () => {
  const service = 'samesquash';
  const branch = `gitops/shop/${service}`;
  const first = await publishProposal(api(), params({ proposal: makeProposal({ service }) }));
  await squashMerge(first.number!);
  const pulls = (await gh.pulls('all')).length;
  const r = await publishProposal(api(), params({ proposal: makeProposal({ service }) }));
  expect(r).toMatchObject({ operation: 'unchanged', outcome: 'unchanged' });
  expect(r.number).toBeUndefined();
  expect(await gh.pulls('all')).toHaveLength(pulls);
  expect(await gh.branchSha(`${branch}.2`)).toBeUndefined();
});

test('closed without merging, a person’s commit on the branch, base moved on: a fresh branch, their commit left where it is', async () => {
  const service = 'closedpr';
  const branch = `gitops/shop/${service}`;
  const first = await publishProposal(api(), params({ proposal: makeProposal({ service }) }));
  const theirs = await gh.commitFiles(branch, { [`docs/${service}.md`]: 'notes\n' }, 'Notes on the rollout');
  expect((await gh.direct('PATCH', `${R}/pulls/${first.number}`, { state: 'closed' })).status).toBe(200);
  await gh.commitFiles('main', { [`docs/unrelated-${service}.md`]: 'x\n' }, 'Unrelated change on main');
  const r = await publishProposal(api(), params({ proposal: makeProposal({ service, revision: '1.9.0' }) }));
  expect(r).toMatchObject({ operation: 'created', branch: `${branch}.2` });
  await expectCleanOnMain(`${branch}.2`, r.commitSha);
  expect(await gh.branchSha(branch)).toBe(theirs);
  expect(await gh.fileAt(`${branch}.2`, `docs/${service}.md`)).toBeUndefined();
});

test('a branch without any pull request (a run cut off before opening it), base moved on: completed on that branch', async () => {
  const service = 'cutoff';
  const branch = `gitops/shop/${service}`;
  gh.inject({ method: 'POST', path: /\/pulls$/, action: { kind: 'status', status: 422, body: { message: 'Validation Failed', errors: [{ resource: 'PullRequest', code: 'custom', message: 'refused for the test' }] } } });
  await expect(publishProposal(api(), params({ proposal: makeProposal({ service }) }))).rejects.toThrow();
  const pushed = await gh.branchSha(branch);
  expect(pushed).toBeDefined();
  await gh.commitFiles('main', { [`docs/unrelated-${service}.md`]: 'x\n' }, 'Unrelated change on main');
  const r = await publishProposal(api(), params({ proposal: makeProposal({ service }) }));
  expect(r).toMatchObject({ operation: 'created', branch, commitSha: pushed });
  expect(r.retired).toBeUndefined();
});
