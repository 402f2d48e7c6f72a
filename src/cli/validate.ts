import { parseArgs } from 'node:util';
import { UserError } from '../errors.js';
import { formatJsonReport } from '../report/json.js';
import { formatSarif } from '../report/sarif.js';
import { formatText } from '../report/text.js';
import { RULES } from '../validate/catalogue.js';
import { validateRepo } from '../validate/engine.js';
import { VERSION } from '../version.js';
import { changedSince } from '../repo/git.js';
import { renderLine } from '../render/index.js';
import { dirArgument, EXIT, type CliIO } from './io.js';

export const VALIDATE_USAGE = `Usage: gitops-action validate [DIR] [--apps-dir D] [--charts-dir D] [--repo-url URL]
                             [--format text|json|sarif] [--fail-on error|warning|never] [--jobs N]
                             [--render [--helm PATH] [--render-since REF]]

Validates the Argo CD Applications under DIR/<apps-dir> against the Helm charts under
DIR/<charts-dir>. Exit 0: no errors; 1: errors (or warnings with --fail-on warning); 2: usage or input error.
--jobs N: threads (1: everything on one thread; 2 or more: a worker thread walks and checks
the Helm charts while the main thread checks the Applications; the report is the same).
Default: 2 on a machine of 2 or more CPUs when the apps dir holds 3,000 or more YAML files, else 1.
--render: also render every Helm chart an Application uses with \`helm template\` and that
Application's values, as Argo CD would (a Helm process per chart); --helm PATH: the Helm 3
binary (default: helm on the PATH); --render-since REF: render only the charts whose
Application, chart files or value files differ from where this tree branched off REF
(git diff --merge-base REF, uncommitted and untracked files included).
`;

/** `gitops-action validate`: the validate engine from a terminal. Returns the exit code. */
export async function runValidateCli(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      'apps-dir': { type: 'string' },
      'charts-dir': { type: 'string' },
      'repo-url': { type: 'string' },
      format: { type: 'string', default: 'text' },
      'fail-on': { type: 'string', default: 'error' },
      jobs: { type: 'string' },
      render: { type: 'boolean', default: false },
      helm: { type: 'string' },
      'render-since': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(VALIDATE_USAGE);
    return EXIT.ok;
  }
  const dir = dirArgument('validate', positionals);
  const format = values.format;
  if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new UserError(`--format must be text, json or sarif, not '${format}'.`);
  const failOn = values['fail-on'];
  if (failOn !== 'error' && failOn !== 'warning' && failOn !== 'never') throw new UserError(`--fail-on must be error, warning or never, not '${failOn}'.`);

  let jobs: number | undefined;
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs);
    if (!/^\d+$/.test(values.jobs) || jobs < 1 || jobs > 64) throw new UserError(`--jobs must be a whole number from 1 to 64, not '${values.jobs}'.`);
  }
  if (values.helm !== undefined && !values.render) throw new UserError('--helm is the Helm binary for --render: give --render too.');
  if (values['render-since'] !== undefined && !values.render) throw new UserError('--render-since chooses what --render renders: give --render too.');
  const changedFiles = values['render-since'] !== undefined ? await changedSince(dir ?? '.', values['render-since'], '--render-since', (m) => io.stderr(`${m}\n`)) : undefined;
  const result = await validateRepo(dir ?? '.', {
    jobs,
    render: values.render ? { helm: values.helm, ...(changedFiles ? { changedFiles } : {}) } : false,
    appsDir: values['apps-dir'],
    chartsDir: values['charts-dir'],
    repoUrl: values['repo-url'],
  });
  if (format === 'json') io.stdout(formatJsonReport(result.findings, result.summary));
  else if (format === 'sarif') io.stdout(formatSarif(result.findings, RULES, VERSION));
  else io.stdout(formatText(result.findings, result.summary, { color: false }));
  if (result.render) io.stderr(`${renderLine(result.render)}\n`);
  const failed = failOn === 'never' ? false : failOn === 'warning' ? result.summary.errors + result.summary.warnings > 0 : result.summary.errors > 0;
  return failed ? EXIT.findings : EXIT.ok;
}
