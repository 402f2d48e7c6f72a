import { failedSarif } from '../report/sarif.js';
import { VERSION } from '../version.js';
import { errorMessage, IoError, isUserError, UserError } from '../errors.js';

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

/** node:util parseArgs throws TypeErrors with ERR_PARSE_ARGS_* codes for bad flags. */
export function isArgError(err: unknown): boolean {
  const code = (err as { code?: unknown })?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

/** A mistake of the person running the command (a bad flag, a missing directory): exit 2, no stack. */
export function isUsageError(err: unknown): boolean {
  return isUserError(err) || isArgError(err);
}

/**
 * The `--format` an invocation asked for, read from the raw arguments (so that it is known
 * even when parsing them failed): the last one wins, as in parseArgs; nothing after `--`.
 */
export function requestedFormat(argv: readonly string[]): string | undefined {
  let format: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') break;
    if (a === '--format' && i + 1 < argv.length) format = argv[++i];
    else if (a.startsWith('--format=')) format = a.slice('--format='.length);
  }
  return format;
}

/**
 * What stopped a command, in its error document: `usage` (a bad flag or input, a DIR that
 * does not exist), `io` (a file could not be written: no space, no permission; see
 * IoError), `internal` (a bug). usage and io exit 2, internal 3.
 */
export type ErrorKind = 'usage' | 'io' | 'internal';

/**
 * The document `--format json` prints when the command could not run: still exactly one
 * JSON document on stdout, but with no `summary` or `outcome`, so that a consumer reading
 * `summary.errors` fails instead of reading a clean run into it.
 */
export function errorDocument(command: string, kind: ErrorKind, message: string): string {
  return `${JSON.stringify({ version: 1, error: { command, kind, message } }, null, 2)}\n`;
}

/**
 * Reports a usage or disk error: one message on stderr (with the usage text for a bad flag),
 * exit 2; under `--format json` also the error document on stdout, of kind `io` for a disk
 * error (the machine's trouble, not a misuse of the command).
 */
export function reportUsageError(io: CliIO, command: string, argv: readonly string[], err: unknown, usage?: string): number {
  io.stderr(`gitops-action ${command}: ${errorMessage(err)}\n`);
  if (usage && isArgError(err)) io.stderr(`\n${usage}`);
  const format = requestedFormat(argv);
  if (format === 'json') io.stdout(errorDocument(command, err instanceof IoError ? 'io' : 'usage', errorMessage(err)));
  else if (format === 'sarif' && command === 'validate') io.stdout(failedSarif(VERSION, errorMessage(err), EXIT.usage));
  return EXIT.usage;
}
