/**
 * publishProposal against the local GitHub (emulate behind the schema-checking proxy):
 * created → updated → a person's commits → unchanged → denied, and the call budget.
 */
import { LocalGitHub, useLocalGitHub, OWNER, REPO, ACTION_TOKEN } from '../../__fixtures__/github/local-github.js';
import { makeProposal, allowDecision, denyDecision } from '../../__fixtures__/github/proposal.js';
import { createGitHubApi } from '../../src/github/client.js';
import { publishProposal, isActionCommit, PROPOSAL_TRAILER, TREE_TRAILER, PARENT_TRAILER, type PublishParams } from '../../src/github/publish.js';
import { BODY_BEGIN, BODY_END } from '../../src/github/pr-body.js';
import { WorkflowPermissionError } from '../../src/github/permissions.js';
import { GitHubRefusalError, InputError } from '../../src/errors.js';

let gh: LocalGitHub;
useLocalGitHub((server) => (gh = server), { noPendingFaults: true });

const api = () => createGitHubApi({ token: ACTION_TOKEN, baseUrl: gh.url, paceWrites: false, retryAfterBaseValueMs: 20 });
const params = (o: Partial<PublishParams> = {}): PublishParams => ({
  owner: OWNER,
  repo: REPO,
  proposal: makeProposal(),
  decision: allowDecision(),
  base: 'main',
  ...o,
});

describe('one proposal, run after run', () => {
  const service = 'payments';
  const branch = `gitops/shop/${service}`;

  test('first run: branch, one commit with the trailer, pull request with body, labels and reviewers', async () => {
    const checkoutSha = await gh.branchSha('main');
    gh.clearTraffic();
    const r = await publishProposal(api(), params({ labels: ['gitops'], reviewers: ['bob'], draft: true, checkoutSha }));
    expect(r).toMatchObject({ operation: 'created', outcome: 'allowed', branch });
    expect(r.number).toEqual(expect.any(Number));
    expect(r.url).toContain(`/pull/${r.number}`);
    expect(await gh.branchSha(branch)).toBe(r.commitSha);
    const ahead = await gh.commitsAhead(branch);
    expect(ahead).toHaveLength(1);
    expect(isActionCommit(ahead[0])).toBe(true);
    expect(ahead[0].message).toContain(`${PROPOSAL_TRAILER}: shop/payments`);
    expect(await gh.fileAt(branch, 'gitops/shop/prod-eu/payments/values.yaml')).toContain('ghcr.io/acme/payments:1.4.2');
    expect(await gh.fileAt(branch, 'README.md')).toBeDefined();
    const pulls = await gh.pulls('open');
    expect(pulls).toHaveLength(1);
    expect(pulls[0]).toMatchObject({ number: r.number, draft: true, head: { ref: branch }, base: { ref: 'main' } });
    expect(pulls[0].labels.map((l: { name: string }) => l.name)).toEqual(['gitops']);
    expect(pulls[0].requested_reviewers.map((u: { login: string }) => u.login)).toEqual(['bob']);
    expect(pulls[0].body).toContain(BODY_BEGIN);
    expect(pulls[0].body).toContain('```mermaid');
    // 6 core calls + labels + reviewers.
    expect(gh.calls().map((c) => `${c.method} ${c.path.split('?')[0]}`)).toEqual([
      `GET /repos/${OWNER}/${REPO}/compare/main...gitops%2Fshop%2Fpayments`,
      `GET /repos/${OWNER}/${REPO}/commits/refs%2Fheads%2Fmain`,
      `POST /repos/${OWNER}/${REPO}/git/trees`,
      `POST /repos/${OWNER}/${REPO}/git/commits`,
      `POST /repos/${OWNER}/${REPO}/git/refs`,
      `POST /repos/${OWNER}/${REPO}/pulls`,
      `POST /repos/${OWNER}/${REPO}/issues/${r.number}/labels`,
      `POST /repos/${OWNER}/${REPO}/pulls/${r.number}/requested_reviewers`,
    ]);
  });

  test('same inputs again: no new commit, no new pull request, operation unchanged', async () => {
    const before = await gh.branchSha(branch);
    gh.clearTraffic();
    const r = await publishProposal(api(), params());
    expect(r).toMatchObject({ operation: 'unchanged', outcome: 'unchanged', commitSha: before });
    expect(await gh.branchSha(branch)).toBe(before);
    expect(await gh.pulls('all')).toHaveLength(1);
    expect(gh.calls().map((c) => c.method)).toEqual(['GET', 'POST', 'GET']); // compare, tree, list PRs
  });

  test('a person’s text below the markers survives a changed proposal; the same PR is updated with one new commit', async () => {
    const [pr] = await gh.pulls('open');
    await gh.direct('PATCH', `/repos/${OWNER}/${REPO}/pulls/${pr.number}`, {
      body: `Reviewer notes on top.\n\n${pr.body}\n\nPlease deploy after the freeze. — alice`,
    });
    const checkoutSha = await gh.branchSha('main');
    gh.clearTraffic();
    const r = await publishProposal(api(), params({ proposal: makeProposal({ revision: '1.5.0' }), checkoutSha }));
    expect(r).toMatchObject({ operation: 'updated', outcome: 'allowed', number: pr.number });
    expect(gh.calls().length).toBeLessThanOrEqual(8);
    const ahead = await gh.commitsAhead(branch);
    expect(ahead).toHaveLength(2);
    expect(ahead.every((c) => isActionCommit(c))).toBe(true);
    expect(await gh.fileAt(branch, 'gitops/shop/prod-eu/payments/values.yaml')).toContain('payments:1.5.0');
    const pulls = await gh.pulls('all');
    expect(pulls).toHaveLength(1);
    expect(pulls[0].body.startsWith('Reviewer notes on top.')).toBe(true);
    expect(pulls[0].body.endsWith('Please deploy after the freeze. — alice')).toBe(true);
    expect(pulls[0].body).toContain('payments:1.5.0');
    expect(pulls[0].body.split(BODY_BEGIN)).toHaveLength(2);
    expect(pulls[0].body.split(BODY_END)).toHaveLength(2);
  });

  test('a person’s commit that does not touch the proposal’s files: the proposal goes on top, their commit stays', async () => {
    const theirs = await gh.commitFiles(branch, { 'docs/payments.md': '# Payments\nrunbook\n' }, 'Add a runbook');
    const r = await publishProposal(api(), params({ proposal: makeProposal({ revision: '1.5.1' }) }));
    expect(r).toMatchObject({ operation: 'updated', outcome: 'allowed' });
    const ahead = await gh.commitsAhead(branch);
    expect(ahead.map((c) => c.sha)).toContain(theirs);
    expect(ahead[0].sha).toBe(r.commitSha); // newest first: ours on top of theirs
    expect(await gh.fileAt(branch, 'docs/payments.md')).toBe('# Payments\nrunbook\n');
    expect(await gh.fileAt(branch, 'gitops/shop/prod-eu/payments/values.yaml')).toContain('payments:1.5.1');
  });

  test('a person’s commit that touches the proposal’s files: halted, naming the commit, nothing overwritten', async () => {
    const theirs = await gh.commitFiles(
      branch,
      { 'gitops/shop/prod-eu/payments/values.yaml': 'image: ghcr.io/acme/payments:hotfix\nreplicas: 3\n' },
      'Hotfix image and replicas',
    );
    const r = await publishProposal(api(), params({ proposal: makeProposal({ revision: '1.6.0' }) }));
    expect(r.outcome).toBe('halted');
    expect(r.operation).toBe('unchanged');
    expect(r.halted!.commits.map((c) => c.sha)).toEqual([theirs]);
    expect(r.halted!.message).toContain(theirs.slice(0, 7));
    expect(r.halted!.message).toContain('Alice Example');
    expect(r.halted!.message).toContain('gitops/shop/prod-eu/payments/values.yaml');
    expect(await gh.branchSha(branch)).toBe(theirs);
    expect(await gh.fileAt(branch, 'gitops/shop/prod-eu/payments/values.yaml')).toContain('hotfix');
  });

  test('the person reverts their change (the file as the action last left it): the halt clears, their commits stay', async () => {
    const values = 'gitops/shop/prod-eu/payments/values.yaml';
    const ahead = await gh.commitsAhead(branch);
    const lastOurs = ahead.find((c) => isActionCommit(c))!;
    const ours = await gh.fileAt(lastOurs.sha, values);
    const revert = await gh.commitFiles(branch, { [values]: ours! }, 'Revert "Hotfix image and replicas"');
    const r = await publishProposal(api(), params({ proposal: makeProposal({ revision: '1.6.0' }) }));
    expect(r.halted?.message).toBeUndefined();
    expect(r).toMatchObject({ operation: 'updated', outcome: 'allowed' });
    const after = (await gh.commitsAhead(branch)).map((c) => c.sha);
    expect(after[0]).toBe(r.commitSha);
    expect(after).toContain(revert);
    expect(await gh.fileAt(branch, values)).toContain('payments:1.6.0');
  });

  test('a revert of only part of it still halts: the file differs from the action\'s last commit', async () => {
    const values = 'gitops/shop/prod-eu/payments/values.yaml';
    const theirs = await gh.commitFiles(branch, { [values]: 'image: ghcr.io/acme/payments:hotfix\nreplicas: 3\n' }, 'Hotfix again');
    await gh.commitFiles(branch, { [values]: 'image: ghcr.io/acme/payments:1.6.0\nreplicas: 3\n' }, 'Half a revert');
    const r = await publishProposal(api(), params({ proposal: makeProposal({ revision: '1.7.0' }) }));
    expect(r.outcome).toBe('halted');
    expect(r.halted!.commits.map((c) => c.sha)).toContain(theirs);
    expect(r.halted!.message).toMatch(/revert those changes on the branch \(so that the files are as the action's last commit left them\)/);
    expect(await gh.fileAt(branch, values)).toContain('replicas: 3');
  });
});

describe('a commit that carries the action’s trailer is the action’s only if it is the commit the action made', () => {
  const values = (service: string) => `gitops/shop/prod-eu/${service}/values.yaml`;

  test('a person’s commit on top with the action’s message (a cherry-pick, a copied message) that touches the proposal’s files: halted, their edit kept', async () => {
    const service = 'copied';
    const branch = `gitops/shop/${service}`;
    await publishProposal(api(), params({ proposal: makeProposal({ service }) }));
    const [ours] = await gh.commitsAhead(branch);
    const tuned = `${await gh.fileAt(branch, values(service))}# tuned by alice\n`;
    const theirs = await gh.commitFiles(branch, { [values(service)]: tuned }, ours.message);
    const r = await publishProposal(api(), params({ proposal: makeProposal({ service, revision: '2.0.0' }) }));
    expect(r).toMatchObject({ outcome: 'halted', operation: 'unchanged' });
    expect(r.halted!.commits.map((c) => c.sha)).toEqual([theirs]);
    expect(r.halted!.message).toContain(theirs.slice(0, 7));
    expect(r.halted!.message).toMatch(/carries the action's trailer but is not the commit the action made/);
    expect(await gh.branchSha(branch)).toBe(theirs);
    expect(await gh.fileAt(branch, values(service))).toBe(tuned);
  });

  test('the action’s commit amended by a person (same message and parent, their content): halted, their edit kept', async () => {
    const service = 'amended';
    const branch = `gitops/shop/${service}`;
    await publishProposal(api(), params({ proposal: makeProposal({ service }) }));
    const theirs = await gh.amendHead(branch, { [values(service)]: 'image: ghcr.io/acme/amended:hotfix\n' });
    const [head] = await gh.commitsAhead(branch);
    expect(head.sha).toBe(theirs);
    expect(head.message).toContain(`${PROPOSAL_TRAILER}: shop/${service}`);
    const r = await publishProposal(api(), params({ proposal: makeProposal({ service, revision: '2.0.0' }) }));
    expect(r.outcome).toBe('halted');
    expect(r.halted!.commits.map((c) => c.sha)).toEqual([theirs]);
    expect(await gh.fileAt(branch, values(service))).toBe('image: ghcr.io/acme/amended:hotfix\n');
  });

  test('a person’s commit with the action’s message that touches none of the proposal’s files: the proposal goes on top, theirs stays', async () => {
    const service = 'copieddisjoint';
    const branch = `gitops/shop/${service}`;
    await publishProposal(api(), params({ proposal: makeProposal({ service }) }));
    const [ours] = await gh.commitsAhead(branch);
    const theirs = await gh.commitFiles(branch, { 'docs/copied.md': 'runbook\n' }, ours.message);
    const r = await publishProposal(api(), params({ proposal: makeProposal({ service, revision: '2.0.0' }) }));
    expect(r).toMatchObject({ outcome: 'allowed', operation: 'updated' });
    const ahead = await gh.commitsAhead(branch);
    expect(ahead.map((c) => c.sha)).toEqual([r.commitSha, theirs, ours.sha]);
    expect(await gh.fileAt(branch, 'docs/copied.md')).toBe('runbook\n');
    expect(await gh.fileAt(branch, values(service))).toContain(`${service}:2.0.0`);
  });

  test('only the author changed (same tree on the same parent): the content is the action’s, so it is updated as usual', async () => {
    const service = 'reauthored';
    const branch = `gitops/shop/${service}`;
    await publishProposal(api(), params({ proposal: makeProposal({ service }) }));
    const reauthored = await gh.amendHead(branch, {});
    const r = await publishProposal(api(), params({ proposal: makeProposal({ service, revision: '2.0.0' }) }));
    expect(r).toMatchObject({ outcome: 'allowed', operation: 'updated' });
    expect((await gh.commitsAhead(branch)).map((c) => c.sha)).toEqual([r.commitSha, reauthored]);
  });

  test('isActionCommit: the trailer alone, another proposal’s trailer or a squash of two are a person’s', () => {
    const tree = 'a'.repeat(40);
    const parent = 'b'.repeat(40);
    const trailers = (id: string, t = tree, p = parent) => `${PROPOSAL_TRAILER}: ${id}\n${TREE_TRAILER}: ${t}\n${PARENT_TRAILER}: ${p}`;
    const exact = { message: `gitops: deploy x\n\n${trailers('shop/x')}`, tree, parents: [parent] };
    expect(isActionCommit(exact, 'shop/x')).toBe(true);
    expect(isActionCommit(exact, 'shop/y')).toBe(false);
    expect(isActionCommit({ ...exact, tree: 'c'.repeat(40) }, 'shop/x')).toBe(false);
    expect(isActionCommit({ ...exact, parents: ['c'.repeat(40)] }, 'shop/x')).toBe(false);
    expect(isActionCommit({ ...exact, parents: [parent, 'c'.repeat(40)] }, 'shop/x')).toBe(false); // a merge
    expect(isActionCommit({ ...exact, message: `gitops: deploy x\n\n${PROPOSAL_TRAILER}: shop/x` }, 'shop/x')).toBe(false);
    const squash = { message: `${exact.message}\n\n${trailers('shop/x', tree, 'd'.repeat(40))}`, tree, parents: [parent] };
    expect(isActionCommit(squash, 'shop/x')).toBe(false);
  });
});

describe('the branch name', () => {
  test.each(['a b/', '../', 'x..y/', '~weird/'])('branch-prefix %j: refused before any call, naming the input', async (prefix) => {
    gh.clearTraffic();
    const err = await publishProposal(api(), params({ proposal: makeProposal({ service: 'badref' }), branchPrefix: prefix })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).input).toBe('branch-prefix');
    expect((err as Error).message).toContain(JSON.stringify(`${prefix}shop/badref`));
    expect(gh.calls()).toEqual([]);
  });

  test('a 422 GitHub gives for another reason when creating the ref is its refusal, reported with its message, not taken for a concurrent run', async () => {
    gh.inject({
      method: 'POST',
      path: /\/git\/refs$/,
      action: { kind: 'status', status: 422, body: { message: 'Reference name is invalid', documentation_url: 'https://docs.github.com/rest/git/refs#create-a-reference', status: '422' } },
    });
    gh.clearTraffic();
    const err = await publishProposal(api(), params({ proposal: makeProposal({ service: 'refused' }) })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitHubRefusalError);
    expect((err as Error).message).toBe('GitHub refused to create the branch gitops/shop/refused (422): Reference name is invalid');
    // One attempt: no second tree and commit, no "kept moving".
    expect(gh.calls((c) => c.method !== 'GET').map((c) => c.path.replace(/.*\/git\//, ''))).toEqual(['trees', 'commits', 'refs']);
    expect(await gh.branchSha('gitops/shop/refused')).toBeUndefined();
  });

  test('a branch named like a folder of the proposal\'s branch (gitops/shop): GitHub\'s "Reference update failed" is explained, naming that branch and the fix', async () => {
    const R = `/repos/${OWNER}/${REPO}`;
    expect((await gh.direct('POST', `${R}/git/refs`, { ref: 'refs/heads/gitops/clash', sha: (await gh.branchSha('main'))! })).status).toBe(201);
    // GitHub refuses refs/heads/gitops/clash/<service> beside refs/heads/gitops/clash (the local server does not).
    const refused = { kind: 'status' as const, status: 422, body: { message: 'Reference update failed', documentation_url: 'https://docs.github.com/rest/git/refs#create-a-reference', status: '422' } };
    gh.inject({ method: 'POST', path: /\/git\/refs$/, action: refused });
    const err = await publishProposal(api(), params({ proposal: makeProposal({ application: 'clash', service: 'payments' }) })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitHubRefusalError);
    expect((err as Error).message).toBe(
      'GitHub refused to create the branch gitops/clash/payments (422): Reference update failed. The repository has a branch gitops/clash, and git cannot hold both gitops/clash and gitops/clash/payments ' +
        '(a branch name cannot also be a folder of branches). No branch was made. Rename or delete the branch gitops/clash, or set another `branch-prefix`, then run the action again.',
    );
    expect(await gh.branchSha('gitops/clash/payments')).toBeUndefined();
    // Without such a branch, GitHub's message as it is.
    gh.inject({ method: 'POST', path: /\/git\/refs$/, action: refused });
    const plain = await publishProposal(api(), params({ proposal: makeProposal({ application: 'noclash', service: 'payments' }) })).catch((e: unknown) => e);
    expect((plain as Error).message).toBe('GitHub refused to create the branch gitops/noclash/payments (422): Reference update failed');
  });

  test('a 422 on moving an existing branch that is not "not a fast forward" (a repository rule): reported, not retried', async () => {
    const branch = 'gitops/shop/ruled';
    const first = await publishProposal(api(), params({ proposal: makeProposal({ service: 'ruled' }) }));
    gh.inject({
      method: 'PATCH',
      path: /\/git\/refs\/heads/,
      action: { kind: 'status', status: 422, body: { message: 'Repository rule violations found\n\nCannot update this protected ref.\n', status: '422' } },
    });
    gh.clearTraffic();
    const err = await publishProposal(api(), params({ proposal: makeProposal({ service: 'ruled', revision: '2.0.0' }) })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitHubRefusalError);
    expect((err as Error).message).toMatch(/^GitHub refused to update the branch gitops\/shop\/ruled \(422\): Repository rule violations found/);
    expect(gh.calls((c) => c.method === 'PATCH')).toHaveLength(1);
    expect(await gh.branchSha(branch)).toBe(first.commitSha);
  });
});

test('15 clusters with long names: the pull request is opened with a title GitHub accepts (at most 256 characters)', async () => {
  const clusters = ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'eu-west-1', 'eu-west-2', 'eu-west-3', 'eu-central-1', 'eu-north-1', 'ap-south-1', 'ap-southeast-1', 'ap-southeast-2', 'ap-northeast-1', 'ca-central-1', 'sa-east-1'].map((c) => `k8s-${c}-main`);
  const r = await publishProposal(api(), params({ proposal: makeProposal({ service: 'manyclusters', clusters }) }));
  expect(r).toMatchObject({ operation: 'created', outcome: 'allowed' });
  const [pr] = (await gh.pulls('all')).filter((p) => p.head.ref === 'gitops/shop/manyclusters');
  expect(pr.title).toBe('gitops: deploy manyclusters (shop) to 15 clusters');
  for (const c of clusters) expect(pr.body).toContain(c);
});

test('a person removed the end marker from the body: the next run replaces the stale section instead of adding a second', async () => {
  const first = await publishProposal(api(), params({ proposal: makeProposal({ service: 'notes' }) }));
  const pr = (await gh.direct('GET', `/repos/${OWNER}/${REPO}/pulls/${first.number}`)).data;
  await gh.direct('PATCH', `/repos/${OWNER}/${REPO}/pulls/${first.number}`, { body: `${pr.body.replace(BODY_END, '')}\n\nreviewer note` });
  const r = await publishProposal(api(), params({ proposal: makeProposal({ service: 'notes', revision: '2.0.0' }) }));
  expect(r).toMatchObject({ operation: 'updated', number: first.number });
  const body = (await gh.direct('GET', `/repos/${OWNER}/${REPO}/pulls/${first.number}`)).data.body as string;
  expect(body.split(BODY_BEGIN)).toHaveLength(2);
  expect(body.split(BODY_END)).toHaveLength(2);
  expect(body).not.toContain('notes:1.4.2');
  expect(body).toContain('notes:2.0.0');
  expect(body.endsWith('reviewer note')).toBe(true);
});

test('a denied proposal: no call, no branch, no pull request', async () => {
  gh.clearTraffic();
  const r = await publishProposal(api(), params({ proposal: makeProposal({ service: 'denied-svc' }), decision: denyDecision() }));
  expect(r).toEqual({ operation: 'unchanged', outcome: 'denied', branch: 'gitops/shop/denied-svc' });
  expect(gh.calls()).toEqual([]);
  expect(await gh.branchSha('gitops/shop/denied-svc')).toBeUndefined();
});

test('a proposal with a question (read-and-preserve conflict) publishes nothing', async () => {
  gh.clearTraffic();
  const proposal = { ...makeProposal({ service: 'asked' }), files: [], question: 'payments already exists on prod-eu; replace it?' };
  const r = await publishProposal(api(), params({ proposal }));
  expect(r.outcome).toBe('halted');
  expect(r.halted!.message).toContain('replace it?');
  expect(gh.calls()).toEqual([]);
});

test('no base given: the default branch is read (one more call)', async () => {
  const checkoutSha = await gh.branchSha('main');
  gh.clearTraffic();
  const r = await publishProposal(api(), { ...params({ proposal: makeProposal({ service: 'nobase' }), checkoutSha }), base: undefined });
  expect(r.operation).toBe('created');
  expect(gh.calls()[0].path).toBe(`/repos/${OWNER}/${REPO}`);
  expect(gh.calls()).toHaveLength(7);
});

test('an unknown base branch is the user’s mistake, named', async () => {
  await expect(publishProposal(api(), params({ proposal: makeProposal({ service: 'x' }), base: 'nope' }))).rejects.toThrow(
    /Input 'base'.*'nope' does not exist/,
  );
});

test('base changed while the pull request is open on the old one: updated, and a warning says it still targets the old base', async () => {
  const R = `/repos/${OWNER}/${REPO}`;
  expect((await gh.direct('POST', `${R}/git/refs`, { ref: 'refs/heads/release-2', sha: (await gh.branchSha('main'))! })).status).toBe(201);
  const first = await publishProposal(api(), params({ proposal: makeProposal({ service: 'retarget' }) }));
  expect(first.operation).toBe('created');
  const warnings: string[] = [];
  const log = { info: () => undefined, warn: (m: string) => warnings.push(m) };
  const again = await publishProposal(api(), params({ proposal: makeProposal({ service: 'retarget', revision: '2.0.0' }), base: 'release-2', log }));
  expect(again).toMatchObject({ operation: 'updated', number: first.number });
  expect(warnings).toEqual([expect.stringMatching(new RegExp(`^Pull request #${first.number} \\(.*\\) targets main, not release-2 \\(input 'base'\\): it was updated`))]);
  // The same base: no such warning.
  warnings.length = 0;
  await publishProposal(api(), params({ proposal: makeProposal({ service: 'retarget', revision: '3.0.0' }), log }));
  expect(warnings).toEqual([]);
});

test('a base that is a tag or a commit, not a branch: refused as the input, before anything is pushed (GitHub takes only a branch as a pull request\'s base)', async () => {
  const R = `/repos/${OWNER}/${REPO}`;
  const mainSha = (await gh.branchSha('main'))!;
  expect((await gh.direct('POST', `${R}/git/refs`, { ref: 'refs/tags/v1.0.0', sha: mainSha })).status).toBe(201);
  for (const [service, base] of [['ontag', 'v1.0.0'], ['onsha', mainSha]]) {
    gh.clearTraffic();
    await expect(publishProposal(api(), params({ proposal: makeProposal({ service }), base }))).rejects.toThrow(
      new RegExp(`Input 'base': the branch '${base}' does not exist.*must be a branch, not a tag or a commit.*Nothing was pushed`),
    );
    expect(gh.calls((c) => c.method !== 'GET')).toEqual([]);
    expect(await gh.branchSha(`gitops/shop/${service}`)).toBeUndefined();
  }
  expect((await gh.pulls('all')).filter((pr: { base: { ref: string } }) => pr.base.ref === 'v1.0.0' || pr.base.ref === mainSha)).toEqual([]);
});

describe('API calls per proposal do not grow with its files', () => {
  for (const extra of [0, 197]) {
    const files = extra + 4;
    test(`${files} files: at most 8 calls to create, at most 8 to update`, async () => {
      const service = `svc${files}`;
      // Read from base's head, as a dispatch from the default branch is: no compare with the base.
      const checkoutSha = await gh.branchSha('main');
      gh.clearTraffic();
      const created = await publishProposal(api(), params({ proposal: makeProposal({ service, extraFiles: extra }), labels: ['gitops'], reviewers: ['bob'], checkoutSha }));
      expect(created.operation).toBe('created');
      const createCalls = gh.calls().length;
      gh.clearTraffic();
      const updated = await publishProposal(
        api(),
        params({ proposal: makeProposal({ service, extraFiles: extra, revision: '2.0.0' }), labels: ['gitops'], reviewers: ['bob'], checkoutSha }),
      );
      expect(updated.operation).toBe('updated');
      const updateCalls = gh.calls().length;
      expect(createCalls).toBe(8);
      expect(updateCalls).toBe(6);
      // One tree request carries every file inline.
      const treeReq = gh.calls((c) => c.path.endsWith('/git/trees'))[0].requestBody as { tree: unknown[] };
      expect(treeReq.tree).toHaveLength(files);
    });
  }
});

test('a workflow file with the workflow’s GITHUB_TOKEN: stops before writing anything, naming the fix', async () => {
  gh.clearTraffic();
  const proposal = makeProposal({ service: 'withci', withWorkflow: true });
  await expect(
    publishProposal(api(), params({ proposal, token: { token: ACTION_TOKEN, workflowToken: ACTION_TOKEN } })),
  ).rejects.toThrow(WorkflowPermissionError);
  await expect(publishProposal(api(), params({ proposal, token: { token: ACTION_TOKEN } }))).rejects.toThrow(
    /GitHub App installation token.*'workflow' scope.*ci-workflow: skip/,
  );
  expect(gh.calls().filter((c) => c.method !== 'GET')).toEqual([]);
  expect(await gh.branchSha('gitops/shop/withci')).toBeUndefined();
});

test('a workflow file with an App token (override allow) is published', async () => {
  const r = await publishProposal(
    api(),
    params({ proposal: makeProposal({ service: 'withci2', withWorkflow: true }), token: { token: ACTION_TOKEN, workflowWrite: 'allow' } }),
  );
  expect(r.operation).toBe('created');
  expect(await gh.fileAt('gitops/shop/withci2', '.github/workflows/withci2-ci.yaml')).toContain('withci2 CI');
});

describe('a base that is not the commit the proposal was read from', () => {
  test('the base gained a file the proposal creates (after the checkout): halted, nothing pushed, their file intact', async () => {
    const checkoutSha = await gh.branchSha('main');
    const proposal = makeProposal({ service: 'raced' });
    const target = proposal.files.find((f) => f.path.endsWith('-application.yaml'))!.path;
    const alices = 'apiVersion: argoproj.io/v1alpha1\nkind: Application\n# hand-tuned by Alice\n';
    await gh.commitFiles('main', { [target]: alices }, 'Alice adds the Application by hand');
    const mainBefore = await gh.branchSha('main');
    gh.clearTraffic();
    const r = await publishProposal(api(), params({ proposal, checkoutSha }));
    expect(r.outcome).toBe('halted');
    expect(r.halted!.message).toContain(`${target} exists with other content`);
    expect(r.halted!.message).toContain(`checkout ${checkoutSha!.slice(0, 7)}`);
    expect(r.halted!.message).toMatch(/nothing was pushed/);
    expect(await gh.branchSha('gitops/shop/raced')).toBeUndefined();
    expect(await gh.branchSha('main')).toBe(mainBefore);
    expect(await gh.fileAt('main', target)).toBe(alices);
    expect(gh.calls((c) => c.method === 'POST' && /\/git\/refs|\/pulls/.test(c.path))).toEqual([]);
  });

  test('the action\'s branch exists (made from an older base) and base gained a file it creates: halted through a probe on base, the branch untouched', async () => {
    const first = await gh.branchSha('main');
    const proposal = makeProposal({ service: 'gained' });
    const r1 = await publishProposal(api(), params({ proposal, checkoutSha: first }));
    expect(r1.operation).toBe('created');
    const values = proposal.files.find((f) => f.path.endsWith('values.yaml'))!.path;
    await gh.commitFiles('main', { [values]: 'image: hand-tuned\n' }, 'A person adds the values by hand on main');
    const r2 = await publishProposal(api(), params({ proposal: makeProposal({ service: 'gained', revision: '2.0.0' }), checkoutSha: first }));
    expect(r2.outcome).toBe('halted');
    expect(r2.halted!.message).toContain(`${values} exists with other content`);
    expect(await gh.branchSha('gitops/shop/gained')).toBe(r1.commitSha);
    expect(await gh.fileAt('main', values)).toBe('image: hand-tuned\n');
  });

  test('an unknown checkout (no git, no GITHUB_SHA) is compared too; a base without those files is published', async () => {
    gh.clearTraffic();
    const r = await publishProposal(api(), params({ proposal: makeProposal({ service: 'unknownco' }) }));
    expect(r.operation).toBe('created');
    expect(gh.calls((c) => c.path.includes('/compare/') && !c.path.includes('...gitops'))).toHaveLength(1);
  });

  test('read from the base\'s head: no compare at all', async () => {
    const checkoutSha = await gh.branchSha('main');
    gh.clearTraffic();
    const r = await publishProposal(api(), params({ proposal: makeProposal({ service: 'fromhead' }), checkoutSha }));
    expect(r.operation).toBe('created');
    expect(gh.calls((c) => c.path.includes('/compare/'))).toHaveLength(1); // only the branch's own (404)
  });

  test('base gained another file in a chart folder the proposal creates: halted (the merge would mix two charts)', async () => {
    const checkoutSha = await gh.branchSha('main');
    const proposal = makeProposal({ service: 'mixed' });
    const chartDir = proposal.files.find((f) => f.path.endsWith('Chart.yaml'))!.path.replace(/\/Chart\.yaml$/, '');
    await gh.commitFiles('main', { [`${chartDir}/templates/service.yaml`]: 'kind: Service\n' }, 'Someone starts the chart by hand');
    const r = await publishProposal(api(), params({ proposal, checkoutSha }));
    expect(r.outcome).toBe('halted');
    expect(r.halted!.message).toContain(`the folder ${chartDir}/ exists, where the proposal creates a chart`);
    expect(await gh.branchSha('gitops/shop/mixed')).toBeUndefined();
  });

  test('the same file with the same content on the base: no clash (nothing would change)', async () => {
    const checkoutSha = await gh.branchSha('main');
    const proposal = makeProposal({ service: 'samebytes' });
    const one = proposal.files.find((f) => f.path.endsWith('-application.yaml'))!;
    await gh.commitFiles('main', { [one.path]: one.content! }, 'The same file by hand');
    const r = await publishProposal(api(), params({ proposal, checkoutSha }));
    expect(r.operation).toBe('created');
  });
});

test('files the base already holds (a merged proposal): nothing to commit, no pull request', async () => {
  const proposal = makeProposal({ service: 'merged' });
  await gh.commitFiles('main', Object.fromEntries(proposal.files.map((f) => [f.path, f.content])), 'Merged earlier');
  gh.clearTraffic();
  const r = await publishProposal(api(), params({ proposal }));
  expect(r).toEqual({ operation: 'unchanged', outcome: 'unchanged', branch: 'gitops/shop/merged' });
  expect(gh.calls((c) => c.method !== 'GET' && !c.path.endsWith('/git/trees'))).toEqual([]);
  expect(await gh.branchSha('gitops/shop/merged')).toBeUndefined();
});

test('the base moving on alone makes no new commit; a file the proposal no longer has is removed from the branch', async () => {
  const branch = 'gitops/shop/shrinks';
  const withCi = makeProposal({ service: 'shrinks', withWorkflow: true });
  const allow = { token: ACTION_TOKEN, workflowWrite: 'allow' as const };
  const first = await publishProposal(api(), params({ proposal: withCi, token: allow }));
  await gh.commitFiles('main', { 'docs/unrelated.md': 'base moves on\n' }, 'Unrelated change on main');
  const again = await publishProposal(api(), params({ proposal: withCi, token: allow }));
  expect(again).toMatchObject({ operation: 'unchanged', commitSha: first.commitSha });
  const withoutCi = makeProposal({ service: 'shrinks' });
  const third = await publishProposal(api(), params({ proposal: withoutCi }));
  expect(third.operation).toBe('updated');
  expect(await gh.fileAt(branch, '.github/workflows/shrinks-ci.yaml')).toBeUndefined();
  expect(await gh.fileAt(branch, 'gitops/shop/prod-eu/shrinks/values.yaml')).toBeDefined();
  expect((await gh.commitsAhead(branch)).map((c) => c.sha)).toEqual([third.commitSha, first.commitSha]);
});

test('more person commits than the action examines: halted without a call per commit', async () => {
  const branch = 'gitops/shop/busy';
  await publishProposal(api(), params({ proposal: makeProposal({ service: 'busy' }) }));
  for (let i = 0; i < 21; i++) await gh.commitFiles(branch, { [`docs/busy-${i}.md`]: `${i}\n` }, `Note ${i}`);
  const head = await gh.branchSha(branch);
  gh.clearTraffic();
  const r = await publishProposal(api(), params({ proposal: makeProposal({ service: 'busy', revision: '3.0.0' }) }));
  expect(r.outcome).toBe('halted');
  expect(r.halted!.message).toContain('21 commits pushed by people');
  expect(r.halted!.commits).toHaveLength(20);
  // The compare, and the lookup of the open pull request the halt names: no call per commit.
  expect(gh.calls().map((c) => `${c.method} ${c.path.split('?')[0]}`)).toEqual([`GET /repos/${OWNER}/${REPO}/compare/main...gitops%2Fshop%2Fbusy`, `GET /repos/${OWNER}/${REPO}/pulls`]);
  expect(await gh.branchSha(branch)).toBe(head);
});
