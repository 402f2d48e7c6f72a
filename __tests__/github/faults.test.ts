/**
 * Faults, each injected by the local GitHub's proxy: 5xx retried, a secondary rate
 * limit waited out, a concurrent run's ref creation re-read, a push landing between
 * read and update, a connection reset that the next run completes.
 */
import { LocalGitHub, useLocalGitHub, OWNER, REPO, ACTION_TOKEN, SECONDARY_RATE_LIMIT } from '../../__fixtures__/github/local-github.js';
import { makeProposal, allowDecision } from '../../__fixtures__/github/proposal.js';
import { createGitHubApi, type ClientOptions } from '../../src/github/client.js';
import { publishProposal, isActionCommit, type PublishParams } from '../../src/github/publish.js';
import { explainPublishFailure, GitHubUnavailableError, publishWithCheck } from '../../src/github/index.js';
import { GitHubRefusalError, UserError } from '../../src/errors.js';

let gh: LocalGitHub;
useLocalGitHub((server) => (gh = server), { noPendingFaults: true });

const warnings: string[] = [];
const log = { debug: () => undefined, info: () => undefined, warn: (m: string) => void warnings.push(m) };
const api = (o: Partial<ClientOptions> = {}) =>
  createGitHubApi({ token: ACTION_TOKEN, baseUrl: gh.url, paceWrites: false, retryAfterBaseValueMs: 20, log, ...o });
const params = (service: string, o: Partial<PublishParams> = {}): PublishParams => ({
  owner: OWNER,
  repo: REPO,
  proposal: makeProposal({ service }),
  decision: allowDecision(),
  base: 'main',
  log,
  ...o,
});

test('warm-up (schema compilation) so that timings below are the client’s', async () => {
  await publishProposal(api(), params('warmup'));
});

test('a 500 and a 502 are retried and the proposal goes through', async () => {
  gh.inject({ method: 'POST', path: /\/git\/trees$/, action: { kind: 'status', status: 500 } });
  gh.inject({ method: 'POST', path: /\/git\/commits$/, action: { kind: 'status', status: 502, body: { message: 'Bad Gateway' } } });
  gh.clearTraffic();
  const r = await publishProposal(api(), params('retry5xx'));
  expect(r.operation).toBe('created');
  const trees = gh.calls((c) => c.path.endsWith('/git/trees'));
  expect(trees.map((c) => c.status)).toEqual([500, 201]);
  expect(gh.calls((c) => c.path.endsWith('/git/commits')).map((c) => c.status)).toEqual([502, 201]);
  expect(await gh.commitsAhead('gitops/shop/retry5xx')).toHaveLength(1);
});

test('a 500 that does not go away fails after the bounded retries', async () => {
  gh.inject({ method: 'POST', path: /\/git\/trees$/, times: 3, action: { kind: 'status', status: 500 } });
  gh.clearTraffic();
  await expect(publishProposal(api({ retries: 2 }), params('retryfail'))).rejects.toMatchObject({ status: 500 });
  expect(gh.calls((c) => c.path.endsWith('/git/trees'))).toHaveLength(3);
  expect(await gh.branchSha('gitops/shop/retryfail')).toBeUndefined();
});

test('a 403 secondary rate limit with retry-after is waited out', async () => {
  gh.inject({ method: 'POST', path: /\/git\/commits$/, action: SECONDARY_RATE_LIMIT });
  gh.clearTraffic();
  warnings.length = 0;
  const t0 = Date.now();
  const r = await publishProposal(api(), params('ratelimit'));
  const elapsed = Date.now() - t0;
  expect(r.operation).toBe('created');
  expect(elapsed).toBeGreaterThanOrEqual(950); // retry-after: 1
  expect(gh.calls((c) => c.path.endsWith('/git/commits')).map((c) => c.status)).toEqual([403, 201]);
  expect(warnings.join('\n')).toMatch(/secondary rate limit.*waiting 1s/);
});

test('a secondary rate limit that persists is given up after a bounded number of waits', async () => {
  gh.inject({ method: 'POST', path: /\/git\/trees$/, times: 2, action: SECONDARY_RATE_LIMIT });
  gh.clearTraffic();
  await expect(publishProposal(api({ rateLimitRetries: 1 }), params('ratelimit2'))).rejects.toMatchObject({ status: 403 });
  expect(gh.calls((c) => c.path.endsWith('/git/trees'))).toHaveLength(2);
});

test('an answer cut off in transit (200, not JSON) is retried like a 502, and the proposal goes through', async () => {
  gh.inject({ method: 'GET', path: /\/compare\//, action: { kind: 'raw', status: 200, text: '{"url":"https://api.github.com/repos/acme/platform/compare/main...gitops/shop/cut","base_commit":{"sha":"' } });
  gh.inject({ method: 'POST', path: /\/git\/trees$/, action: { kind: 'raw', status: 201, text: '<html><body>502 Bad Gateway</body></html>', headers: { 'content-type': 'text/html' } } });
  gh.clearTraffic();
  const r = await publishProposal(api(), params('cut'));
  expect(r.operation).toBe('created');
  expect(gh.calls((c) => decodeURIComponent(c.path).endsWith('/compare/main...gitops/shop/cut')).map((c) => c.fault ?? 'ok')).toEqual(['raw 200', 'ok']);
  expect(gh.calls((c) => c.path.endsWith('/git/trees')).map((c) => c.fault ?? 'ok')).toEqual(['raw 201', 'ok']);
  expect(await gh.commitsAhead('gitops/shop/cut')).toHaveLength(1);
});

test('422 on creating a ref that a concurrent run just created: re-read, adopted, one commit, one PR', async () => {
  gh.inject({ method: 'POST', path: /\/git\/refs$/, action: { kind: 'concurrent-create' } });
  warnings.length = 0;
  const r = await publishProposal(api(), params('race'));
  expect(r.operation).toBe('created');
  expect(warnings.join('\n')).toMatch(/created meanwhile/);
  const ahead = await gh.commitsAhead('gitops/shop/race');
  expect(ahead).toHaveLength(1);
  expect(r.commitSha).toBe(ahead[0].sha);
  expect((await gh.pulls('all')).filter((p) => p.head.ref === 'gitops/shop/race')).toHaveLength(1);
});

test('a person pushes between the read and the ref update: the fast-forward is refused, re-read, proposal goes on top', async () => {
  const branch = 'gitops/shop/movingbranch';
  await publishProposal(api(), params('movingbranch'));
  let theirs = '';
  gh.inject({
    method: 'PATCH',
    path: /\/git\/refs\/heads(\/|%2F)gitops/,
    action: {
      kind: 'before',
      run: async () => {
        theirs = await gh.commitFiles(branch, { 'docs/moving.md': 'notes\n' }, 'Notes while the action runs');
      },
    },
  });
  gh.clearTraffic();
  const r = await publishProposal(api(), params('movingbranch', { proposal: makeProposal({ service: 'movingbranch', revision: '9.9.9' }) }));
  expect(r.operation).toBe('updated');
  expect(gh.calls((c) => c.method === 'PATCH' && c.path.includes('/git/refs/')).map((c) => c.status)).toEqual([422, 200]);
  const ahead = await gh.commitsAhead(branch);
  expect(ahead[0].sha).toBe(r.commitSha);
  expect(ahead.map((c) => c.sha)).toContain(theirs);
  expect(await gh.fileAt(branch, 'docs/moving.md')).toBe('notes\n');
  expect(await gh.fileAt(branch, 'gitops/shop/prod-eu/movingbranch/values.yaml')).toContain('9.9.9');
});

test('a later run for the same proposal commits on top between this run\'s ref update and its PR update: the PR keeps the later run\'s description', async () => {
  const branch = 'gitops/shop/overtaken';
  await publishProposal(api(), params('overtaken'));
  let later: Awaited<ReturnType<typeof publishProposal>> | undefined;
  // The other run (image 3.0.0) starts after this run (2.0.0) moved the branch, and finishes before it lists the pull requests.
  gh.inject({
    method: 'GET',
    path: /\/pulls$/,
    action: { kind: 'before', run: async () => void (later = await publishProposal(api(), params('overtaken', { proposal: makeProposal({ service: 'overtaken', revision: '3.0.0' }) }))) },
  });
  warnings.length = 0;
  const r = await publishProposal(api(), params('overtaken', { proposal: makeProposal({ service: 'overtaken', revision: '2.0.0' }) }));
  expect(later).toMatchObject({ operation: 'updated', outcome: 'allowed' });
  expect(r).toMatchObject({ operation: 'updated', outcome: 'allowed', number: later!.number, branch });
  // Both commits are kept, the later one on top; the pull request describes what the branch holds.
  const ahead = await gh.commitsAhead(branch);
  expect(ahead.slice(0, 2).map((c) => c.sha)).toEqual([later!.commitSha, r.commitSha]);
  expect(await gh.fileAt(branch, 'gitops/shop/prod-eu/overtaken/values.yaml')).toContain('ghcr.io/acme/overtaken:3.0.0');
  const pulls = (await gh.pulls('all')).filter((p) => p.head.ref === branch);
  expect(pulls).toHaveLength(1);
  expect(pulls[0].body).toContain('ghcr.io/acme/overtaken:3.0.0');
  expect(pulls[0].body).not.toContain('ghcr.io/acme/overtaken:2.0.0');
  expect(warnings.join('\n')).toContain(
    `The branch ${branch} moved on after this run's commit ${r.commitSha!.slice(0, 7)}: another run of the action put its proposal on top (${later!.commitSha!.slice(0, 7)}), so the title and description of pull request #${r.number} are left as that run wrote them`,
  );
});

test('a person pushes between the action\'s ref update and its PR update: their commit stays on top, the PR is updated with the proposal', async () => {
  const branch = 'gitops/shop/pushedafter';
  await publishProposal(api(), params('pushedafter'));
  let theirs = '';
  gh.inject({ method: 'GET', path: /\/pulls$/, action: { kind: 'before', run: async () => void (theirs = await gh.commitFiles(branch, { 'docs/pushedafter.md': 'notes\n' }, 'Notes')) } });
  const r = await publishProposal(api(), params('pushedafter', { proposal: makeProposal({ service: 'pushedafter', revision: '2.0.0' }) }));
  expect(r).toMatchObject({ operation: 'updated', outcome: 'allowed' });
  const ahead = await gh.commitsAhead(branch);
  expect(ahead.slice(0, 2).map((c) => c.sha)).toEqual([theirs, r.commitSha]);
  const [pr] = (await gh.pulls('all')).filter((p) => p.head.ref === branch);
  expect(pr.body).toContain('ghcr.io/acme/pushedafter:2.0.0');
});

test('a person closes the PR and deletes the branch between the read and the ref update: re-read, a fresh branch from base with one commit, a new PR', async () => {
  const branch = 'gitops/shop/deletedmidway';
  const first = await publishProposal(api(), params('deletedmidway'));
  gh.inject({
    method: 'PATCH',
    path: /\/git\/refs\/heads(\/|%2F)gitops/,
    action: {
      kind: 'before',
      run: async () => {
        await gh.direct('PATCH', `/repos/${OWNER}/${REPO}/pulls/${first.number}`, { state: 'closed' });
        expect((await gh.direct('DELETE', `/repos/${OWNER}/${REPO}/git/refs/heads/${branch}`)).status).toBe(204);
      },
    },
  });
  warnings.length = 0;
  gh.clearTraffic();
  const r = await publishProposal(api(), params('deletedmidway', { proposal: makeProposal({ service: 'deletedmidway', revision: '2.0.0' }) }));
  expect(gh.calls((c) => c.method === 'PATCH' && c.path.includes('/git/refs/')).map((c) => c.status)).toEqual([422]);
  expect(warnings.join('\n')).toMatch(/moved after it was read \(Reference does not exist/);
  expect(r).toMatchObject({ operation: 'created', outcome: 'allowed', branch });
  const ahead = await gh.commitsAhead(branch);
  expect(ahead.map((c) => c.sha)).toEqual([r.commitSha]);
  expect(ahead[0].parents).toEqual([await gh.branchSha('main')]);
  expect(await gh.fileAt(branch, 'gitops/shop/prod-eu/deletedmidway/values.yaml')).toContain('2.0.0');
  const open = (await gh.pulls('open')).filter((p) => p.head.ref === branch);
  expect(open.map((p) => p.number)).toEqual([r.number]);
  expect(r.number).not.toBe(first.number);
});

test('pushes that keep landing between the read and the ref update: after 3 rounds a UserError naming the branch, their commits kept, not a bug', async () => {
  const branch = 'gitops/shop/busybranch';
  await publishProposal(api(), params('busybranch'));
  const theirs: string[] = [];
  gh.inject({
    method: 'PATCH',
    path: /\/git\/refs\/heads(\/|%2F)gitops/,
    times: 3,
    action: { kind: 'before', run: async () => void theirs.push(await gh.commitFiles(branch, { [`docs/busy-${theirs.length}.md`]: 'notes\n' }, 'Notes while the action runs')) },
  });
  const err = await publishProposal(api(), params('busybranch', { proposal: makeProposal({ service: 'busybranch', revision: '9.9.9' }) })).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(UserError);
  expect((err as Error).message).toBe(
    'The branch gitops/shop/busybranch moved 3 times while the action updated it (pushes landing between its read and its update): nothing was pushed, and the commits pushed there are kept. Run the action again when the pushes have stopped.',
  );
  expect(await gh.branchSha(branch)).toBe(theirs[2]);
});

test('a connection reset mid-proposal (after the branch, before the PR): the next run opens the PR, still one commit', async () => {
  const branch = 'gitops/shop/reset';
  gh.inject({ method: 'POST', path: /\/pulls$/, times: 2, action: { kind: 'reset' } });
  await expect(publishProposal(api({ retries: 1 }), params('reset'))).rejects.toThrow();
  expect(await gh.branchSha(branch)).toBeDefined();
  expect((await gh.pulls('all')).filter((p) => p.head.ref === branch)).toHaveLength(0);

  gh.clearTraffic();
  const r = await publishProposal(api(), params('reset'));
  expect(r.operation).toBe('created');
  expect(gh.calls().filter((c) => c.path.endsWith('/git/commits'))).toHaveLength(0);
  expect(await gh.commitsAhead(branch)).toHaveLength(1);
  expect((await gh.pulls('all')).filter((p) => p.head.ref === branch)).toHaveLength(1);
});

test('the PR is created but the answer is lost: the retry meets GitHub’s 422 and updates that PR instead of a duplicate', async () => {
  const branch = 'gitops/shop/lostanswer';
  gh.inject({ method: 'POST', path: /\/pulls$/, action: { kind: 'forward-then-reset' } });
  warnings.length = 0;
  const r = await publishProposal(api(), params('lostanswer'));
  expect(['created', 'updated']).toContain(r.operation);
  const pulls = (await gh.pulls('all')).filter((p) => p.head.ref === branch);
  expect(pulls).toHaveLength(1);
  expect(r.number).toBe(pulls[0].number);
  expect(warnings.join('\n')).toMatch(/opened meanwhile/);
});

test('the PR is created but the answer is lost, with labels and reviewers: the retry meets GitHub\'s 422, and the PR still gets them', async () => {
  const branch = 'gitops/shop/lostlabels';
  gh.inject({ method: 'POST', path: /\/pulls$/, action: { kind: 'forward-then-reset' } });
  const r = await publishProposal(api(), params('lostlabels', { labels: ['gitops', 'deploy'], reviewers: ['bob'] }));
  const pulls = (await gh.pulls('all')).filter((p) => p.head.ref === branch);
  expect(pulls.map((p) => p.number)).toEqual([r.number]);
  expect(pulls[0].labels.map((l: { name: string }) => l.name).sort()).toEqual(['deploy', 'gitops']);
  expect(pulls[0].requested_reviewers.map((u: { login: string }) => u.login)).toEqual(['bob']);
});

test('a run opens the PR while another, for the same proposal, is between its ref update and its PR create: one PR, the later proposal\'s description, the labels of both', async () => {
  const branch = 'gitops/shop/openedmeanwhile';
  let later: Awaited<ReturnType<typeof publishProposal>> | undefined;
  gh.inject({
    method: 'POST',
    path: /\/pulls$/,
    action: { kind: 'before', run: async () => void (later = await publishProposal(api(), params('openedmeanwhile', { labels: ['gitops'], proposal: makeProposal({ service: 'openedmeanwhile', revision: '3.0.0' }) }))) },
  });
  warnings.length = 0;
  const r = await publishProposal(api(), params('openedmeanwhile', { labels: ['gitops', 'urgent'], proposal: makeProposal({ service: 'openedmeanwhile', revision: '2.0.0' }) }));
  expect(later).toMatchObject({ operation: 'created', outcome: 'allowed' });
  expect(r).toMatchObject({ operation: 'updated', outcome: 'allowed', number: later!.number });
  expect(warnings.join('\n')).toMatch(/was opened meanwhile/);
  expect((await gh.commitsAhead(branch)).map((c) => c.sha)).toEqual([later!.commitSha, r.commitSha]);
  const pulls = (await gh.pulls('all')).filter((p) => p.head.ref === branch);
  expect(pulls).toHaveLength(1);
  expect(pulls[0].body).toContain('ghcr.io/acme/openedmeanwhile:3.0.0');
  expect(pulls[0].body).not.toContain('ghcr.io/acme/openedmeanwhile:2.0.0');
  expect(pulls[0].labels.map((l: { name: string }) => l.name).sort()).toEqual(['gitops', 'urgent']);
});

test('twice with the same inputs: one PR, one commit', async () => {
  const branch = 'gitops/shop/twice';
  const a = await publishProposal(api(), params('twice'));
  const b = await publishProposal(api(), params('twice'));
  expect(a.operation).toBe('created');
  expect(b.operation).toBe('unchanged');
  expect(b.number).toBe(a.number);
  expect(b.commitSha).toBe(a.commitSha);
  const ahead = await gh.commitsAhead(branch);
  expect(ahead).toHaveLength(1);
  expect(isActionCommit(ahead[0])).toBe(true);
  expect((await gh.pulls('all')).filter((p) => p.head.ref === branch)).toHaveLength(1);
});

test('a GitHub that holds an answer: the request is cut off after the request timeout and retried like a 502', async () => {
  gh.inject({ method: 'GET', path: /\/compare\//, action: { kind: 'hold' } });
  gh.inject({ method: 'POST', path: /\/git\/commits$/, action: { kind: 'hold' } });
  gh.clearTraffic();
  const started = Date.now();
  const r = await publishProposal(api({ requestTimeoutMs: 300 }), params('held'));
  expect(r.operation).toBe('created');
  expect(Date.now() - started).toBeLessThan(10_000);
  expect(gh.calls((c) => decodeURIComponent(c.path).endsWith('/compare/main...gitops/shop/held')).map((c) => c.fault ?? 'ok')).toEqual(['hold', 'ok']);
  expect(gh.calls((c) => c.path.endsWith('/git/commits')).map((c) => c.fault ?? 'ok')).toEqual(['hold', 'ok']);
  expect(await gh.branchSha('gitops/shop/held')).toBe(r.commitSha);
});

describe('a failure that is not the action\'s bug is reported as what it is (publishWithCheck)', () => {
  const settings = { token: ACTION_TOKEN, checkName: 'gitops-action', branchPrefix: 'gitops/', base: 'main', labels: [], reviewers: [], teamReviewers: [], draft: false };
  const context = { owner: OWNER, repo: REPO, eventName: 'workflow_dispatch' };
  const publish = (service: string, o: Partial<ClientOptions> = {}) =>
    publishWithCheck({ api: api(o), context, settings, proposal: makeProposal({ service }), decision: allowDecision(), log });

  test('403 "Resource not accessible by integration" on the tree: names contents: write, nothing pushed', async () => {
    gh.inject({ method: 'POST', path: /\/git\/trees$/, action: { kind: 'status', status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' } } });
    const err = await publish('perm403').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitHubRefusalError);
    expect((err as Error).message).toMatch(/GitHub refused to write the proposal's commit \(403\): Resource not accessible by integration\. The token lacks `contents: write`.*Nothing was pushed\./);
    expect(await gh.branchSha('gitops/shop/perm403')).toBeUndefined();
  });

  test('403 "not permitted to create or approve pull requests": names the repository setting and the branch left', async () => {
    gh.inject({ method: 'POST', path: /\/pulls$/, action: { kind: 'status', status: 403, body: { message: 'GitHub Actions is not permitted to create or approve pull requests.', documentation_url: 'https://docs.github.com/rest' } } });
    const err = await publish('prsetting').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitHubRefusalError);
    expect((err as Error).message).toMatch(/Allow GitHub Actions to create and approve pull requests/);
    const sha = await gh.branchSha('gitops/shop/prsetting');
    expect(sha).toBeDefined();
    expect((err as Error).message).toContain(`The branch gitops/shop/prsetting holds the proposal (commit ${sha!.slice(0, 7)})`);
    // The next run (setting turned on) opens the pull request on that branch.
    const again = await publish('prsetting');
    expect(again.result.operation).toBe('created');
    expect(again.result.commitSha).toBe(sha);
  });

  test('a 500 that outlasts the retries: GitHubUnavailableError (not a bug), saying to run again', async () => {
    gh.inject({ method: 'POST', path: /\/git\/trees$/, times: 3, action: { kind: 'status', status: 500 } });
    const err = await publish('down500', { retries: 2 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitHubUnavailableError);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toMatch(/GitHub failed to write the proposal's commit \(500: .*\) after the retries\. Nothing was pushed\. Run the action again/);
  });

  test('a 404 on reading the repository (no base given): the token cannot see it, said so, not a bug', async () => {
    gh.inject({ method: 'GET', path: new RegExp(`^/repos/${OWNER}/${REPO}$`), action: { kind: 'status', status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } } });
    const err = await publishWithCheck({ api: api(), context, settings: { ...settings, base: undefined }, proposal: makeProposal({ service: 'noaccess' }), decision: allowDecision(), log }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitHubRefusalError);
    expect((err as Error).message).toMatch(/GitHub refused to read the repository \(404\): Not Found\. The repository acme\/platform is not there, or the token cannot see it/);
  });

  test('a 422 "Validation Failed" names GitHub’s reason from its errors list; a draft the repository does not take names the input', async () => {
    gh.inject({
      method: 'POST',
      path: /\/pulls$/,
      action: {
        kind: 'status',
        status: 422,
        body: {
          message: 'Validation Failed',
          errors: [{ resource: 'PullRequest', code: 'custom', message: 'Draft pull requests are not supported in this repository.' }],
          documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request',
          status: '422',
        },
      },
    });
    const err = await publishWithCheck({ api: api(), context, settings: { ...settings, draft: true }, proposal: makeProposal({ service: 'nodraft' }), decision: allowDecision(), log }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitHubRefusalError);
    expect((err as Error).message).toMatch(
      /^GitHub refused to open or update the pull request \(422\): Validation Failed: Draft pull requests are not supported in this repository\. Set the input 'draft' to false: .*The branch gitops\/shop\/nodraft holds the proposal/,
    );
    // An entry without a message is named by its resource, field and code.
    gh.inject({ method: 'POST', path: /\/pulls$/, action: { kind: 'status', status: 422, body: { message: 'Validation Failed', errors: [{ resource: 'PullRequest', field: 'base', code: 'invalid' }] } } });
    const err2 = await publish('badbase').catch((e: unknown) => e);
    expect((err2 as Error).message).toMatch(/\(422\): Validation Failed: PullRequest\.base: invalid\. The branch gitops\/shop\/badbase holds/);
  });

  test('answers that stay cut off: GitHubUnavailableError naming the call, never a crash or a request built from nothing', async () => {
    gh.inject({ method: 'POST', path: /\/git\/trees$/, times: 3, action: { kind: 'raw', status: 201, text: '{"sha":"4b825dc6' } });
    gh.clearTraffic();
    const err = await publish('cutoff', { retries: 2 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitHubUnavailableError);
    expect((err as Error).message).toMatch(
      /^GitHub's answer when the action tried to write the proposal's commit was not JSON, also after the retries \(GitHub answered POST \/repos\/acme\/platform\/git\/trees with 201 and a body that is not JSON .*"\{\\"sha\\":\\"4b825dc6"\)\. GitHub may have carried out that write; the next run reads the branch again/,
    );
    // No commit was asked for with the tree's sha missing.
    expect(gh.calls((c) => c.path.endsWith('/git/commits'))).toHaveLength(0);
    expect(await gh.branchSha('gitops/shop/cutoff')).toBeUndefined();
    // A list of pull requests that stays cut off on a later run does not turn into PATCH /pulls/undefined.
    await publish('cutoff');
    gh.inject({ method: 'GET', path: /\/pulls$/, times: 3, action: { kind: 'raw', status: 200, text: '[{"number":' } });
    const again = await publishWithCheck({ api: api({ retries: 2 }), context, settings, proposal: makeProposal({ service: 'cutoff', revision: '2.0.0' }), decision: allowDecision(), log }).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(GitHubUnavailableError);
    expect((again as Error).message).toMatch(/tried to list the pull requests was not JSON.*The branch gitops\/shop\/cutoff holds the proposal \(commit [0-9a-f]{7}\); a new run opens or updates its pull request\./);
    expect(gh.calls((c) => c.method === 'PATCH' && /\/pulls/.test(c.path))).toHaveLength(0);
  });

  test('a GitHub that keeps holding its answer: GitHubUnavailableError naming the call and the timeout, after the retries', async () => {
    gh.inject({ method: 'POST', path: /\/git\/trees$/, times: 3, action: { kind: 'hold' } });
    gh.clearTraffic();
    const started = Date.now();
    const err = await publish('hung', { retries: 2, requestTimeoutMs: 200 }).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(err).toBeInstanceOf(GitHubUnavailableError);
    expect((err as Error).message).toMatch(
      /^GitHub did not answer when the action tried to write the proposal's commit: GitHub did not answer POST \/repos\/acme\/platform\/git\/trees within 0\.2 s, also after the retries \(each request waits 0\.2 s at most\)\. GitHub may have carried out that write; .* Run the action again/,
    );
    expect(gh.calls((c) => c.path.endsWith('/git/trees')).map((c) => c.fault)).toEqual(['hold', 'hold', 'hold']);
    expect(await gh.branchSha('gitops/shop/hung')).toBeUndefined();
  });

  test('the primary rate limit spent until long after the waits allowed: says when GitHub restores the quota', async () => {
    const reset = Math.floor(Date.now() / 1000) + 3600;
    gh.inject({
      method: 'POST',
      path: /\/git\/trees$/,
      action: { kind: 'status', status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) }, body: { message: 'API rate limit exceeded for installation ID 1.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api' } },
    });
    const err = await publish('quota').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GitHubUnavailableError);
    const at = new Date(reset * 1000).toISOString().slice(11, 16);
    expect((err as Error).message).toMatch(new RegExp(`for its rate limit \\(403: API rate limit exceeded for installation ID 1\\.\\) after the waits the action allows\\. Nothing was pushed\\. Run the action again after ${at} UTC, when GitHub restores the token's quota\\.$`));
  });

  test('explainPublishFailure leaves an error that is not GitHub\'s as it is (a bug stays a bug)', () => {
    const bug = new TypeError('x is undefined');
    expect(explainPublishFailure(bug)).toBe(bug);
  });
});
