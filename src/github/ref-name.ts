/**
 * Branch names as git takes them (`git check-ref-format --branch`). GitHub refuses the
 * others with a 422 only when the ref is created, after the tree and commit are written:
 * checking first lets the action refuse a bad `branch-prefix` before anything is read or written.
 */
import { InputError } from '../errors.js';

/** Why `branch` is not a valid git branch name, or undefined when it is one. */
export function branchNameProblem(branch: string): string | undefined {
  if (branch === '') return 'it is empty';
  // Valid to git, but GitHub would create refs/heads/refs/heads/...: a branch literally named so.
  if (branch.startsWith('refs/')) return "it starts with 'refs/' (the prefix goes after refs/heads/, give it without)";
  if (branch.startsWith('-')) return "it starts with '-'";
  const bad = /[\x00-\x20\x7f~^:?*[\\]/.exec(branch);
  if (bad) return `it contains ${describeChar(bad[0])}`;
  if (branch.includes('..')) return "it contains '..'";
  if (branch.includes('@{')) return "it contains '@{'";
  if (branch.startsWith('/') || branch.endsWith('/')) return "it starts or ends with '/'";
  if (branch.includes('//')) return "it contains '//'";
  if (branch.endsWith('.')) return "it ends with '.'";
  for (const part of branch.split('/')) {
    if (part.startsWith('.')) return `its part '${part}' starts with '.'`;
    if (part.endsWith('.lock')) return `its part '${part}' ends with '.lock'`;
  }
  return undefined;
}

function describeChar(c: string): string {
  if (c === ' ') return 'a space';
  const code = c.charCodeAt(0);
  return code < 0x20 || code === 0x7f ? `a control character (U+${code.toString(16).toUpperCase().padStart(4, '0')})` : `'${c}'`;
}

const HINT = "(see git check-ref-format; e.g. 'gitops/' or 'deploy-')";

/**
 * Refuses a branch name git would refuse, naming the input `branch-prefix` (application and
 * service are DNS labels, checked where they are read, so only the prefix can make it invalid).
 */
export function assertBranchName(branch: string, prefix: string): void {
  const problem = branchNameProblem(branch);
  if (problem) {
    throw new InputError('branch-prefix', `${JSON.stringify(prefix)} makes the branch ${JSON.stringify(branch)}, which is not a valid git branch name: ${problem} ${HINT}.`);
  }
}

/** The `branch-prefix` input, checked with a sample application and service before anything is read. */
export function checkBranchPrefix(prefix: string): string {
  const problem = branchNameProblem(`${prefix}application/service`);
  if (problem) {
    throw new InputError('branch-prefix', `${JSON.stringify(prefix)} does not make valid git branch names (<branch-prefix><application>/<service>): ${problem} ${HINT}.`);
  }
  return prefix;
}

/**
 * The `base` input: a branch name. `refs/heads/<name>` (what `github.ref` and `github.base_ref`
 * style values look like) is taken as `<name>`, since the REST API names a pull request's base
 * by the branch alone; a name git would refuse is an `InputError` naming `base`.
 */
export function checkBase(base: string): string {
  const name = base.startsWith('refs/heads/') ? base.slice('refs/heads/'.length) : base;
  const problem = branchNameProblem(name);
  if (problem) throw new InputError('base', `${JSON.stringify(base)} is not a valid git branch name: ${problem}.`);
  return name;
}
