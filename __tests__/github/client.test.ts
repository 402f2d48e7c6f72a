import { createOctokit, createGitHubApi, toGitHubApi } from '../../src/github/client.js';

function captureStdout<T>(fn: () => T): { value: T; out: string } {
  const original = process.stdout.write.bind(process.stdout);
  let out = '';
  process.stdout.write = ((chunk: string | Uint8Array) => {
    out += chunk.toString();
    return true;
  }) as typeof process.stdout.write;
  try {
    return { value: fn(), out };
  } finally {
    process.stdout.write = original;
  }
}

test('the token is masked as soon as a client is made', () => {
  const { out } = captureStdout(() => createOctokit({ token: 'ghp_maskme123' }));
  expect(out).toContain('::add-mask::ghp_maskme123');
});

test('no token: a clear error', () => {
  expect(() => createOctokit({ token: '' })).toThrow(/token is required \(input `token`\)/);
});

test('baseUrl comes from GITHUB_API_URL (trailing slash dropped), else api.github.com', () => {
  const saved = process.env.GITHUB_API_URL;
  try {
    process.env.GITHUB_API_URL = 'http://127.0.0.1:9/api/v3/';
    const a = captureStdout(() => createOctokit({ token: 't1' })).value;
    expect(a.request.endpoint.DEFAULTS.baseUrl).toBe('http://127.0.0.1:9/api/v3');
    delete process.env.GITHUB_API_URL;
    const b = captureStdout(() => createOctokit({ token: 't2' })).value;
    expect(b.request.endpoint.DEFAULTS.baseUrl).toBe('https://api.github.com');
  } finally {
    if (saved === undefined) delete process.env.GITHUB_API_URL;
    else process.env.GITHUB_API_URL = saved;
  }
});

test('the token’s OAuth scopes are remembered from x-oauth-scopes', async () => {
  const fake = {
    request: async () => ({ status: 200, headers: { 'x-oauth-scopes': 'repo, workflow' }, data: {} }),
  };
  const api = toGitHubApi(fake);
  expect(api.tokenScopes!()).toBeUndefined();
  await api.request('GET /user');
  expect(api.tokenScopes!()).toEqual(['repo', 'workflow']);
});

test('a request goes through the given fetch with the token, and a 500 is retried by the plugin', async () => {
  const seen: Array<{ url: string; auth: string | null }> = [];
  let n = 0;
  const fetchImpl = (async (url: string, init: RequestInit) => {
    seen.push({ url: String(url), auth: new Headers(init.headers).get('authorization') });
    n += 1;
    return n === 1
      ? new Response(JSON.stringify({ message: 'boom' }), { status: 500, headers: { 'content-type': 'application/json' } })
      : new Response(JSON.stringify({ default_branch: 'main' }), { status: 200, headers: { 'content-type': 'application/json' } });
  }) as unknown as typeof fetch;
  const api = captureStdout(() =>
    createGitHubApi({ token: 'ghs_x', baseUrl: 'http://gh.test', fetch: fetchImpl, retryAfterBaseValueMs: 1, paceWrites: false }),
  ).value;
  const r = await api.request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'platform' });
  expect(r.data).toEqual({ default_branch: 'main' });
  expect(seen).toHaveLength(2);
  expect(seen[0]).toEqual({ url: 'http://gh.test/repos/acme/platform', auth: 'token ghs_x' });
});
