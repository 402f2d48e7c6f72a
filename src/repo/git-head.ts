import { execFile } from 'node:child_process';

/**
 * The commit a checkout is at (`git rev-parse HEAD`), or undefined when `dir` is not a git
 * checkout or git is not there. Publishing compares it with the base branch's head: the
 * proposal was read from this commit.
 */
export function checkoutHead(dir: string): Promise<string | undefined> {
  return new Promise((done) => {
    execFile('git', ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { cwd: dir, timeout: 10_000, encoding: 'utf8' }, (err, stdout) => {
      const sha = stdout?.trim();
      done(!err && /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined);
    });
  });
}
