import { parseArgs } from 'node:util';
import { UserError } from '../errors.js';
import { formatJsonReport } from '../report/json.js';
import { appsDirAnchor, sarifCutNote, sarifFile } from '../report/sarif.js';
import { formatText } from '../report/text.js';
import { DOCUMENTED_RULES } from '../validate/catalogue.js';
import { validateRepo } from '../validate/engine.js';
import { VERSION } from '../version.js';
import type { RuleMeta } from '../validate/types.js';
import { changedSince } from '../repo/git.js';
import { renderLine } from '../render/index.js';
import { dirArgument, EXIT, type CliIO } from './io.js';
import type { GateSettings } from '../policy/index.js';
import { parseClusterGlobs, parseList, parseNamespaceList } from '../settings.js';
import { withFindings } from '../validate/sink.js';

/** The flags that only configure --policy. */
const POLICY_FLAGS = ['packs', 'policy-dir', 'waivers-file', 'protected-namespaces', 'production-clusters'] as const;

export const VALIDATE_USAGE = `Usage: gitops-action validate [DIR] [--apps-dir D] [--charts-dir D] [--repo-url URL]
                             [--format text|json|sarif] [--fail-on error|warning|never] [--jobs N]
                             [--render [--helm PATH] [--render-since REF]]
                             [--policy [--packs p1,p2] [--policy-dir D] [--waivers-file F]
                                       [--protected-namespaces a,b] [--production-clusters g1,g2]]

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
--policy: also evaluate the OPA policies over the repo (the action's policy-on-validate): the
constitution, the --packs named (security-baseline, production, or a pack of --policy-dir), the
waivers of --waivers-file (default .trustacks/waivers.yaml); denials are error findings, at their
file and line, beside the rules'. Without --repo-url, the platform repo is the URL most sources use.
`;

/** Test seam: where --policy finds the built-in policy and opa. */
export interface ValidateCliDeps {
  policy?: Pick<GateSettings, 'wasmPath' | 'opaPath'>;
}

/** `gitops-action validate`: the validate engine from a terminal. Returns the exit code. */
export async function runValidateCli(argv: string[], io: CliIO, deps: ValidateCliDeps = {}): Promise<number> {
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
      policy: { type: 'boolean', default: false },
      packs: { type: 'string' },
      'policy-dir': { type: 'string' },
      'waivers-file': { type: 'string' },
      'protected-namespaces': { type: 'string' },
      'production-clusters': { type: 'string' },
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
  for (const flag of POLICY_FLAGS) if (values[flag] !== undefined && !values.policy) throw new UserError(`--${flag} configures --policy: give --policy too.`);
  // Checked before anything is read, like every other flag.
  const policy = values.policy
    ? {
        packs: parseList(values.packs ?? ''),
        // Unset: the gate's defaults (.trustacks/policies, .trustacks/waivers.yaml), used when present.
        ...(values['policy-dir']?.trim() ? { policyDir: values['policy-dir'].trim(), policyDirExplicit: true } : {}),
        ...(values['waivers-file']?.trim() ? { waiversFile: values['waivers-file'].trim(), waiversFileExplicit: true } : {}),
        ...(values['protected-namespaces'] !== undefined ? { protectedNamespaces: parseNamespaceList('--protected-namespaces', values['protected-namespaces']) } : {}),
        ...(values['production-clusters'] !== undefined ? { productionClusters: parseClusterGlobs('--production-clusters', values['production-clusters']) } : {}),
      }
    : undefined;
  const changedFiles = values['render-since'] !== undefined ? await changedSince(dir ?? '.', values['render-since'], '--render-since', (m) => io.stderr(`${m}\n`)) : undefined;
  let result = await validateRepo(dir ?? '.', {
    jobs,
    render: values.render ? { helm: values.helm, ...(changedFiles ? { changedFiles } : {}) } : false,
    appsDir: values['apps-dir'],
    chartsDir: values['charts-dir'],
    repoUrl: values['repo-url'],
  });
  let policyRules: RuleMeta[] = [];
  if (policy) {
    // Loaded on use, as for generate: plain validate never starts the policy runtime.
    const { gateRepo } = await import('../policy/index.js');
    const run = await gateRepo(result.model, { ...deps.policy, ...policy, repoUrl: values['repo-url'] ?? result.platformRepoUrl ?? '', appsDir: result.model.appsDir, chartsDir: result.model.chartsDir }, { event: { name: 'validate' } });
    const d = run.decision;
    io.stderr(`Policies: ${d.evaluated.length} rules evaluated, ${d.denials.length} denials, ${d.warnings.length} warnings, ${d.waived.length} waived.\n`);
    result = withFindings(result, run.findings);
    policyRules = run.rules;
  }
  if (format === 'json') io.stdout(formatJsonReport(result.findings, result.summary));
  else if (format === 'sarif') {
    const sarif = sarifFile(result.findings, [...DOCUMENTED_RULES, ...policyRules], VERSION, { fallbackFile: appsDirAnchor(result.model.root, result.model.appsDir) });
    io.stdout(sarif.text);
    if (sarif.results < sarif.findings) io.stderr(`${sarifCutNote(sarif.findings, sarif.results)}\n`);
  }
  else io.stdout(formatText(result.findings, result.summary, { color: false }));
  if (result.render) io.stderr(`${renderLine(result.render)}\n`);
  const failed = failOn === 'never' ? false : failOn === 'warning' ? result.summary.errors + result.summary.warnings > 0 : result.summary.errors > 0;
  return failed ? EXIT.findings : EXIT.ok;
}
