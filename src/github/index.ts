/**
 * The GitHub side, as main.ts uses it: the run's context from the runner's environment,
 * publishing a proposal with its check run, and the check run of `mode: validate`.
 */
import { readFileSync } from 'node:fs';
import type { Proposal } from '../generate/types.js';
import type { Decision } from '../policy/types.js';
import type { Finding } from '../validate/types.js';
import { createGitHubApi, type ClientOptions, type GitHubApi } from './client.js';
import { proposalCheck, reportCheck, validationCheck, type CheckResult } from './checks.js';
import { explainPublishFailure, publishedOf, withPublished } from './failures.js';
import { publishProposal, type PublishLogger, type PublishResult } from './publish.js';
import type { WorkflowWrite } from './permissions.js';

export { createGitHubApi, createOctokit, toGitHubApi, type GitHubApi, type ClientOptions } from './client.js';
export { publishProposal, proposalBranch, isActionCommit, hasProposalTrailer, PROPOSAL_TRAILER, TREE_TRAILER, PARENT_TRAILER, type PublishParams, type PublishResult } from './publish.js';
export { reportCheck, validationCheck, proposalCheck, findingToAnnotation, type CheckReport, type CheckResult } from './checks.js';
export { buildPullRequestBody, pullRequestTitle, blastRadiusGraph, BODY_BEGIN, BODY_END, GITHUB_BODY_LIMIT, GITHUB_TITLE_LIMIT } from './pr-body.js';
export { explainPublishFailure, GitHubUnavailableError } from './failures.js';
export { changedFilesOfRun } from './changes.js';
export { assessWorkflowWrite, assertCanWriteWorkflows, workflowFiles, WorkflowPermissionError, type WorkflowWrite } from './permissions.js';

export interface RunContext {
  owner: string;
  repo: string;
  eventName: string;
  /** The repository's default branch from the event payload (saves a call). */
  defaultBranch?: string;
  /** pull_request / pull_request_target: the head commit to put the check on. */
  pullRequestHeadSha?: string;
  /** Link to this workflow run. */
  runUrl?: string;
  /**
   * pull_request / pull_request_target: commits of its base branch (the event's base sha, and on
   * pull_request_target the run's GITHUB_SHA, base's head): a checkout at one of them is not the pull request.
   */
  pullRequestBaseShas?: string[];
  /**
   * merge_group: the merge queue's commit (`merge_group.head_sha`). Branch protection asks the
   * required checks of a queued pull request on this commit: without the check there, a queue
   * that requires it waits until it times out.
   */
  mergeGroupHeadSha?: string;
  /** pull_request: the repository its head comes from, when that is a fork (`owner/repo`). */
  pullRequestFork?: string;
  /** pull_request / pull_request_target: its number (its files are listed for `render: changed`). */
  pullRequestNumber?: number;
  /**
   * push: the commits before and after (compared for `render: changed`); merge_group: the queue's
   * base and its commit (`merge_group.base_sha`, `head_sha`), what the queued pull requests change.
   */
  pushRange?: { before: string; after: string };
}

/** Reads the run's context as the runner provides it (GITHUB_REPOSITORY, GITHUB_EVENT_PATH, ...). */
export function runContextFromEnv(env: NodeJS.ProcessEnv = process.env): RunContext {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  let payload: Record<string, any> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, any>;
    } catch {
      payload = {};
    }
  }
  const server = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  const headSha = payload.pull_request?.head?.sha;
  return {
    owner: owner || payload.repository?.owner?.login || '',
    repo: repo || payload.repository?.name || '',
    eventName: env.GITHUB_EVENT_NAME ?? '',
    defaultBranch: typeof payload.repository?.default_branch === 'string' ? payload.repository.default_branch : undefined,
    pullRequestHeadSha: typeof headSha === 'string' ? headSha : undefined,
    runUrl: env.GITHUB_RUN_ID && owner ? `${server}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
    ...(typeof headSha === 'string' ? { pullRequestBaseShas: baseShas(env, payload) } : {}),
    ...(typeof payload.pull_request?.number === 'number' ? { pullRequestNumber: payload.pull_request.number } : {}),
    ...(typeof payload.merge_group?.head_sha === 'string' ? { mergeGroupHeadSha: payload.merge_group.head_sha } : {}),
    ...(forkOf(payload) ? { pullRequestFork: forkOf(payload) } : {}),
    ...(typeof payload.before === 'string' && typeof payload.after === 'string' ? { pushRange: { before: payload.before, after: payload.after } } : {}),
    ...(typeof payload.merge_group?.base_sha === 'string' && typeof payload.merge_group?.head_sha === 'string' ? { pushRange: { before: payload.merge_group.base_sha, after: payload.merge_group.head_sha } } : {}),
  };
}

/** The head repository of a pull request from another repository (a fork), else undefined. */
function forkOf(payload: Record<string, any>): string | undefined {
  const head = payload.pull_request?.head?.repo?.full_name;
  const base = payload.pull_request?.base?.repo?.full_name;
  return typeof head === 'string' && typeof base === 'string' && head !== base ? head : undefined;
}

function baseShas(env: NodeJS.ProcessEnv, payload: Record<string, any>): string[] {
  const out: string[] = [];
  if (typeof payload.pull_request?.base?.sha === 'string') out.push(payload.pull_request.base.sha);
  // On pull_request_target GITHUB_SHA is the base branch's head; on pull_request it is the merge commit.
  if (env.GITHUB_EVENT_NAME === 'pull_request_target' && env.GITHUB_SHA && !out.includes(env.GITHUB_SHA)) out.push(env.GITHUB_SHA);
  return out;
}

/** The `github` part of the settings (structural: settings.ts owns the parsing). */
export interface GitHubSettings {
  token: string;
  checkName: string;
  branchPrefix: string;
  base?: string;
  labels: string[];
  reviewers: string[];
  teamReviewers: string[];
  draft: boolean;
  /** Override of the workflow-permission detection (see permissions.ts); default 'auto'. */
  workflowWrite?: WorkflowWrite;
  /** The run's own `github.token`, when known, to recognise GITHUB_TOKEN exactly. */
  workflowToken?: string;
}

export interface GenerateOutcome {
  result: PublishResult;
  check?: CheckResult;
  /** Action outputs: pull-request-number, pull-request-url, pull-request-operation, branch, commit-sha, outcome. */
  outputs: Record<string, string>;
}

/**
 * `mode: generate` after the gate: publish the proposal (nothing when denied or halted),
 * then a check run on its commit with the decision and the validation result.
 */
export async function publishWithCheck(args: {
  api?: GitHubApi;
  client?: Partial<ClientOptions>;
  context: RunContext;
  settings: GitHubSettings;
  proposal: Proposal;
  decision: Decision;
  findings?: Finding[];
  log?: PublishLogger;
  /** The commit the proposal was read from (see PublishParams.checkoutSha). */
  checkoutSha?: string;
}): Promise<GenerateOutcome> {
  const { context, settings, proposal, decision } = args;
  const api = args.api ?? createGitHubApi({ token: settings.token, ...args.client });
  let result: PublishResult;
  try {
    result = await publishProposal(api, {
      owner: context.owner,
      repo: context.repo,
      proposal,
      decision,
      branchPrefix: settings.branchPrefix,
      base: settings.base ?? context.defaultBranch,
      labels: settings.labels,
      reviewers: settings.reviewers,
      teamReviewers: settings.teamReviewers,
      draft: settings.draft,
      runUrl: context.runUrl,
      checkoutSha: args.checkoutSha,
      token: { token: settings.token, workflowWrite: settings.workflowWrite, workflowToken: settings.workflowToken },
      log: args.log,
    });
  } catch (err) {
    // A refused token or a GitHub outage is reported as what it is, not as the action's bug;
    // the branch it had pushed stays known to failureOutputs.
    const published = publishedOf(err);
    const explained = explainPublishFailure(err);
    throw published ? withPublished(explained, published) : explained;
  }
  let check: CheckResult | undefined;
  if (result.commitSha) {
    check = await reportCheck(
      api,
      context,
      proposalCheck(settings.checkName, result.commitSha, decision, args.findings ?? [], context.runUrl, result.others),
      args.log,
    );
  }
  const outputs: Record<string, string> = {
    outcome: result.outcome,
    branch: result.outcome === 'denied' ? '' : result.branch,
    'pull-request-operation': result.operation,
    'pull-request-number': result.number === undefined ? '' : String(result.number),
    'pull-request-url': result.url ?? '',
    'commit-sha': result.commitSha ?? '',
  };
  return { result, check, outputs };
}

/**
 * The outputs a failed publishWithCheck still knows (action.yml sets every known output in every
 * outcome): `branch` and `commit-sha` once the branch holds the proposal, as its error names them.
 */
export function failureOutputs(err: unknown): Record<string, string> {
  const published = publishedOf(err);
  return published ? { branch: published.branch, 'commit-sha': published.commitSha ?? '' } : {};
}

/** The commit `mode: validate` reports its check on: a pull request's head, a merge queue's commit; else none. */
export function validationCheckSha(context: RunContext): string | undefined {
  return context.pullRequestHeadSha ?? context.mergeGroupHeadSha;
}

/**
 * `mode: validate`: on a pull request, a check run on its head with the findings; on a merge
 * queue's merge_group, on the queue's commit. Elsewhere nothing (undefined).
 */
export async function validateWithCheck(args: {
  api?: GitHubApi;
  client?: Partial<ClientOptions>;
  context: RunContext;
  token: string;
  checkName: string;
  findings: Finding[];
  /** The step's `fail-on`, which the check's conclusion follows. */
  failOn?: 'error' | 'warning' | 'never';
  log?: PublishLogger;
  /** The commit the findings are of (the checkout's HEAD), when known. */
  checkoutSha?: string;
}): Promise<CheckResult | undefined> {
  const sha = validationCheckSha(args.context);
  if (!sha) return undefined;
  const at = args.checkoutSha;
  if (at && at !== sha && args.context.pullRequestBaseShas?.includes(at)) {
    // The checkout is the base branch (pull_request_target: actions/checkout takes the base
    // unless given a ref): the findings are not of the pull request's files. A check on its head
    // would pass or fail it for what it does not contain; a required check stays pending instead.
    const message =
      `The check '${args.checkName}' is not reported on pull request #${args.context.pullRequestNumber ?? '?'}: the checkout (${at.slice(0, 7)}) is its base branch, not its head (${sha.slice(0, 7)}), so the findings are not of its files` +
      `${args.context.eventName === 'pull_request_target' ? ' (on pull_request_target, actions/checkout checks out the base branch)' : ''}. ` +
      'To check the pull request, check out its head (actions/checkout with `ref: ${{ github.event.pull_request.head.sha }}`), or run on pull_request.';
    args.log?.warn(message);
    return { kind: 'warning', message };
  }
  const api = args.api ?? createGitHubApi({ token: args.token, ...args.client });
  // GitHub gives a pull_request run from a fork a read-only GITHUB_TOKEN, whatever `permissions:` says.
  const fork = args.context.eventName === 'pull_request' && args.context.pullRequestFork;
  const readOnly = fork ? `the pull request comes from the fork ${fork}, and GitHub gives its pull_request runs a read-only token whatever the job's permissions: grant` : undefined;
  return reportCheck(api, args.context, validationCheck(args.checkName, sha, args.findings, args.context.runUrl, args.failOn), args.log, readOnly);
}
