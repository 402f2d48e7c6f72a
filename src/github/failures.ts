/**
 * What a failed GitHub call means to the person running the action. A refusal of the token
 * (401, 403, 404 on a write) is their configuration: it names the permission the job's
 * `permissions:` block must grant, or the repository setting. A server error or a dropped
 * connection that outlasted the retries is GitHub's: it says so and what was left behind.
 * Neither is the action's bug, so neither is reported as one.
 */
import { errorMessage, GitHubRefusalError, UserError } from '../errors.js';
import { errorStatus, MalformedAnswerError, RequestTimeoutError } from './client.js';

/** GitHub failed (5xx or the connection) after the retries: not the person's mistake, not a bug. */
export class GitHubUnavailableError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = 'GitHubUnavailableError';
  }
}

const LEFT = Symbol('gitops-action.left');

/** Records on an error what publishing had already done when it failed (the branch pushed, say). */
export function withLeft(err: unknown, left: string): unknown {
  if (err && typeof err === 'object') (err as Record<symbol, string>)[LEFT] = left;
  return err;
}

const PUBLISHED = Symbol('gitops-action.published');

/** What a failed publish had pushed: the branch holding the proposal, and its commit. */
export interface Published {
  branch: string;
  commitSha?: string;
}

/** Records on an error the branch (and commit) publishing had pushed when it failed, for the step's outputs. */
export function withPublished(err: unknown, published: Published): unknown {
  if (err && typeof err === 'object') (err as Record<symbol, Published>)[PUBLISHED] = published;
  return err;
}

/** The branch and commit a failed publish had pushed, when it had. */
export function publishedOf(err: unknown): Published | undefined {
  return (err as Record<symbol, Published> | undefined)?.[PUBLISHED];
}

interface RequestFacts {
  method: string;
  url: string;
}

function requestOf(err: unknown): RequestFacts | undefined {
  const r = (err as { request?: { method?: unknown; url?: unknown } })?.request;
  return typeof r?.method === 'string' && typeof r.url === 'string' ? { method: r.method, url: r.url } : undefined;
}

/** What the call was for, and the permission of a GITHUB_TOKEN (or App) it needs. */
function callPurpose(req: RequestFacts | undefined): { what: string; permission: string } {
  const path = req ? new URL(req.url, 'https://api.invalid').pathname : '';
  const write = req ? req.method !== 'GET' : false;
  if (/\/git\/(trees|commits|blobs)$/.test(path)) return { what: "write the proposal's commit", permission: 'contents: write' };
  if (/\/git\/refs/.test(path)) return { what: write ? 'create or move the branch' : 'read the branch', permission: write ? 'contents: write' : 'contents: read' };
  if (/\/pulls(\/\d+)?$/.test(path)) return { what: write ? 'open or update the pull request' : 'list the pull requests', permission: write ? 'pull-requests: write' : 'pull-requests: read' };
  return { what: 'read the repository', permission: 'contents: read' };
}

/**
 * GitHub's own message from an error response, with the reasons it lists under `errors`: a 422
 * says only "Validation Failed" in `message`, and why (drafts not supported, an invalid base,
 * no commits between the branches) is in `errors`. Without a response body, the client's
 * message without the documentation link Octokit appends.
 */
export function githubMessage(err: unknown): string {
  const data = (err as { response?: { data?: { message?: unknown; errors?: unknown } } })?.response?.data;
  const message = data?.message;
  if (typeof message !== 'string') return errorMessage(err).replace(/ - https:\/\/docs\.github\.com\S*$/, '');
  const reasons = Array.isArray(data!.errors) ? data!.errors.map(reasonText).filter((r) => r && !message.includes(r)) : [];
  return reasons.length ? `${message}: ${reasons.join('; ')}` : message;
}

/** One entry of a GitHub error's `errors`: its message, else what it names (`PullRequest.base: invalid`). */
function reasonText(e: unknown): string {
  if (typeof e === 'string') return e;
  if (!e || typeof e !== 'object') return '';
  const { message, resource, field, code } = e as Record<string, unknown>;
  if (typeof message === 'string' && message) return message;
  const what = [resource, field].filter((x): x is string => typeof x === 'string' && x !== '').join('.');
  return typeof code === 'string' && code ? (what ? `${what}: ${code}` : code) : what;
}

/**
 * The error to report for a failure of publishing: a `UserError` that says what to change
 * (or to run again), or `err` itself when it is not a GitHub response (a bug).
 */
export function explainPublishFailure(err: unknown): unknown {
  if (err instanceof UserError) return err;
  const left = (err as Record<symbol, string> | undefined)?.[LEFT] ?? 'Nothing was pushed.';
  const status = errorStatus(err);
  const req = requestOf(err);
  const { what, permission } = callPurpose(req);
  const text = githubMessage(err);
  // A write whose answer never came or was unreadable may have been carried out: the next run reads the branch again.
  const done = req && req.method !== 'GET' && !(err as Record<symbol, string>)[LEFT] ? 'GitHub may have carried out that write; the next run reads the branch again and goes on from there.' : left;
  if (err instanceof RequestTimeoutError) {
    return new GitHubUnavailableError(`GitHub did not answer when the action tried to ${what}: ${err.message}, also after the retries (each request waits ${err.timeoutMs / 1000} s at most). ${done} Run the action again; it picks up where this run stopped.`);
  }
  if (err instanceof MalformedAnswerError) {
    return new GitHubUnavailableError(`GitHub's answer when the action tried to ${what} was not JSON, also after the retries (${err.message}). ${done} Run the action again; it picks up where this run stopped.`);
  }
  if (status === 401) {
    return new GitHubRefusalError(401, text, what, `The token was not accepted: check the \`token\` input (an expired or revoked token, or a secret that is empty in this workflow). ${left}`);
  }
  if (status === 403 && /not permitted to create or approve pull requests/i.test(text)) {
    return new GitHubRefusalError(403, text, what, `With GITHUB_TOKEN, turn on the repository (or organisation) setting Settings → Actions → General → "Allow GitHub Actions to create and approve pull requests", or give the action a GitHub App token. ${left}`);
  }
  if (status === 404 && req?.method === 'GET') {
    // GitHub answers 404 for what a token may not see, as for what is not there.
    return new GitHubRefusalError(404, text, what, `The repository ${repoOf(req)} is not there, or the token cannot see it: check the \`token\` input and that the job grants \`contents: read\`. ${left}`);
  }
  if (status === 422) {
    // Private repositories on GitHub Free have no draft pull requests: the input asked for one.
    const draft = /draft pull requests are not supported/i.test(text) ? "Set the input 'draft' to false: this repository does not take draft pull requests. " : '';
    return new GitHubRefusalError(422, text, what, `${draft}${left}`);
  }
  if ((status === 403 && !/rate limit/i.test(text)) || (status === 404 && req && req.method !== 'GET')) {
    return new GitHubRefusalError(status, text, what, `The token lacks \`${permission}\`: grant it in the job's \`permissions:\` block (mode generate needs \`contents: write\` and \`pull-requests: write\`), or give a token that has it. ${left}`);
  }
  if (status === 403 || status === 429) {
    return new GitHubUnavailableError(`GitHub kept refusing to ${what} for its rate limit (${status}: ${text}) after the waits the action allows. ${left} Run the action again ${resetTime(err) ?? 'later'}.`);
  }
  if ((status !== undefined && status >= 500) || isNetworkError(err)) {
    return new GitHubUnavailableError(`GitHub failed to ${what} (${status ?? errorCode(err)}: ${text}) after the retries. ${left} Run the action again; it picks up where this run stopped.`);
  }
  return err;
}

/** "after 14:05 UTC", when GitHub said when the token's quota comes back (`x-ratelimit-reset`, epoch seconds). */
function resetTime(err: unknown): string | undefined {
  const headers = (err as { response?: { headers?: Record<string, unknown> } })?.response?.headers;
  const reset = Number(headers?.['x-ratelimit-reset']);
  if (headers?.['x-ratelimit-remaining'] !== '0' || !Number.isFinite(reset) || reset <= 0) return undefined;
  return `after ${new Date(reset * 1000).toISOString().slice(11, 16)} UTC, when GitHub restores the token's quota`;
}

function repoOf(req: RequestFacts): string {
  const m = /\/repos\/([^/]+)\/([^/?]+)/.exec(new URL(req.url, 'https://api.invalid').pathname);
  return m ? `${decodeURIComponent(m[1])}/${decodeURIComponent(m[2])}` : '(unknown)';
}

function errorCode(err: unknown): string {
  const c = (err as { code?: unknown; cause?: { code?: unknown } })?.code ?? (err as { cause?: { code?: unknown } })?.cause?.code;
  return typeof c === 'string' ? c : 'no answer';
}

function isNetworkError(err: unknown): boolean {
  return /^(ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE|ENOTFOUND|EAI_AGAIN|UND_ERR_\w+)$/.test(errorCode(err)) || /fetch failed|socket hang up|other side closed/i.test(errorMessage(err));
}
