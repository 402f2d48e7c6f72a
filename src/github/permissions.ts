/**
 * Can the token write under `.github/workflows/`? GitHub refuses it to the workflow's
 * own GITHUB_TOKEN, always, and to any token without the workflow permission. The
 * action checks this before it writes anything, from what it can honestly know:
 *
 * | token | how it is recognised | verdict |
 * | --- | --- | --- |
 * | the run's `github.token` | equal to `workflowToken` (or to `GITHUB_TOKEN` in the environment) | cannot |
 * | `ghs_…` with no `workflowToken` to compare | shape only: GITHUB_TOKEN and App installation tokens look alike | cannot (the default `token` is `github.token`); override for an App token |
 * | `ghs_…` different from `workflowToken` | a GitHub App installation token | unknown (depends on the App's `workflows` permission): try, and map GitHub's refusal |
 * | `ghp_…` / `gho_…` / `ghu_…` (classic PAT, OAuth) | `x-oauth-scopes` of a response | can iff the scopes list `workflow` |
 * | `github_pat_…` (fine-grained PAT) | permissions are not visible in responses | unknown: try, and map GitHub's refusal |
 *
 * `workflowWrite: 'allow' | 'deny'` (an input) overrides the detection.
 */
import { UserError } from '../errors.js';
import type { Proposal } from '../generate/types.js';
import { errorStatus } from './client.js';

export const WORKFLOWS_DIR = '.github/workflows/';

export type WorkflowWrite = 'auto' | 'allow' | 'deny';

export interface TokenInfo {
  token: string;
  /** Input override; default 'auto'. */
  workflowWrite?: WorkflowWrite;
  /** The run's own `github.token`, when the action can know it, to recognise GITHUB_TOKEN exactly. */
  workflowToken?: string;
}

export interface WorkflowWriteVerdict {
  canWrite: boolean | 'unknown';
  reason: string;
}

export function workflowFiles(proposal: Pick<Proposal, 'files'>): string[] {
  return proposal.files.map((f) => f.path.replace(/^\.?\//, '')).filter((p) => p.startsWith(WORKFLOWS_DIR));
}

export function assessWorkflowWrite(info: TokenInfo, scopes?: string[], env: NodeJS.ProcessEnv = process.env): WorkflowWriteVerdict {
  const setting = info.workflowWrite ?? 'auto';
  if (setting === 'allow') return { canWrite: true, reason: 'the workflow-write override says the token may write workflows' };
  if (setting === 'deny') return { canWrite: false, reason: 'the workflow-write override says the token may not write workflows' };
  const t = info.token;
  if ((info.workflowToken && t === info.workflowToken) || (env.GITHUB_TOKEN && t === env.GITHUB_TOKEN)) {
    return { canWrite: false, reason: "the token is the workflow's own GITHUB_TOKEN, which GitHub never lets write workflow files" };
  }
  if (t.startsWith('ghs_')) {
    if (!info.workflowToken) {
      return {
        canWrite: false,
        reason:
          "the token is an installation token, which is the workflow's GITHUB_TOKEN unless it comes from a GitHub App (set the workflow-write override to 'allow' for an App token with the workflows permission)",
      };
    }
    return { canWrite: 'unknown', reason: "a GitHub App installation token: it can if the App has the 'workflows: write' permission" };
  }
  if (/^gh[pou]_/.test(t)) {
    if (!scopes) return { canWrite: 'unknown', reason: 'the server did not report the token’s OAuth scopes' };
    return scopes.includes('workflow')
      ? { canWrite: true, reason: "the token's scopes include 'workflow'" }
      : { canWrite: false, reason: `the token's scopes (${scopes.join(', ') || 'none'}) do not include 'workflow'` };
  }
  if (t.startsWith('github_pat_')) {
    return { canWrite: 'unknown', reason: "a fine-grained token: it can if it has the 'Workflows: write' permission" };
  }
  return { canWrite: 'unknown', reason: 'the kind of token is not recognised' };
}

export class WorkflowPermissionError extends UserError {
  constructor(
    readonly files: string[],
    reason: string,
  ) {
    super(
      `The proposal contains ${files.length === 1 ? 'a workflow file' : 'workflow files'} (${files.join(', ')}) ` +
        `and the token cannot write under ${WORKFLOWS_DIR}: ${reason}. Nothing was written. ` +
        `Fix: pass as input 'token' a GitHub App installation token whose App has the 'workflows: write' permission ` +
        `(for example from actions/create-github-app-token), or a personal access token with the 'workflow' scope; ` +
        `or set 'ci-workflow: skip' so the proposal does not include the workflow.`,
    );
    this.name = 'WorkflowPermissionError';
  }
}

/** Throws `WorkflowPermissionError` when the proposal holds a workflow and the token surely cannot write it. */
export function assertCanWriteWorkflows(proposal: Pick<Proposal, 'files'>, info: TokenInfo, scopes?: string[]): WorkflowWriteVerdict | undefined {
  const files = workflowFiles(proposal);
  if (files.length === 0) return undefined;
  const verdict = assessWorkflowWrite(info, scopes);
  if (verdict.canWrite === false) throw new WorkflowPermissionError(files, verdict.reason);
  return verdict;
}

/** GitHub's late refusal (ref update) of a commit that touches workflows without the permission. */
export function isWorkflowRefusal(err: unknown): boolean {
  const status = errorStatus(err);
  const message = err instanceof Error ? err.message : String(err);
  return (status === 403 || status === 404 || status === 422) && /workflow/i.test(message);
}
