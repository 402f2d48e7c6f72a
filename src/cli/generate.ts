import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { UserError, WriteConflictError } from '../errors.js';
import { writeProposal, type WriteOptions } from '../generate/apply.js';
import { GENERATE_INPUTS, parseGenerateRequest } from '../generate/inputs.js';
import { formatResultText, resultDocument, runGenerate, type GenerateGateOptions } from '../generate/run.js';
import type { GateOptions } from '../policy/gate.js';
import { parseClusterGlobs, parseList, parseNamespaceList } from '../settings.js';
import { dirArgument, EXIT, isUsageError, reportUsageError, type CliIO } from './io.js';

export const GENERATE_USAGE = `Usage: gitops-action generate [DIR] --service S --application A --clusters c1,c2 --image I
                             [--port P] [--replicas N] [--namespace NS] [--target-revision REV]
                             [--ci-workflow generate|skip] [--repo-url URL] [--apps-dir D] [--charts-dir D]
                             [--packs p1,p2] [--policy-dir D] [--waivers-file F]
                             [--protected-namespaces a,b] [--production-clusters g1,g2]
                             [--dry-run | --write] [--format text|json]

Reads the platform repo in DIR (default .) and proposes what is missing for the service on each
cluster: the Helm chart, the Argo CD Application, the CI workflow. Existing files are never changed.
  --dry-run   print the proposal and the policy decision; touch nothing (the default)
  --write     create the files of an allowed proposal in DIR (nothing is committed)
Exit 0: allowed or unchanged; 1: denied or halted; 2: usage or input error, or a file --write
could not create (nothing is left behind).
`;

/** Test seam: where the gate finds its policy. */
export interface GenerateCliDeps {
  gate?: GateOptions;
  /** Test seam for --write (a concurrent writer). */
  write?: WriteOptions;
}

/** The action's list parsing (commas or newlines), so a flag reads like the input of the same name. */
const list = (s: string | undefined): string[] | undefined => (s === undefined ? undefined : parseList(s));

/** `gitops-action generate`. Returns the exit code; reports its own errors on io.stderr. */
export async function runGenerateCli(argv: string[], io: CliIO, deps: GenerateCliDeps = {}): Promise<number> {
  try {
    return await run(argv, io, deps);
  } catch (err) {
    if (!isUsageError(err)) throw err;
    return reportUsageError(io, 'generate', argv, err, GENERATE_USAGE);
  }
}

async function run(argv: string[], io: CliIO, deps: GenerateCliDeps): Promise<number> {
  const inputFlags = Object.fromEntries(GENERATE_INPUTS.filter((n) => n !== 'dry-run').map((n) => [n, { type: 'string' as const }]));
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      ...inputFlags,
      packs: { type: 'string' },
      'policy-dir': { type: 'string' },
      'waivers-file': { type: 'string' },
      'protected-namespaces': { type: 'string' },
      'production-clusters': { type: 'string' },
      'dry-run': { type: 'boolean' },
      write: { type: 'boolean' },
      format: { type: 'string', default: 'text' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const v = values as Record<string, string | boolean | undefined>;
  if (v.help) {
    io.stdout(GENERATE_USAGE);
    return EXIT.ok;
  }
  const dir = dirArgument('generate', positionals);
  if (v['dry-run'] && v.write) throw new UserError('--dry-run and --write exclude each other.');
  const format = v.format;
  if (format !== 'text' && format !== 'json') throw new UserError(`--format must be text or json, not '${String(format)}'.`);

  // Every input is validated before anything is read.
  const raw: Record<string, string | undefined> = {};
  for (const n of GENERATE_INPUTS) if (n !== 'dry-run' && typeof v[n] === 'string') raw[n] = v[n] as string;
  raw['dry-run'] = v.write ? 'false' : 'true';
  const request = parseGenerateRequest(raw);
  const root = resolve(dir ?? '.');
  const gateOpts: GenerateGateOptions = {
    packs: list(v.packs as string | undefined) ?? ['security-baseline'],
    ...(v['protected-namespaces'] !== undefined ? { protectedNamespaces: parseNamespaceList('--protected-namespaces', v['protected-namespaces'] as string) } : {}),
    ...(v['production-clusters'] !== undefined ? { productionClusters: parseClusterGlobs('--production-clusters', v['production-clusters'] as string) } : {}),
    ...(v['waivers-file'] ? { waiversFile: v['waivers-file'] as string } : {}),
    gate: { ...deps.gate, root, ...(v['policy-dir'] ? { policyDir: v['policy-dir'] as string, policyDirRequired: true } : {}) },
  };

  let result = await runGenerate(root, request, gateOpts);
  let written: string[] = [];
  if (v.write && result.outcome === 'allowed') {
    try {
      written = await writeProposal(root, result.proposal, deps.write);
    } catch (err) {
      if (!(err instanceof WriteConflictError)) throw err;
      // Someone wrote into the repo between the read and the write: a halt with its
      // question (read-and-preserve), reported like any other, not a usage error.
      const question = `The repository changed after it was read, so nothing was written:\n${err.problems.map((p) => `- ${p}`).join('\n')}\nLook at what is there now, then run generate again: it reads the repo afresh and keeps what it finds.`;
      result = { ...result, outcome: 'halted', proposal: { ...result.proposal, question } };
    }
  }

  if (format === 'json') {
    io.stdout(`${JSON.stringify({ ...resultDocument(result), ...(v.write ? { written } : {}) }, null, 2)}\n`);
  } else {
    io.stdout(formatResultText(result));
    if (v.write) {
      io.stdout(
        result.outcome === 'allowed'
          ? `\nWrote ${written.length} file(s) under ${root} (not committed).\n`
          : `\nNothing written: the outcome is ${result.outcome}.\n`,
      );
    } else if (result.outcome === 'allowed') {
      io.stdout('\nDry run: nothing was written. Run again with --write to create the files.\n');
    }
  }
  return result.outcome === 'allowed' || result.outcome === 'unchanged' ? EXIT.ok : EXIT.findings;
}
