import { tmpdir } from 'node:os';
import { existsSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { InputError } from './errors.js';
import type { GitHubSettings, WorkflowWrite } from './github/index.js';
import { checkBase, checkBranchPrefix } from './github/ref-name.js';
import { DEFAULT_POLICY_DIR, DEFAULT_WAIVERS_FILE, type GateSettings } from './policy/index.js';
import { isNamespaceName } from './repo/k8s-names.js';
import { gobwasCompiles } from './repo/gobwas-glob.js';

/** Reads one input; the action passes `core.getInput`, tests pass a map. */
export type InputReader = (name: string) => string;

export type Mode = 'validate' | 'generate' | 'bootstrap';
export type FailOn = 'error' | 'warning' | 'never';

/** Everything the action was asked to do, parsed once and checked; every mode reads this. */
export interface Settings {
  mode: Mode;
  /** Absolute path of the platform repo checkout (GITHUB_WORKSPACE joined with `path`). */
  workspace: string;
  appsDir: string;
  chartsDir: string;
  /**
   * Set only by modes/validate.ts atCheckoutRoot, for a platform repo in a folder of the
   * checkout: that folder, with `workspace` the checkout root and the folder in front of
   * appsDir, chartsDir and the policy paths.
   */
  platformFolder?: string;
  /** The platform repo's URL; default the workflow's repository. */
  repoUrl?: string;
  /** The workflow's repository (GITHUB_REPOSITORY) as a URL, when set: where a generated CI workflow runs, whatever repo-url says. */
  workflowRepoUrl?: string;
  failOn: FailOn;
  /** Where the JSON report is written. */
  reportFile: string;
  sarifFile?: string;
  policy: {
    onValidate: boolean;
    packs: string[];
    /** Input `policy-dir`, or the default `.trustacks/policies` (used when present). */
    policyDir: string;
    policyDirExplicit: boolean;
    waiversFile: string;
    waiversFileExplicit: boolean;
    /** The built-in policy's file (tests run the sources, with no bundle beside them); default beside the bundle. */
    wasmPath?: string;
    protectedNamespaces?: string[];
    productionClusters?: string[];
  };
  /** Publishing and check runs (the shape github/ consumes). */
  github: GitHubSettings & { workflowWrite: WorkflowWrite };
  /**
   * `render`: `helm template` every chart an Application uses (validate mode), or with
   * `changed` only those the pull request or push touches; `helm-path`: the binary.
   */
  render: { enabled: boolean; changedOnly?: boolean; helm?: string };
  /** The raw inputs of `mode: generate`, parsed by generate/inputs.ts (which names each input in its errors). */
  generateInputs: Record<string, string | undefined>;
  bootstrap: { revision: string };
}

export const GENERATE_INPUT_NAMES = ['service', 'application', 'clusters', 'image', 'port', 'replicas', 'namespace', 'target-revision', 'ci-workflow', 'dry-run'] as const;

export function parseBoolean(name: string, value: string, fallback: boolean): boolean {
  const v = value.trim().toLowerCase();
  if (v === '') return fallback;
  if (['true', 'yes', '1', 'on'].includes(v)) return true;
  if (['false', 'no', '0', 'off'].includes(v)) return false;
  throw new InputError(name, `must be true or false, not ${JSON.stringify(value)}`);
}

/** `render: true | false | changed` (and the boolean spellings parseBoolean takes). */
function parseRender(value: string, helmPath: string): Settings['render'] {
  const helm = helmPath.trim() ? { helm: helmPath.trim() } : {};
  if (value.trim().toLowerCase() === 'changed') return { enabled: true, changedOnly: true, ...helm };
  try {
    return { enabled: parseBoolean('render', value, false), ...helm };
  } catch {
    throw new InputError('render', `must be true, false or changed, not ${JSON.stringify(value)}`);
  }
}

/** A comma- or newline-separated list, trimmed, empties dropped. */
export function parseList(value: string): string[] {
  return value
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * A `team-reviewers` entry as the REST API takes it, the bare slug. `@acme/platform` and
 * `acme/platform` (how CODEOWNERS and GitHub's pages write a team) are the slug `platform` when
 * `acme` owns the repository; a team of another organisation cannot review its pull requests.
 */
function teamSlug(entry: string, owner: string | undefined): string {
  const t = entry.replace(/^@/, '');
  const slash = t.indexOf('/');
  if (slash < 0) return t;
  const org = t.slice(0, slash);
  if (owner && org.toLowerCase() !== owner.toLowerCase()) {
    throw new InputError('team-reviewers', `${JSON.stringify(entry)} is a team of ${org}, not of ${owner}, which owns the repository: only its own teams can review its pull requests (give the team's slug).`);
  }
  return t.slice(slash + 1);
}

/**
 * A list input whose default applies when it is blank: given, it must name at least one
 * item. `production-clusters: ","` parsed to no pattern at all, which silently switched the
 * production pack off for every cluster.
 */
export function parseGivenList(name: string, value: string): string[] | undefined {
  if (!value.trim()) return undefined;
  const list = parseList(value);
  if (list.length === 0) throw new InputError(name, `${JSON.stringify(value)} names nothing: leave it empty for the default, or give one or more items separated by commas or newlines`);
  return list;
}

/**
 * The cluster globs of `production-clusters`: a given list (above) whose every pattern the
 * policy's glob compiles. OPA's glob.match fails on a pattern it refuses (`[`, `prod-[`), and
 * a failed match is no match: the production pack would apply to no cluster without a word.
 */
export function parseClusterGlobs(name: string, value: string): string[] | undefined {
  const list = parseGivenList(name, value);
  const bad = (list ?? []).filter((g) => !gobwasCompiles(g));
  if (bad.length) throw new InputError(name, `${bad.map((b) => JSON.stringify(b)).join(', ')} ${bad.length === 1 ? 'is not a glob' : 'are not globs'} the policy can match (an unclosed '[', an empty or reversed class); the production pack would apply to no cluster`);
  return list;
}

/**
 * A list of namespace names. The gate matches them exactly, so `Vault` or `kube system`
 * would protect nothing without a word: refused, naming the input.
 */
export function parseNamespaceList(name: string, value: string): string[] {
  const list = parseList(value);
  const bad = list.filter((ns) => !isNamespaceName(ns));
  if (bad.length) throw new InputError(name, `${bad.map((b) => JSON.stringify(b)).join(', ')} ${bad.length === 1 ? 'is not a namespace name' : 'are not namespace names'} (lower-case letters, digits and '-', at most 63 characters)`);
  return list;
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[], fallback: T): T {
  const v = value.trim() || fallback;
  if (!(allowed as readonly string[]).includes(v)) throw new InputError(name, `must be one of ${allowed.join(', ')}, not ${JSON.stringify(value)}`);
  return v as T;
}

/** A path input that must stay inside the workspace (resolved against it, and through symbolic links). */
function insideWorkspace(name: string, value: string, workspace: string): string {
  const abs = resolve(workspace, value);
  const outside = (from: string, to: string) => {
    const rel = relative(from, to);
    return rel === '..' || rel.startsWith('../') || isAbsolute(rel);
  };
  if (outside(workspace, abs)) throw new InputError(name, `${JSON.stringify(value)} is outside the workspace ${workspace}`);
  // (Checked on disk only when the workspace is there: the settings of a run elsewhere stay pure.)
  if (!existsSync(workspace)) return abs;
  if (!existsSync(abs)) throw new InputError(name, `${JSON.stringify(value)} does not exist in the workspace ${workspace}`);
  // A link inside the workspace may lead out of it: the real paths decide.
  const real = realpathSync(abs);
  if (outside(realpathSync(workspace), real)) throw new InputError(name, `${JSON.stringify(value)} leads outside the workspace ${workspace} (through a symbolic link, to ${real})`);
  // A file taken for the platform repo would be read as a folder: every finding would then name
  // a path under it that cannot exist (`<file>/argo-apps`), and generation would write there.
  if (!statSync(real).isDirectory()) throw new InputError(name, `${JSON.stringify(value)} is a file, not a directory: give the platform repo's folder (the checkout's root by default, '.')`);
  return abs;
}

/**
 * A report must not land where the platform repo's content is: a SARIF log written over an
 * Application (`sarif-file: argo-apps/argo-apps-prod/cart-application.yaml`) destroys it, and
 * one written into a chart or the apps dir is read as a manifest by the next run and by Argo
 * CD. Refused, naming the input: inside the charts dir, the apps dir (at the repo root: its
 * YAML and JSON files), `.git/` and `.github/`. Elsewhere (the workspace root, RUNNER_TEMP) is fine.
 */
function notIntoContent(name: string, abs: string, workspace: string, appsDir: string, chartsDir: string, checkoutRoot?: string): void {
  // Through links too: the deepest folder that exists, by its real path (`current -> gitops`).
  const real = realOfDeepest(abs);
  const realWorkspace = existsSync(workspace) ? realpathSync(workspace) : workspace;
  // The checkout's own .git/ and .github/ are at its root, also when `path` is a folder of it.
  if (checkoutRoot && checkoutRoot !== workspace) {
    const root = existsSync(checkoutRoot) ? realpathSync(checkoutRoot) : checkoutRoot;
    const fromRoot = relative(root, real).split('\\').join('/');
    if (/^\.git(hub)?(\/|$)/.test(fromRoot)) throw new InputError(name, `${JSON.stringify(fromRoot)} is inside the checkout's ${fromRoot.split('/')[0]}/: the report would overwrite or join the repository's content; write it elsewhere (the workspace root, or $RUNNER_TEMP)`);
  }
  const rel = relative(realWorkspace, real).split('\\').join('/');
  if (!rel || rel === '..' || rel.startsWith('../') || isAbsolute(rel)) return;
  const under = (dir: string) => dir !== '.' && (rel === dir || rel.startsWith(`${dir}/`));
  const hit = under(chartsDir)
    ? `the charts directory ${chartsDir}/`
    : under(appsDir)
      ? `the apps directory ${appsDir}/`
      : appsDir === '.' && /\.(ya?ml|json)$/i.test(rel) && !rel.includes('/.')
        ? 'the apps directory (the repository root), whose YAML and JSON files are read as Applications'
        : /^\.git(hub)?(\/|$)/.test(rel)
          ? `${rel.split('/')[0]}/`
          : undefined;
  if (hit) throw new InputError(name, `${JSON.stringify(rel)} is inside ${hit}: the report would overwrite or join the repository's content; write it elsewhere (the workspace root, or $RUNNER_TEMP)`);
}

/** `abs` with its deepest existing ancestor replaced by that ancestor's real path. */
function realOfDeepest(abs: string): string {
  const rest: string[] = [];
  let d = abs;
  for (;;) {
    try {
      return join(realpathSync(d), ...rest.reverse());
    } catch {
      const up = dirname(d);
      if (up === d) return abs;
      rest.push(basename(d));
      d = up;
    }
  }
}

function repoRelative(name: string, value: string): string {
  const v = value.trim();
  if (!v || isAbsolute(v) || v.split(/[\\/]/).includes('..')) throw new InputError(name, `${JSON.stringify(value)} must be a relative path inside the repository`);
  // `./` and `.` are the repo root, as `--apps-dir .` is.
  return v.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '') || '.';
}

export function getSettings(input: InputReader, env: NodeJS.ProcessEnv = process.env): Settings {
  const mode = oneOf<Mode>('mode', input('mode'), ['validate', 'generate', 'bootstrap'], 'validate');
  const root = resolve(env.GITHUB_WORKSPACE || process.cwd());
  const workspace = insideWorkspace('path', input('path') || '.', root);
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const workflowRepoUrl = env.GITHUB_REPOSITORY ? `${serverUrl}/${env.GITHUB_REPOSITORY}` : undefined;
  const repoUrl = input('repo-url').trim() || workflowRepoUrl;
  // Never default into the checkout: the action writes nothing there.
  const temp = env.RUNNER_TEMP || tmpdir();
  const sarif = input('sarif-file').trim();
  const token = input('token');
  const reportFile = resolve(root, input('report-file').trim() || resolve(temp, 'gitops-action-report.json'));
  const sarifFile = sarif ? resolve(root, sarif) : undefined;
  if (sarifFile && sarifFile === reportFile) throw new InputError('sarif-file', `${JSON.stringify(sarif)} is also report-file: the SARIF log would overwrite the JSON report; give each its own path`);
  const appsDir = repoRelative('apps-dir', input('apps-dir') || 'argo-apps');
  const chartsDir = repoRelative('charts-dir', input('charts-dir') || 'gitops');
  notIntoContent('report-file', reportFile, workspace, appsDir, chartsDir, root);
  if (sarifFile) notIntoContent('sarif-file', sarifFile, workspace, appsDir, chartsDir, root);
  const onValidate = parseBoolean('policy-on-validate', input('policy-on-validate'), false);
  const policyDir = input('policy-dir').trim();
  // A policy dir that is not there, where the policies run (generate, policy-on-validate), is named
  // before the repo is read: found by the gate, it failed the step after the whole validation, with
  // no counts and no report.
  const policiesRun = (mode === 'generate' || onValidate) && existsSync(workspace);
  if (policyDir && policiesRun && !existsSync(resolve(workspace, policyDir))) {
    throw new InputError('policy-dir', `${JSON.stringify(policyDir)} does not exist in the platform repo ${workspace}: give a directory of Rego files (compiled with opa from the PATH), or a precompiled policy.wasm or opa build bundle (.tar.gz)`);
  }
  // The same for a waivers file other than the default (the default may be absent: no waivers).
  const waiversFile = input('waivers-file').trim() || DEFAULT_WAIVERS_FILE;
  if (waiversFile !== DEFAULT_WAIVERS_FILE && policiesRun && !existsSync(resolve(workspace, waiversFile))) {
    throw new InputError('waivers-file', `${JSON.stringify(waiversFile)} does not exist in the platform repo ${workspace} (leave it empty for ${DEFAULT_WAIVERS_FILE}, used when present)`);
  }
  return {
    mode,
    workspace,
    appsDir,
    chartsDir,
    repoUrl,
    ...(workflowRepoUrl ? { workflowRepoUrl } : {}),
    failOn: oneOf<FailOn>('fail-on', input('fail-on'), ['error', 'warning', 'never'], 'error'),
    reportFile,
    sarifFile,
    policy: {
      onValidate,
      packs: parseList(input('packs')),
      policyDir: policyDir || DEFAULT_POLICY_DIR,
      policyDirExplicit: policyDir !== '',
      waiversFile,
      // action.yml gives the default as the input's value: only another path counts as asked for.
      waiversFileExplicit: waiversFile !== DEFAULT_WAIVERS_FILE,
      protectedNamespaces: input('protected-namespaces').trim() ? parseNamespaceList('protected-namespaces', input('protected-namespaces')) : undefined,
      productionClusters: parseClusterGlobs('production-clusters', input('production-clusters')),
    },
    github: {
      token,
      checkName: input('check-name').trim() || 'gitops-action',
      branchPrefix: checkBranchPrefix(input('branch-prefix') || 'gitops/'),
      base: input('base').trim() ? checkBase(input('base').trim()) : undefined,
      labels: parseList(input('labels')),
      reviewers: parseList(input('reviewers')).map((u) => u.replace(/^@/, '')),
      teamReviewers: parseList(input('team-reviewers')).map((t) => teamSlug(t, env.GITHUB_REPOSITORY?.split('/')[0])),
      draft: parseBoolean('draft', input('draft'), false),
      workflowWrite: oneOf<WorkflowWrite>('workflow-write', input('workflow-write'), ['auto', 'allow', 'deny'], 'auto'),
    },
    render: parseRender(input('render'), input('helm-path')),
    generateInputs: Object.fromEntries(GENERATE_INPUT_NAMES.map((n) => [n, input(n)])),
    bootstrap: { revision: input('target-revision').trim() || 'HEAD' },
  };
}

/** The policy gate's settings, as generate and validate modes pass them. */
export function gateSettings(settings: Settings): GateSettings {
  return {
    packs: settings.policy.packs,
    repoUrl: settings.repoUrl ?? '',
    appsDir: settings.appsDir,
    chartsDir: settings.chartsDir,
    ...(settings.policy.protectedNamespaces ? { protectedNamespaces: settings.policy.protectedNamespaces } : {}),
    ...(settings.policy.productionClusters ? { productionClusters: settings.policy.productionClusters } : {}),
    policyDir: settings.policy.policyDir,
    policyDirExplicit: settings.policy.policyDirExplicit,
    waiversFile: settings.policy.waiversFile,
    waiversFileExplicit: settings.policy.waiversFileExplicit,
    ...(settings.platformFolder ? { waiversFolder: settings.platformFolder } : {}),
    ...(settings.policy.wasmPath ? { wasmPath: settings.policy.wasmPath } : {}),
  };
}
