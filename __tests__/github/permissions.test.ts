import { makeProposal } from '../../__fixtures__/github/proposal.js';
import {
  assessWorkflowWrite,
  assertCanWriteWorkflows,
  workflowFiles,
  isWorkflowRefusal,
  WorkflowPermissionError,
} from '../../src/github/permissions.js';

const env = {};

test('workflow files are found under .github/workflows/ only', () => {
  expect(workflowFiles(makeProposal({ withWorkflow: true }))).toEqual(['.github/workflows/payments-ci.yaml']);
  expect(workflowFiles(makeProposal())).toEqual([]);
});

test.each([
  ['the run’s github.token', { token: 'ghs_abc', workflowToken: 'ghs_abc' }, undefined, false],
  ['an installation token, nothing to compare with', { token: 'ghs_abc' }, undefined, false],
  ['an App token (differs from github.token)', { token: 'ghs_app', workflowToken: 'ghs_abc' }, undefined, 'unknown'],
  ['a classic PAT with the workflow scope', { token: 'ghp_x' }, ['repo', 'workflow'], true],
  ['a classic PAT without it', { token: 'ghp_x' }, ['repo'], false],
  ['a classic PAT, scopes not reported', { token: 'ghp_x' }, undefined, 'unknown'],
  ['a fine-grained PAT', { token: 'github_pat_x' }, undefined, 'unknown'],
  ['override allow', { token: 'ghs_abc', workflowToken: 'ghs_abc', workflowWrite: 'allow' as const }, undefined, true],
  ['override deny', { token: 'ghp_x', workflowWrite: 'deny' as const }, ['workflow'], false],
])('%s', (_name, info, scopes, expected) => {
  expect(assessWorkflowWrite(info, scopes, env).canWrite).toBe(expected);
});

test('GITHUB_TOKEN in the environment is recognised', () => {
  expect(assessWorkflowWrite({ token: 'ghs_env' }, undefined, { GITHUB_TOKEN: 'ghs_env' }).canWrite).toBe(false);
});

test('the error names the files and every fix', () => {
  const p = makeProposal({ withWorkflow: true });
  expect(() => assertCanWriteWorkflows(p, { token: 'ghp_x' }, ['repo'])).toThrow(WorkflowPermissionError);
  try {
    assertCanWriteWorkflows(p, { token: 'ghp_x' }, ['repo']);
  } catch (err) {
    const m = (err as Error).message;
    expect(m).toContain('.github/workflows/payments-ci.yaml');
    expect(m).toContain('GitHub App installation token');
    expect(m).toContain("'workflow' scope");
    expect(m).toContain("'ci-workflow: skip'");
    expect(m).not.toContain('ghp_x');
  }
  expect(assertCanWriteWorkflows(makeProposal(), { token: 'ghp_x' }, ['repo'])).toBeUndefined();
});

test('GitHub’s late refusal is recognised', () => {
  const err = Object.assign(new Error('refusing to allow a GitHub App to create or update workflow `.github/workflows/x.yml` without `workflows` permission'), { status: 422 });
  expect(isWorkflowRefusal(err)).toBe(true);
  expect(isWorkflowRefusal(Object.assign(new Error('Update is not a fast-forward'), { status: 422 }))).toBe(false);
});
