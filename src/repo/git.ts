/**
 * The git this project reads (never writes): the checkout's commit, and what a working tree
 * changed against a ref. One runner, `git` from the PATH, in the directory asked about.
 */
import { execFile } from 'node:child_process';
import { UserError } from '../errors.js';

function git(dir: string, args: string[], timeout = 120_000): Promise<{ ok: boolean; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile('git', args, { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout }, (err, stdout, stderr) => done({ ok: !err, stdout: stdout ?? '', stderr: stderr ?? '' }));
  });
}

/**
 * The commit a checkout is at (`git rev-parse HEAD`), or undefined when `dir` is not a git
 * checkout or git is not there. Publishing compares it with the base branch's head: the
 * proposal was read from this commit.
 */
export async function checkoutHead(dir: string): Promise<string | undefined> {
  const r = await git(dir, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], 10_000);
  const sha = r.stdout.trim();
  return r.ok && /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined;
}

/**
 * The files of `dir` (paths relative to it) that differ from where the working tree
 * branched off `ref`: what a pull request from this tree onto `ref` would change, including
 * edits not committed yet and new files git does not ignore (`git diff --merge-base ref`,
 * plus `git ls-files --others`). Deleted files are listed too: a deleted value file matters.
 */
export async function changedSince(dir: string, ref: string, input = '--render-since', warn: (m: string) => void = () => undefined): Promise<Set<string> | undefined> {
  if (!ref.trim() || ref.startsWith('-')) throw new UserError(`${input}: '${ref}' is not a git revision.`);
  const top = await git(dir, ['rev-parse', '--show-toplevel']);
  if (!top.ok) throw new UserError(`${input}: ${dir} is not in a git checkout (${top.stderr.trim() || 'git rev-parse failed'}).`);
  const known = await git(dir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  if (!known.ok) throw new UserError(`${input}: '${ref}' is not a commit this checkout knows (fetch it first, e.g. git fetch origin main).`);
  // The commit itself: `--merge-base` takes commits only (an annotated tag is not one).
  const commit = known.stdout.trim();
  const diff = await git(dir, ['diff', '--merge-base', '--name-only', '-z', '--no-renames', '--relative', commit]);
  if (!diff.ok) {
    // A shallow clone may hold REF without the history that joins it to HEAD: then every chart.
    if (/no merge base/i.test(diff.stderr)) {
      warn(`${input}: '${ref}' and HEAD have no merge base in this checkout (a shallow clone?): every chart is rendered. Fetch more history (git fetch --unshallow, or a deeper --depth) to render only what changed.`);
      return undefined;
    }
    throw new UserError(`${input}: git diff against '${ref}' failed: ${diff.stderr.trim()}`);
  }
  const untracked = await git(dir, ['ls-files', '--others', '--exclude-standard', '-z']);
  const out = new Set<string>();
  for (const chunk of [diff.stdout, untracked.ok ? untracked.stdout : '']) for (const p of chunk.split('\0')) if (p) out.add(p);
  return out;
}
