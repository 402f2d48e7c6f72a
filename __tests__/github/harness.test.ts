/** The test harness itself: the local GitHub answers, and the schema check catches a wrong field. */
import { LocalGitHub, OWNER, REPO, ACTION_TOKEN } from '../../__fixtures__/github/local-github.js';
import { createGitHubApi } from '../../src/github/client.js';

let gh: LocalGitHub;
beforeAll(async () => {
  gh = await LocalGitHub.start();
});
afterAll(async () => {
  await gh.close();
});

test('branch, tree, commit, ref, pulls and check runs conform to GitHub’s description', async () => {
  const api = createGitHubApi({ token: ACTION_TOKEN, baseUrl: gh.url, paceWrites: false, retryAfterBaseValueMs: 10 });
  const p = { owner: OWNER, repo: REPO };
  const main = (await api.request('GET /repos/{owner}/{repo}/commits/{ref}', { ...p, ref: 'main' })).data;
  const tree = (
    await api.request('POST /repos/{owner}/{repo}/git/trees', {
      ...p,
      base_tree: main.commit.tree.sha,
      tree: [{ path: 'a/b.txt', mode: '100644', type: 'blob', content: 'hi\n' }],
    })
  ).data;
  const commit = (
    await api.request('POST /repos/{owner}/{repo}/git/commits', { ...p, message: 'x', tree: tree.sha, parents: [main.sha] })
  ).data;
  await api.request('POST /repos/{owner}/{repo}/git/refs', { ...p, ref: 'refs/heads/probe', sha: commit.sha });
  await api.request('GET /repos/{owner}/{repo}/compare/{basehead}', { ...p, basehead: 'main...probe' });
  await api.request('GET /repos/{owner}/{repo}/commits/{ref}', { ...p, ref: commit.sha });
  const pr = (await api.request('POST /repos/{owner}/{repo}/pulls', { ...p, head: 'probe', base: 'main', title: 't', body: 'b', draft: true })).data;
  await api.request('GET /repos/{owner}/{repo}/pulls', { ...p, head: `${OWNER}:probe`, state: 'open' });
  await api.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', { ...p, pull_number: pr.number, body: 'c' });
  await api.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', { ...p, issue_number: pr.number, labels: ['gitops'] });
  await api.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers', { ...p, pull_number: pr.number, reviewers: ['bob'] });
  const run = (
    await api.request('POST /repos/{owner}/{repo}/check-runs', {
      ...p,
      name: 'gitops',
      head_sha: commit.sha,
      status: 'completed',
      conclusion: 'success',
      output: { title: 't', summary: 's', annotations: [{ path: 'a/b.txt', start_line: 1, end_line: 1, annotation_level: 'notice', message: 'm' }] },
    })
  ).data;
  await api.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', { ...p, check_run_id: run.id, output: { title: 't', summary: 's' } });
  await api.request('POST /repos/{owner}/{repo}/statuses/{sha}', { ...p, sha: commit.sha, state: 'success', context: 'gitops' });
  await expect(
    api.request('POST /repos/{owner}/{repo}/pulls', { ...p, head: 'probe', base: 'main', title: 't2' }),
  ).rejects.toMatchObject({ status: 422 });
  expect(gh.problems).toEqual([]);
  expect(gh.statuses).toHaveLength(1);
  expect(gh.annotations.get(run.id)).toHaveLength(1);
});

test('a wrong field name in a request body is reported', async () => {
  const api = createGitHubApi({ token: ACTION_TOKEN, baseUrl: gh.url, paceWrites: false });
  const before = gh.problems.length;
  await api
    .request('POST /repos/{owner}/{repo}/statuses/{sha}', { owner: OWNER, repo: REPO, sha: 'f'.repeat(40), status: 'success' })
    .catch(() => undefined);
  expect(gh.problems.slice(before).join('\n')).toMatch(/statuses.*request body: .*required.*state/);
  gh.problems.length = before;
});

test('like GitHub, a pull request title over 256 characters is refused with 422, on create and on update', async () => {
  const api = createGitHubApi({ token: ACTION_TOKEN, baseUrl: gh.url, paceWrites: false, retryAfterBaseValueMs: 10 });
  const p = { owner: OWNER, repo: REPO };
  const main = (await api.request('GET /repos/{owner}/{repo}/commits/{ref}', { ...p, ref: 'main' })).data;
  await api.request('POST /repos/{owner}/{repo}/git/refs', { ...p, ref: 'refs/heads/long-title', sha: main.sha });
  const create = { ...p, head: 'long-title', base: 'main', body: 'b' };
  await expect(api.request('POST /repos/{owner}/{repo}/pulls', { ...create, title: 'x'.repeat(257) })).rejects.toMatchObject({
    status: 422,
    response: { data: { errors: [{ field: 'title', message: 'title is too long (maximum is 256 characters)' }] } },
  });
  const pr = (await api.request('POST /repos/{owner}/{repo}/pulls', { ...create, title: 'x'.repeat(256) })).data;
  expect(pr.title).toHaveLength(256);
  await expect(api.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', { ...p, pull_number: pr.number, title: 'y'.repeat(257) })).rejects.toMatchObject({ status: 422 });
  expect(gh.problems).toEqual([]);
});
