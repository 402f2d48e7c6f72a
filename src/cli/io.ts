import { UserError } from '../errors.js';

/** Where a CLI subcommand writes; tests hand in buffers. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export const processIO: CliIO = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
};

/** Exit codes shared by every subcommand. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/**
 * The one DIR argument of a subcommand, or undefined for the working directory. An empty
 * argument (an unset variable, `"$DIR"`) must not quietly mean the working directory.
 */
export function dirArgument(command: string, positionals: string[]): string | undefined {
  if (positionals.length > 1) throw new UserError(`${command} takes one directory, got ${positionals.length}: ${positionals.join(' ')}`);
  if (positionals[0] !== undefined && !positionals[0].trim()) throw new UserError('DIR is empty: give the platform repo\'s directory, or leave it out for the working directory.');
  return positionals[0];
}
