/**
 * The GitHub REST client: Octokit core with the REST endpoint methods and the
 * well-kept retry and throttling plugins, behind the small `GitHubApi`
 * interface that the publisher and the check reporter use (so a test can hand
 * in a fake, or an Octokit pointed at a local server).
 */
import * as core from '@actions/core';
import { Octokit } from '@octokit/core';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export interface ApiResponse<T = any> {
  status: number;
  headers: Record<string, string | number | undefined>;
  data: T;
}

/**
 * What the GitHub side needs from a client: one request method with Octokit's
 * route syntax (`'GET /repos/{owner}/{repo}/branches/{branch}'`). Errors are
 * thrown with a numeric `status` (Octokit's `RequestError`).
 */
export interface GitHubApi {
  request<T = any>(route: string, params?: Record<string, unknown>): Promise<ApiResponse<T>>;
  /** OAuth scopes the server reported for the token (`x-oauth-scopes`), once a response carried them. */
  tokenScopes?(): string[] | undefined;
}

export interface ClientLogger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
}

export interface ClientOptions {
  token: string;
  /** REST root; default `GITHUB_API_URL`, else https://api.github.com. */
  baseUrl?: string;
  userAgent?: string;
  /** Retries of a 5xx (and other retriable) response; default 3. */
  retries?: number;
  /**
   * Longest wait (ms) for one answer, body included; default DEFAULT_REQUEST_TIMEOUT_MS. A request
   * still unanswered then is cut off and retried like a 502 (RequestTimeoutError). Tests shrink it.
   */
  requestTimeoutMs?: number;
  /** Base of the retry back-off (ms × retryCount²); default 1000. Tests shrink it. */
  retryAfterBaseValueMs?: number;
  /** How many times a (secondary) rate limit is waited out before giving up; default 3. */
  rateLimitRetries?: number;
  /** Longest wait (s) accepted from `retry-after` / the rate-limit reset; default 120. */
  maxRateLimitWaitSeconds?: number;
  /**
   * Pace writes one second apart (three for those that notify), as GitHub asks of
   * integrations (the throttling plugin's default). Tests turn it off to run fast;
   * the action keeps it on.
   */
  paceWrites?: boolean;
  log?: ClientLogger;
  /** A fetch implementation (tests: record or fault traffic without a server). */
  fetch?: typeof fetch;
}

const defaultLog: ClientLogger = {
  debug: (m) => core.debug(m),
  info: (m) => core.info(m),
  warn: (m) => core.warning(m),
};

/**
 * A 2xx answer whose body is not the JSON GitHub sends for every route the action uses: a body
 * cut off in transit, a proxy's or load balancer's page. Octokit hands such a body on as a
 * string, which the callers would read as an object with no fields (a commit without a sha, a
 * pull request numbered `undefined`). Its `status` is 502 (an invalid answer from the server),
 * so the retry plugin retries it as it retries a 502.
 */
export class MalformedAnswerError extends Error {
  readonly status = 502;
  constructor(
    readonly request: { method: string; url: string; request?: unknown },
    /** The status GitHub's answer carried (2xx). */
    readonly answerStatus: number,
    body: string,
  ) {
    const excerpt = body.length > 80 ? `${body.slice(0, 80)}…` : body;
    super(`GitHub answered ${request.method} ${new URL(request.url, 'https://api.invalid').pathname} with ${answerStatus} and a body that is not JSON (cut off in transit, or the page of a proxy in between): ${JSON.stringify(excerpt)}`);
    this.name = 'MalformedAnswerError';
  }
}

/**
 * How long one request may wait for its answer. GitHub ends a REST request it cannot serve in 10 s
 * (with a 5xx), so an answer still missing after 30 s is a connection that hangs (a proxy, a
 * stalled socket); without a limit of our own, each attempt would wait for Node's (300 s).
 */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

/**
 * No answer (or not all of its body) within the request timeout. Its `status` is 504 (no answer
 * from the server in time), so the retry plugin retries it as it retries a 502.
 */
export class RequestTimeoutError extends Error {
  readonly status = 504;
  constructor(
    readonly request: { method: string; url: string; request?: unknown },
    readonly timeoutMs: number,
  ) {
    super(`GitHub did not answer ${request.method} ${new URL(request.url, 'https://api.invalid').pathname} within ${timeoutMs / 1000} s`);
    this.name = 'RequestTimeoutError';
  }
}

/** Registered before the retry plugin, so that each attempt has a timeout of its own. */
function timeouts(octokit: Octokit, options: object): void {
  const given = (options as { requestTimeoutMs?: unknown }).requestTimeoutMs;
  const ms = typeof given === 'number' ? given : DEFAULT_REQUEST_TIMEOUT_MS;
  // The signals set here (with the caller's own they combine), told apart on the retries, which reuse the options.
  const ours = new WeakMap<AbortSignal, AbortSignal | undefined>();
  octokit.hook.wrap('request', async (request, opts) => {
    const timer = new AbortController();
    const given = (opts.request as { signal?: AbortSignal } | undefined)?.signal;
    const theirs = given && ours.has(given) ? ours.get(given) : given;
    const signal = theirs ? AbortSignal.any([theirs, timer.signal]) : timer.signal;
    ours.set(signal, theirs);
    const clock = setTimeout(() => timer.abort(), ms);
    // The hooks inside this one are bound to this very options object (before-after-hook), so the
    // signal goes on it, in a copy of its `request` (which may be Octokit's shared defaults).
    opts.request = { ...opts.request, signal } as typeof opts.request;
    try {
      return await request(opts);
    } catch (err) {
      if (timer.signal.aborted && !theirs?.aborted) {
        throw new RequestTimeoutError({ method: opts.method, url: octokit.request.endpoint.parse(opts).url, request: opts.request }, ms);
      }
      throw err;
    } finally {
      clearTimeout(clock);
    }
  });
}

/** Registered before the retry plugin, so that its hook runs inside the retries. */
function jsonAnswers(octokit: Octokit): void {
  octokit.hook.after('request', (response, options) => {
    const accept = String((options.headers as Record<string, unknown> | undefined)?.accept ?? '');
    if (response.status === 204 || response.status === 205 || !/json/i.test(accept)) return;
    const data: unknown = response.data;
    if (typeof data === 'object' && data !== null && Object.prototype.toString.call(data) !== '[object ArrayBuffer]') return;
    const body = typeof data === 'string' ? data : data === undefined || data === null ? '' : '(binary)';
    throw new MalformedAnswerError({ method: options.method, url: response.url || String(options.url), request: options.request }, response.status, body);
  });
}

const GitHubOctokit = Octokit.plugin(restEndpointMethods, jsonAnswers, timeouts, retry, throttling);
export type GitHubOctokit = InstanceType<typeof GitHubOctokit>;

/** A pacing group that does not pace: the throttling plugin only calls `key(id).schedule(options, fn)`. */
const unpaced = { key: () => ({ schedule: (_options: unknown, fn: () => unknown) => Promise.resolve(fn()) }) };

export function createOctokit(options: ClientOptions): GitHubOctokit {
  if (!options.token) throw new Error('A GitHub token is required (input `token`).');
  core.setSecret(options.token);
  const log = options.log ?? defaultLog;
  const rateLimitRetries = options.rateLimitRetries ?? 3;
  const maxWait = options.maxRateLimitWaitSeconds ?? 120;
  const onLimit =
    (kind: string) =>
    (retryAfter: number, opts: { method?: string; url?: string }, _octokit: unknown, retryCount: number): boolean => {
      const what = `${opts.method ?? ''} ${opts.url ?? ''}`.trim();
      if (retryCount < rateLimitRetries && retryAfter <= maxWait) {
        log.warn(`GitHub ${kind} hit on ${what}; waiting ${retryAfter}s and retrying (${retryCount + 1}/${rateLimitRetries}).`);
        return true;
      }
      log.warn(`GitHub ${kind} hit on ${what}; giving up after ${retryCount} retries.`);
      return false;
    };
  return new GitHubOctokit({
    auth: options.token,
    baseUrl: (options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    userAgent: options.userAgent ?? 'gitops-action',
    log: { debug: log.debug, info: log.info, warn: log.warn, error: log.warn },
    request: options.fetch ? { fetch: options.fetch } : undefined,
    requestTimeoutMs: options.requestTimeoutMs,
    retry: {
      retries: options.retries ?? 3,
      retryAfterBaseValue: options.retryAfterBaseValueMs ?? 1000,
    },
    throttle: {
      onRateLimit: onLimit('rate limit'),
      onSecondaryRateLimit: onLimit('secondary rate limit'),
      ...(options.paceWrites === false ? { write: unpaced, notifications: unpaced } : {}),
    } as never,
  });
}

/** Wraps an Octokit as a `GitHubApi`, remembering the token's OAuth scopes when the server reports them. */
export function toGitHubApi(octokit: { request: (route: string, params?: Record<string, unknown>) => Promise<unknown> }): GitHubApi {
  let scopes: string[] | undefined;
  return {
    async request<T>(route: string, params?: Record<string, unknown>): Promise<ApiResponse<T>> {
      const res = (await octokit.request(route, params)) as ApiResponse<T>;
      const header = res.headers?.['x-oauth-scopes'];
      if (typeof header === 'string') {
        scopes = header
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
      }
      return res;
    },
    tokenScopes: () => scopes,
  };
}

export function createGitHubApi(options: ClientOptions): GitHubApi {
  return toGitHubApi(createOctokit(options) as never);
}

/** Numeric HTTP status of an Octokit error, if any. */
export function errorStatus(err: unknown): number | undefined {
  const s = (err as { status?: unknown })?.status;
  return typeof s === 'number' ? s : undefined;
}
