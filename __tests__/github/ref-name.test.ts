/**
 * Branch names: the action's check agrees with real git's `git check-ref-format --branch`
 * on names that are valid, and on every kind git refuses.
 */
import { execFileSync } from 'node:child_process';
import { InputError } from '../../src/errors.js';
import { assertBranchName, branchNameProblem, checkBranchPrefix } from '../../src/github/ref-name.js';

function gitAccepts(branch: string): boolean {
  try {
    execFileSync('git', ['check-ref-format', '--branch', branch], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

const valid = ['gitops/shop/payments', 'shop/payments', 'deploy-shop/payments', 'a.b/shop/x', 'x@y/shop/p', 'release/v1.2/shop/p', 'x.locks/a/b'];
const invalid = [
  'a b/shop/p', '../shop/p', 'x..y/shop/p', '~weird/shop/p', 'a^b/shop/p', 'a:b/shop/p', 'a?b/s/p', 'a*b/s/p', 'a[b/s/p',
  'a\\b/s/p', 'a\tb/s/p', 'a\x7fb/s/p', '/gitops/s/p', 'gitops//s/p', 'gitops/s/p/', 'gitops/s/p.', '.hidden/s/p', 'x/.dot/p',
  'x.lock/s/p', 'a@{b/s/p', '-dash/s/p', '',
];

test.each(valid)('%j is a branch name, as git says', (name) => {
  expect(gitAccepts(name)).toBe(true);
  expect(branchNameProblem(name)).toBeUndefined();
});

test.each(invalid)('%j is not, as git says, and the problem is named', (name) => {
  expect(gitAccepts(name)).toBe(false);
  expect(branchNameProblem(name)).toEqual(expect.any(String));
});

test('a bad prefix is an InputError naming branch-prefix, the branch and why', () => {
  expect(() => assertBranchName('a b/shop/p', 'a b/')).toThrow(InputError);
  expect(() => assertBranchName('a b/shop/p', 'a b/')).toThrow(/Input 'branch-prefix': "a b\/" makes the branch "a b\/shop\/p", which is not a valid git branch name: it contains a space/);
  expect(() => checkBranchPrefix('x..y/')).toThrow(/Input 'branch-prefix': "x\.\.y\/" does not make valid git branch names.*it contains '\.\.'/);
  expect(checkBranchPrefix('gitops/')).toBe('gitops/');
  expect(checkBranchPrefix('')).toBe('');
});
