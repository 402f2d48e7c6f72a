import { parseArgs } from 'node:util';
import { errorMessage, isUserError, UserError } from '../errors.js';
import { renderRootApplication } from '../generate/bootstrap.js';
import { EXIT, type CliIO } from './io.js';

export const BOOTSTRAP_USAGE = `Usage: gitops-action bootstrap --repo-url URL [--revision R] [--apps-dir D] [--charts-dir D] [--name N] [--project P]

Prints the App-of-Apps root Application (path <apps-dir>, recursive, automated prune and
self-heal, the resources finalizer, namespace argocd). With --apps-dir . (Applications at the
repo root) it leaves out <charts-dir> (default gitops) and dot-folders. Save it and apply it once:
  gitops-action bootstrap --repo-url URL > root-application.yaml
  kubectl apply -n argocd -f root-application.yaml
It is never committed.
`;

/** `gitops-action bootstrap`. Returns the exit code; reports its own errors on io.stderr. */
export function runBootstrapCli(argv: string[], io: CliIO): number {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: false,
      strict: true,
      options: {
        'repo-url': { type: 'string' },
        revision: { type: 'string' },
        'apps-dir': { type: 'string' },
        'charts-dir': { type: 'string' },
        name: { type: 'string' },
        project: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    void positionals;
    if (values.help) {
      io.stdout(BOOTSTRAP_USAGE);
      return EXIT.ok;
    }
    if (!values['repo-url']) throw new UserError("Input 'repo-url': is required (the platform repo's git URL).");
    io.stdout(
      renderRootApplication({
        repoUrl: values['repo-url'],
        ...(values.revision !== undefined ? { revision: values.revision } : {}),
        ...(values['apps-dir'] !== undefined ? { appsDir: values['apps-dir'] } : {}),
        ...(values['charts-dir'] !== undefined ? { chartsDir: values['charts-dir'] } : {}),
        ...(values.name !== undefined ? { name: values.name } : {}),
        ...(values.project !== undefined ? { project: values.project } : {}),
      }),
    );
    return EXIT.ok;
  } catch (err) {
    const code = (err as { code?: unknown })?.code;
    if (isUserError(err) || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))) {
      io.stderr(`gitops-action bootstrap: ${errorMessage(err)}\n`);
      if (!isUserError(err)) io.stderr(`\n${BOOTSTRAP_USAGE}`);
      return EXIT.usage;
    }
    throw err;
  }
}
