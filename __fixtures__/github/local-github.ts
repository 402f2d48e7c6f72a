/**
 * A local GitHub for tests: `emulate` (0.12.x) serving a fake REST API on a
 * random localhost port, behind a thin HTTP proxy of our own that
 *
 *  - fills the emulator's known gaps: a pull request's files (it lists none), its head sha
 *    (kept where it was opened; GitHub's follows the branch), commit statuses (it answers 404), moving
 *    a branch that is not there (GitHub answers 422 "Reference does not exist", it 404), a second
 *    open pull request for the same head (GitHub answers 422), a pull request title
 *    over 256 characters (GitHub answers 422), check-run annotations appended across
 *    updates (it replaces them);
 *  - injects faults on demand: a status once or N times, a 403 secondary rate
 *    limit with `retry-after`, a connection reset, an answer held back, a 422 on creating a ref that a
 *    "concurrent run" has just created;
 *  - checks every request and response body against GitHub's published OpenAPI
 *    description (`problems` collects every mismatch; tests assert it is empty);
 *  - records the traffic so tests can count calls.
 *
 * Clients (Octokit, `node dist/index.js`) talk to `url` (the proxy). Seeding and
 * a person's pushes go straight to the emulator (`direct`) and are not recorded.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEmulator, type Emulator } from 'emulate';
import { validateExchange, findOperation } from './openapi.js';

export const OWNER = 'acme';
export const REPO = 'platform';
/** The token the action uses (an installation-token-shaped string, like GITHUB_TOKEN). */
export const ACTION_TOKEN = 'ghs_actiontokenfortests000000000000000';
/** A person's token, used to push to a branch directly. */
export const PERSON_TOKEN = 'ghp_persontokenfortests00000000000000000';

export interface Recorded {
  method: string;
  path: string;
  status: number;
  requestBody?: unknown;
  responseBody?: unknown;
  fault?: string;
}

export type FaultAction =
  | { kind: 'status'; status: number; body?: unknown; headers?: Record<string, string> }
  /** Answer with this text as it is (a body cut off in transit, a proxy's HTML page). */
  | { kind: 'raw'; status: number; text: string; headers?: Record<string, string> }
  | { kind: 'reset' }
  /** Never answer (a connection that hangs): the request is held until the client gives up on it. */
  | { kind: 'hold' }
  /** Forward the request (the "concurrent run" does it), then answer our client 422 "Reference already exists". */
  | { kind: 'concurrent-create' }
  /** Forward the request (the server acts on it), then reset the connection before the answer. */
  | { kind: 'forward-then-reset' }
  /** Run something first (a person pushes, say), then forward the request as usual. */
  | { kind: 'before'; run: () => Promise<void> };

export interface Fault {
  method: string;
  path: RegExp;
  /** How many matching requests it applies to (default 1). */
  times?: number;
  action: FaultAction;
}

export interface CommitStatus {
  sha: string;
  state: string;
  context: string;
  description?: string;
}

interface ArmedFault extends Fault {
  left: number;
}

/**
 * Where `emulate` 0.12.2's *responses* differ from GitHub's description. These are the
 * server's shortcomings, not the client's: they are kept apart (`deviations`) instead of
 * failing tests. Request bodies, which are what the action sends, are always checked in full.
 */
export const KNOWN_EMULATOR_DEVIATIONS: Array<{ problem: RegExp; why: string }> = [
  {
    problem:
      /\(pulls\/(create|list|update|get)\) response 20[01]: \/(\d+\/)?(head|base)\/(repo\/owner|user) must have required property '(followers_url|following_url|gists_url|gravatar_id|organizations_url|received_events_url|starred_url|subscriptions_url)'/,
    why: 'an organization as a pull request’s head/base user or repo owner lacks the user URL fields',
  },
  {
    problem:
      /\(repos\/get\) response 200: (\/ must have required property '(network_count|subscribers_count)'|\/owner must have required property '(followers_url|following_url|gists_url|gravatar_id|organizations_url|received_events_url|starred_url|subscriptions_url)')/,
    why: 'a repository lacks network_count/subscribers_count, and an organization owner the user URL fields',
  },
  {
    problem: /\(pulls\/(list|get|create|update)\) response 20[01]: \/(\d+\/)?labels\/\d+\/description must be string/,
    why: 'a label created on the fly has a null description inside a pull request',
  },
  {
    problem: /\(checks\/(create|update|get)\) response 20[01]: \/output must have required property 'annotations_url'/,
    why: 'check run output lacks annotations_url',
  },
  {
    problem: /\(pulls\/request-reviewers\): status 200 is not a documented response/,
    why: 'requesting reviewers answers 200 where GitHub answers 201',
  },
];

export class LocalGitHub {
  readonly traffic: Recorded[] = [];
  /** Mismatches with GitHub's description: tests assert this is empty. */
  readonly problems: string[] = [];
  /** Known emulator response deviations seen (see KNOWN_EMULATOR_DEVIATIONS). */
  readonly deviations: string[] = [];
  readonly statuses: CommitStatus[] = [];
  /** Every annotation sent to a check run, by check run id, appended across updates as GitHub does. */
  readonly annotations = new Map<number, unknown[]>();
  private faults: ArmedFault[] = [];
  private statusId = 1;

  private constructor(
    private readonly emulator: Emulator,
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<LocalGitHub> {
    const emulator = await createEmulator({
      service: 'github',
      port: 0,
      seed: {
        tokens: {
          [ACTION_TOKEN]: { login: 'acme-bot', scopes: ['repo'] },
          [PERSON_TOKEN]: { login: 'alice', scopes: ['repo'] },
        },
        github: {
          users: [
            { login: 'acme-bot', name: 'acme-bot' },
            { login: 'alice', name: 'Alice Example', email: 'alice@example.com' },
            { login: 'bob', name: 'Bob Reviewer' },
          ],
          orgs: [
            {
              login: OWNER,
              members: [
                { login: 'acme-bot', role: 'admin' },
                { login: 'alice', role: 'admin' },
                { login: 'bob', role: 'member' },
              ],
            },
          ],
          repos: [{ owner: OWNER, name: REPO, default_branch: 'main', auto_init: true }],
        },
      },
    } as never);
    let self: LocalGitHub | undefined;
    const server = createServer((req, res) => {
      self!.handle(req, res).catch((err: unknown) => {
        self!.problems.push(`harness error: ${String(err)}`);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: 'harness error' }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    self = new LocalGitHub(emulator, server, `http://127.0.0.1:${port}`);
    return self;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    await this.emulator.close();
  }

  inject(fault: Fault): void {
    this.faults.push({ ...fault, left: fault.times ?? 1 });
  }

  /** Unspent faults (a test that injects one expects it to fire). */
  pendingFaults(): Fault[] {
    return this.faults.filter((f) => f.left > 0);
  }

  clearTraffic(): void {
    this.traffic.length = 0;
  }

  /** Calls the client made (injected fault responses and retries included). */
  calls(filter?: (r: Recorded) => boolean): Recorded[] {
    return filter ? this.traffic.filter(filter) : [...this.traffic];
  }

  // ---- direct access to the emulator (seeding, a person's pushes, assertions) ----

  async direct<T = any>(method: string, path: string, body?: unknown, token = ACTION_TOKEN): Promise<{ status: number; data: T }> {
    const res = await fetch(`${this.emulator.url}${path}`, {
      method,
      headers: {
        authorization: `token ${token}`,
        accept: 'application/vnd.github+json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, data: (text ? JSON.parse(text) : undefined) as T };
  }

  private async directOk<T = any>(method: string, path: string, body?: unknown, token = ACTION_TOKEN): Promise<T> {
    const r = await this.direct<T>(method, path, body, token);
    if (r.status >= 300) throw new Error(`${method} ${path} → ${r.status} ${JSON.stringify(r.data)}`);
    return r.data;
  }

  /** Commits `files` on top of `branch` as `author` (a person unless the message carries the action's trailer). */
  async commitFiles(
    branch: string,
    files: Record<string, string | null>,
    message: string,
    author = { name: 'Alice Example', email: 'alice@example.com' },
    token = PERSON_TOKEN,
  ): Promise<string> {
    const repo = `/repos/${OWNER}/${REPO}`;
    const ref = await this.directOk(`GET`, `${repo}/git/ref/heads/${branch}`, undefined, token);
    const parent = await this.directOk(`GET`, `${repo}/git/commits/${ref.object.sha}`, undefined, token);
    const tree = await this.directOk(
      'POST',
      `${repo}/git/trees`,
      {
        base_tree: parent.tree.sha,
        tree: Object.entries(files).map(([path, content]) =>
          content === null
            ? { path, mode: '100644', type: 'blob', sha: null }
            : { path, mode: '100644', type: 'blob', content },
        ),
      },
      token,
    );
    const commit = await this.directOk(
      'POST',
      `${repo}/git/commits`,
      { message, tree: tree.sha, parents: [ref.object.sha], author },
      token,
    );
    await this.directOk('PATCH', `${repo}/git/refs/heads/${branch}`, { sha: commit.sha }, token);
    return commit.sha as string;
  }

  /**
   * Rewrites the head of `branch` as `git commit --amend` and a force push do: the same message
   * and parent, `files` changed in its tree, `author` as the author.
   */
  async amendHead(
    branch: string,
    files: Record<string, string>,
    author = { name: 'Alice Example', email: 'alice@example.com' },
    token = PERSON_TOKEN,
  ): Promise<string> {
    const repo = `/repos/${OWNER}/${REPO}`;
    const ref = await this.directOk(`GET`, `${repo}/git/ref/heads/${branch}`, undefined, token);
    const head = await this.directOk(`GET`, `${repo}/git/commits/${ref.object.sha}`, undefined, token);
    const tree = Object.keys(files).length
      ? await this.directOk(
          'POST',
          `${repo}/git/trees`,
          { base_tree: head.tree.sha, tree: Object.entries(files).map(([path, content]) => ({ path, mode: '100644', type: 'blob', content })) },
          token,
        )
      : head.tree;
    const parents = (head.parents as Array<{ sha: string }>).map((p) => p.sha);
    const commit = await this.directOk('POST', `${repo}/git/commits`, { message: head.message, tree: tree.sha, parents, author }, token);
    await this.directOk('PATCH', `${repo}/git/refs/heads/${branch}`, { sha: commit.sha, force: true }, token);
    return commit.sha as string;
  }

  async branchSha(branch: string): Promise<string | undefined> {
    const r = await this.direct(`GET`, `/repos/${OWNER}/${REPO}/git/ref/heads/${branch}`);
    return r.status === 200 ? (r.data.object.sha as string) : undefined;
  }

  /** Commits reachable from `branch` that are not on `base`, newest first, with their tree and parents. */
  async commitsAhead(branch: string, base = 'main'): Promise<Array<{ sha: string; message: string; tree: string; parents: string[] }>> {
    const r = await this.directOk(`GET`, `/repos/${OWNER}/${REPO}/compare/${base}...${branch}`);
    return (r.commits as Array<{ sha: string; commit: { message: string; tree: { sha: string } }; parents: Array<{ sha: string }> }>)
      .map((c) => ({ sha: c.sha, message: c.commit.message, tree: c.commit.tree.sha, parents: c.parents.map((p) => p.sha) }))
      .reverse();
  }

  async fileAt(ref: string, path: string): Promise<string | undefined> {
    const r = await this.direct(`GET`, `/repos/${OWNER}/${REPO}/contents/${path}?ref=${encodeURIComponent(ref)}`);
    if (r.status !== 200) return undefined;
    return Buffer.from(r.data.content as string, 'base64').toString('utf8');
  }

  async pulls(state = 'all'): Promise<any[]> {
    return this.directOk(`GET`, `/repos/${OWNER}/${REPO}/pulls?state=${state}&per_page=100`);
  }

  async checkRuns(sha: string): Promise<any[]> {
    const r = await this.directOk(`GET`, `/repos/${OWNER}/${REPO}/commits/${sha}/check-runs`);
    return r.check_runs as any[];
  }

  // ---- the proxy ----

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const path = req.url ?? '/';
    const raw = await readBody(req);
    let requestBody: unknown;
    if (raw.length > 0) {
      try {
        requestBody = JSON.parse(raw.toString('utf8'));
      } catch {
        this.problems.push(`${method} ${path}: request body is not JSON`);
      }
    }
    const rec: Recorded = { method, path, status: 0, requestBody };
    this.traffic.push(rec);

    const fault = this.faults.find((f) => f.left > 0 && f.method === method && f.path.test(path.split('?')[0]));
    if (fault) {
      fault.left -= 1;
      if (fault.action.kind === 'reset') {
        rec.fault = 'reset';
        this.checkRequest(method, path, requestBody);
        req.socket.destroy();
        return;
      }
      if (fault.action.kind === 'hold') {
        rec.fault = 'hold';
        this.checkRequest(method, path, requestBody);
        // Nothing is forwarded: the server never acts on it. Held until the client closes it (or close()).
        await new Promise<void>((resolve) => res.on('close', () => resolve()));
        return;
      }
      if (fault.action.kind === 'status') {
        rec.fault = `status ${fault.action.status}`;
        this.checkRequest(method, path, requestBody);
        rec.status = fault.action.status;
        rec.responseBody = fault.action.body ?? { message: 'Server Error' };
        send(res, fault.action.status, rec.responseBody, fault.action.headers);
        return;
      }
      if (fault.action.kind === 'raw') {
        rec.fault = `raw ${fault.action.status}`;
        this.checkRequest(method, path, requestBody);
        rec.status = fault.action.status;
        res.writeHead(fault.action.status, { 'content-type': 'application/json; charset=utf-8', ...fault.action.headers });
        res.end(fault.action.text);
        return;
      }
      if (fault.action.kind === 'forward-then-reset') {
        rec.fault = 'forward-then-reset';
        const done = await this.forward(req, method, path, raw);
        this.checkRequest(method, path, requestBody);
        rec.status = done.status;
        req.socket.destroy();
        return;
      }
      if (fault.action.kind === 'before') {
        rec.fault = 'before';
        await fault.action.run();
        this.traffic.pop();
        await this.handle2(req, res, method, path, raw, requestBody, rec);
        return;
      }
      // concurrent-create: the other run's request goes through first, ours then collides.
      rec.fault = 'concurrent-create';
      const first = await this.forward(req, method, path, raw);
      if (first.status !== 201) this.problems.push(`concurrent-create fault: the "other run" got ${first.status}`);
      const body = {
        message: 'Reference already exists',
        documentation_url: 'https://docs.github.com/rest/git/refs#create-a-reference',
        status: '422',
      };
      this.record(rec, 422, body);
      send(res, 422, body);
      return;
    }

    await this.handle2(req, res, method, path, raw, requestBody, rec);
  }

  private async handle2(
    req: IncomingMessage,
    res: ServerResponse,
    method: string,
    path: string,
    raw: Buffer,
    requestBody: unknown,
    rec: Recorded,
  ): Promise<void> {
    if (!this.traffic.includes(rec)) this.traffic.push(rec);
    const gap = await this.fillGap(req, method, path, requestBody);
    if (gap) {
      this.record(rec, gap.status, gap.body);
      send(res, gap.status, gap.body);
      return;
    }

    const upstream = await this.forward(req, method, path, raw);
    let text = upstream.text;
    let responseBody: unknown;
    if (text) {
      try {
        responseBody = JSON.parse(text);
      } catch {
        responseBody = undefined;
      }
    }
    if (await this.freshPullHeads(path, upstream.status, responseBody)) text = JSON.stringify(responseBody);
    if (method === 'PATCH' || method === 'POST') this.trackAnnotations(method, path, requestBody, upstream.status, responseBody);
    this.record(rec, upstream.status, responseBody);
    const headers: Record<string, string> = {};
    upstream.headers.forEach((v, k) => {
      if (!['content-encoding', 'content-length', 'transfer-encoding', 'connection', 'keep-alive'].includes(k)) headers[k] = v;
    });
    res.writeHead(upstream.status, headers);
    res.end(text);
  }

  private checkRequest(method: string, path: string, requestBody: unknown): void {
    if (!findOperation(method, path)) {
      this.problems.push(`${method} ${path}: no such operation in GitHub's REST description`);
      return;
    }
    // Validate the request alone (status 0 never matches a documented response).
    for (const p of validateExchange({ method, path, requestBody, status: 599 })) this.problems.push(p);
  }

  private record(rec: Recorded, status: number, responseBody: unknown): void {
    rec.status = status;
    rec.responseBody = responseBody;
    for (const p of validateExchange({
      method: rec.method,
      path: rec.path,
      requestBody: rec.requestBody,
      status,
      responseBody,
    })) {
      if (KNOWN_EMULATOR_DEVIATIONS.some((d) => d.problem.test(p))) this.deviations.push(p);
      else this.problems.push(p);
    }
  }

  private async forward(
    req: IncomingMessage,
    method: string,
    path: string,
    raw: Buffer,
  ): Promise<{ status: number; headers: Headers; text: string }> {
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) {
      if (typeof v === 'string' && !['host', 'connection', 'content-length', 'accept-encoding'].includes(k)) headers[k] = v;
    }
    const r = await fetch(`${this.emulator.url}${path}`, {
      method,
      headers,
      body: raw.length > 0 ? new Uint8Array(raw) : undefined,
    });
    return { status: r.status, headers: r.headers, text: await r.text() };
  }

  private async fillGap(
    req: IncomingMessage,
    method: string,
    path: string,
    body: unknown,
  ): Promise<{ status: number; body: unknown } | undefined> {
    const pathname = path.split('?')[0];
    const statusMatch = /^\/repos\/([^/]+)\/([^/]+)\/statuses\/([0-9a-f]{40})$/.exec(pathname);
    if (method === 'POST' && statusMatch) {
      const auth = req.headers.authorization;
      const probe = await this.direct(`GET`, `/repos/${statusMatch[1]}/${statusMatch[2]}/git/commits/${statusMatch[3]}`, undefined, auth?.split(' ')[1]);
      if (probe.status !== 200) return { status: probe.status === 404 ? 422 : probe.status, body: { message: 'No commit found for SHA: ' + statusMatch[3], documentation_url: 'https://docs.github.com/rest/commits/statuses#create-a-commit-status' } };
      const b = body as { state: string; context?: string; description?: string; target_url?: string };
      const id = this.statusId++;
      const now = new Date().toISOString();
      this.statuses.push({ sha: statusMatch[3], state: b.state, context: b.context ?? 'default', description: b.description });
      return {
        status: 201,
        body: {
          url: `${this.url}/repos/${statusMatch[1]}/${statusMatch[2]}/statuses/${statusMatch[3]}`,
          avatar_url: null,
          id,
          node_id: `SC_${id}`,
          state: b.state,
          description: b.description ?? null,
          target_url: b.target_url ?? null,
          context: b.context ?? 'default',
          created_at: now,
          updated_at: now,
          creator: null,
        },
      };
    }
    // Moving a branch that is not there: the emulator answers 404, GitHub 422 "Reference does not exist".
    const refMatch = /^\/repos\/([^/]+)\/([^/]+)\/git\/refs\/(.+)$/.exec(pathname);
    if (method === 'PATCH' && refMatch) {
      const ref = await this.direct('GET', `/repos/${refMatch[1]}/${refMatch[2]}/git/ref/${decodeURIComponent(refMatch[3])}`);
      if (ref.status === 404) {
        return { status: 422, body: { message: 'Reference does not exist', documentation_url: 'https://docs.github.com/rest/git/refs#update-a-reference', status: '422' } };
      }
    }
    const tooLong = this.titleTooLong(method, pathname, body);
    if (tooLong) return tooLong;
    // The emulator lists no files for a pull request ([]): GitHub lists the compare of its base and head.
    const filesMatch = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/files$/.exec(pathname);
    if (method === 'GET' && filesMatch) {
      const pull = await this.direct<any>('GET', `/repos/${filesMatch[1]}/${filesMatch[2]}/pulls/${filesMatch[3]}`);
      if (pull.status !== 200) return { status: pull.status, body: pull.data };
      const cmp = await this.direct<any>('GET', `/repos/${filesMatch[1]}/${filesMatch[2]}/compare/${encodeURIComponent(pull.data.base.ref)}...${encodeURIComponent(pull.data.head.ref)}`);
      if (cmp.status !== 200) return { status: cmp.status, body: cmp.data };
      const q = new URLSearchParams(path.split('?')[1] ?? '');
      const perPage = Number(q.get('per_page') ?? 30);
      const page = Number(q.get('page') ?? 1);
      return { status: 200, body: ((cmp.data.files ?? []) as unknown[]).slice((page - 1) * perPage, page * perPage) };
    }
    const pullsMatch = /^\/repos\/([^/]+)\/([^/]+)\/pulls$/.exec(pathname);
    if (method === 'POST' && pullsMatch && body && typeof body === 'object') {
      const head = String((body as { head?: unknown }).head ?? '');
      const qualified = head.includes(':') ? head : `${pullsMatch[1]}:${head}`;
      const open = await this.direct<any[]>(
        'GET',
        `/repos/${pullsMatch[1]}/${pullsMatch[2]}/pulls?state=open&head=${encodeURIComponent(qualified)}`,
      );
      if (open.status === 200 && open.data.length > 0) {
        return {
          status: 422,
          body: {
            message: 'Validation Failed',
            errors: [{ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${qualified}.` }],
            documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request',
            status: '422',
          },
        };
      }
    }
    return undefined;
  }

  /**
   * The emulator keeps a pull request's `head.sha` at the commit the branch had when the pull
   * request was opened; GitHub's follows the branch. Rewritten, in place, to the branch's
   * current head in every pull request answer (a list, one, a create or an update).
   */
  private async freshPullHeads(path: string, status: number, body: unknown): Promise<boolean> {
    const m = /^\/repos\/([^/]+)\/([^/]+)\/pulls(\/\d+)?$/.exec(path.split('?')[0]);
    if (!m || status >= 300 || !body || typeof body !== 'object') return false;
    let changed = false;
    for (const pr of (Array.isArray(body) ? body : [body]) as Array<{ head?: { ref?: string; sha?: string; repo?: { full_name?: string } | null } }>) {
      const head = pr.head;
      if (!head?.ref || head.repo?.full_name !== `${m[1]}/${m[2]}`) continue;
      const ref = await this.direct('GET', `/repos/${m[1]}/${m[2]}/git/ref/heads/${head.ref}`);
      if (ref.status !== 200 || ref.data.object.sha === head.sha) continue;
      head.sha = ref.data.object.sha as string;
      changed = true;
    }
    return changed;
  }

  /** GitHub refuses a pull request title over 256 characters (the emulator takes any). */
  private titleTooLong(method: string, pathname: string, body: unknown): { status: number; body: unknown } | undefined {
    const create = method === 'POST' && /^\/repos\/[^/]+\/[^/]+\/pulls$/.test(pathname);
    const update = method === 'PATCH' && /^\/repos\/[^/]+\/[^/]+\/pulls\/\d+$/.test(pathname);
    const title = (body as { title?: unknown } | undefined)?.title;
    if (!(create || update) || typeof title !== 'string' || [...title].length <= 256) return undefined;
    return {
      status: 422,
      body: {
        message: 'Validation Failed',
        errors: [{ resource: 'Issue', code: 'custom', field: 'title', message: 'title is too long (maximum is 256 characters)' }],
        documentation_url: `https://docs.github.com/rest/pulls/pulls#${create ? 'create' : 'update'}-a-pull-request`,
        status: '422',
      },
    };
  }

  private trackAnnotations(method: string, path: string, body: unknown, status: number, response: unknown): void {
    const pathname = path.split('?')[0];
    const sent = ((body as { output?: { annotations?: unknown[] } })?.output?.annotations ?? []) as unknown[];
    if (method === 'POST' && /\/check-runs$/.test(pathname) && status === 201) {
      this.annotations.set((response as { id: number }).id, [...sent]);
    }
    const m = /\/check-runs\/(\d+)$/.exec(pathname);
    if (method === 'PATCH' && m && status === 200) {
      const id = Number(m[1]);
      this.annotations.set(id, [...(this.annotations.get(id) ?? []), ...sent]);
    }
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

/** The secondary rate-limit answer GitHub gives, with a `retry-after` of one second. */
export const SECONDARY_RATE_LIMIT: FaultAction = {
  kind: 'status',
  status: 403,
  headers: { 'retry-after': '1', 'x-ratelimit-remaining': '4000' },
  body: {
    message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
    documentation_url: 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
    status: '403',
  },
};

/**
 * The lifecycle every suite against the local GitHub shares: one server for the file,
 * closed after it, and after each test no schema problem in the traffic (and, when asked,
 * no injected fault left unconsumed). `bind` receives the started server.
 */
export function useLocalGitHub(bind: (gh: LocalGitHub) => void, options: { noPendingFaults?: boolean } = {}): void {
  let gh: LocalGitHub | undefined;
  beforeAll(async () => {
    gh = await LocalGitHub.start();
    bind(gh);
  });
  afterAll(async () => {
    await gh?.close();
  });
  afterEach(() => {
    expect(gh!.problems.splice(0)).toEqual([]);
    if (options.noPendingFaults) expect(gh!.pendingFaults()).toEqual([]);
  });
}
