import { failedSarif } from '../report/sarif.js';
import { VERSION } from '../version.js';
import { errorDocument, EXIT, isUsageError, processIO, reportUsageError, requestedFormat, type CliIO } from './io.js';
import { runValidateCli, VALIDATE_USAGE } from './validate.js';

const USAGE = `gitops-action ${VERSION}

Usage: gitops-action <command> [options]

Commands:
  validate [DIR]    validate argo-apps/ against gitops/ (see: gitops-action validate --help)
  generate [DIR]    propose a new service's chart, Application and CI workflow, gated by policy
                    (--dry-run prints it, --write creates the files; see: gitops-action generate --help)
  bootstrap         print the root App-of-Apps Application (never committed)

Exit codes: 0 success, 1 findings / denied / halted, 2 usage or input error (or a disk error).
`;

type Subcommand = (argv: string[], io: CliIO) => Promise<number> | number;

const COMMANDS: Record<string, Subcommand> = {
  validate: runValidateCli,
  // Loaded on use: generation brings the policy runtime, which `validate` never needs
  // (start-up is a measurable part of validating a small repo).
  generate: async (argv, io) => (await import('./generate.js')).runGenerateCli(argv, io),
  bootstrap: async (argv, io) => (await import('./bootstrap.js')).runBootstrapCli(argv, io),
};

/**
 * Runs one CLI invocation and returns its exit code. The one place the CLI reports
 * errors: a user's mistake (a bad flag, a missing directory) is one line on stderr and
 * exit 2; anything else is a bug and prints its stack.
 */
export async function runCli(argv: string[], io: CliIO = processIO): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    // Asked for, the usage is the output; with no command at all it is the error's text.
    if (command) io.stdout(USAGE);
    else io.stderr(`gitops-action: no command given.

${USAGE}`);
    return command ? EXIT.ok : EXIT.usage;
  }
  if (command === '--version' || command === '-v') {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.stderr(`gitops-action: unknown command '${command}'.\n\n${USAGE}`);
    return EXIT.usage;
  }
  try {
    return await run(rest, io);
  } catch (err) {
    if (isUsageError(err)) return reportUsageError(io, command, rest, err, command === 'validate' ? VALIDATE_USAGE : undefined);
    io.stderr(`gitops-action ${command}: internal error (a bug, please report it): ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    if (requestedFormat(rest) === 'json') io.stdout(errorDocument(command, 'internal', err instanceof Error ? err.message : String(err)));
    else if (requestedFormat(rest) === 'sarif' && command === 'validate') io.stdout(failedSarif(VERSION, `internal error (a bug): ${err instanceof Error ? err.message : String(err)}`, 3));
    return 3;
  }
}
