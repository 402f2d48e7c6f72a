/**
 * Error classes that separate the user's mistake from a bug.
 *
 * - `UserError`: something the person running the action can fix (a bad input, a
 *   malformed file they pointed us at, a missing directory). Reported as a plain
 *   message, exit code 2 from the CLI, no stack trace.
 * - `InputError`: a `UserError` about one named input or flag.
 * - `GitHubRefusalError`: a `UserError` carrying GitHub's reason for refusing a write.
 * - `IoError`: a file could not be written for a reason of the machine (no space, no
 *   permission, a read-only disk), not a mistake in the flags and not a bug. A `UserError`
 *   (the person can fix it: exit code 2, no stack), but the CLI reports its own kind, `io`.
 * - `CommandError`: an external command (opa, helm, git) failed; carries its exit
 *   code and stderr so the report can show them.
 * Anything else that reaches the top level is a bug and is reported with its stack.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

export class InputError extends UserError {
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(`Input '${input}': ${message}`);
    this.name = 'InputError';
  }
}

/**
 * Generation's --write found the repo changed since it was read (a file or folder where the
 * proposal creates one): nothing was written. The CLI reports it as a halt, not a usage error.
 */
export class WriteConflictError extends UserError {
  constructor(readonly problems: string[]) {
    super(`Nothing was written:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    this.name = 'WriteConflictError';
  }
}

/**
 * GitHub refused a write for a reason the person can act on (a name it does not take, a
 * repository rule, a protected branch), as opposed to a concurrent change the action re-reads.
 * Carries GitHub's own message.
 */
export class GitHubRefusalError extends UserError {
  constructor(
    readonly status: number | undefined,
    readonly githubMessage: string,
    what: string,
    /** What to do about it (the permission to grant, the setting to turn on), and what was left. */
    advice?: string,
  ) {
    // GitHub's message may end with its own full stop ("...in this repository."): one, not two.
    super(`GitHub refused to ${what}${status ? ` (${status})` : ''}: ${advice ? `${githubMessage.replace(/\.$/, '')}. ${advice}` : githubMessage}`);
    this.name = 'GitHubRefusalError';
  }
}

/**
 * A system call on a file failed (ENOSPC, EACCES, EROFS, EFBIG, ...). `path` is the file or
 * folder it was about (repo-relative where there is a repo), `code` the OS's error code; the
 * message names both and says what was left behind.
 */
export class IoError extends UserError {
  constructor(
    readonly path: string,
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'IoError';
  }
}

/**
 * Node's error for a failed system call: an errno `code` (ENOSPC) and the `syscall` (write).
 * Told by its shape, not by `instanceof Error` (which fails across realms, as in a vm context).
 */
export function isSystemError(err: unknown): err is NodeJS.ErrnoException & { code: string } {
  const e = err as NodeJS.ErrnoException | null | undefined;
  return typeof e === 'object' && e !== null && typeof e.message === 'string' && typeof e.code === 'string' && /^E[A-Z0-9]+$/.test(e.code) && typeof e.syscall === 'string';
}

/** `no space left on device (ENOSPC)`, from Node's `ENOSPC: no space left on device, write '/x'`. */
export function systemErrorText(err: NodeJS.ErrnoException): string {
  const m = /^E[A-Z0-9]+: ([^,]+)/.exec(err.message);
  return `${m ? m[1] : err.message} (${err.code})`;
}

export class CommandError extends Error {
  constructor(
    readonly command: string,
    readonly exitCode: number,
    readonly stderr: string,
  ) {
    super(`${command} exited with code ${exitCode}${stderr ? `: ${stderr.trim().slice(0, 2000)}` : ''}`);
    this.name = 'CommandError';
  }
}

export function isUserError(err: unknown): err is UserError {
  return err instanceof UserError;
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
