/**
 * Error classes that separate the user's mistake from a bug.
 *
 * - `UserError`: something the person running the action can fix (a bad input, a
 *   malformed file they pointed us at, a missing directory). Reported as a plain
 *   message, exit code 2 from the CLI, no stack trace.
 * - `InputError`: a `UserError` about one named input or flag.
 * - `GitHubRefusalError`: a `UserError` carrying GitHub's reason for refusing a write.
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
  ) {
    super(`GitHub refused to ${what}${status ? ` (${status})` : ''}: ${githubMessage}`);
    this.name = 'GitHubRefusalError';
  }
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
