/**
 * The policy gate: evaluates the shipped dist/policy.wasm (policies/ compiled by
 * `npm run build:policy`) and, when the platform repo brings its own packs, those too.
 *
 * Fails closed: a missing or corrupt wasm (built-in or org), an evaluation error, an
 * undefined or malformed decision, or a malformed org pack yields `allow: false` with a
 * `gate.fail-closed` denial, never an allow. A configuration mistake of the user (a
 * policy-dir that does not exist, org Rego with no way to compile it, org Rego that does not
 * compile) throws a UserError.
 */
import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { access, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { loadPolicy } from '@open-policy-agent/opa-wasm';
import * as tar from 'tar';
import { UserError } from '../errors.js';
import { TEMPLATE_PLACEHOLDER, type PolicyInput, type PolicyInputFile } from './input.js';
import { ORG_AGGREGATOR_REGO, ignoredRego, orgIgnored, readOrgResult, type OrgRead } from './org.js';
import type { Decision, EvaluatedRule, PolicyItem } from './types.js';

const run = promisify(execFile);

export { ORG_AGGREGATOR_REGO, ORG_CITATION } from './org.js';

export const ENTRYPOINT = 'gitops/decision';
export const ORG_ENTRYPOINT = 'trustacks/org/result';
export const DEFAULT_POLICY_DIR = '.trustacks/policies';
export const GATE_CITATION = 'https://github.com/trustacks/gitops-action/blob/v1/POLICIES.md#gate-rules';

type LoadedPolicy = Awaited<ReturnType<typeof loadPolicy>>;

/** Where the bundle (dist/index.js, dist/cli.js) finds its assets: beside itself. */
export function moduleDir(): string {
  return dirname(fileURLToPath(import.meta.url));
}

export interface GateOptions {
  /** The built-in policy (default: policy.wasm beside the bundle). */
  wasmPath?: string;
  /** Data for the built-in policy (default: policy-data.json beside the wasm, when present). */
  dataPath?: string;
  /** Capabilities for compiling org Rego (default: policy-capabilities.json beside the wasm). */
  capabilitiesPath?: string;
  /**
   * Org packs (input `policy-dir`): a directory of Rego (compiled with `opa` from PATH), a
   * directory holding `policy.wasm` or `bundle.tar.gz`, or the path of a `.wasm` or an
   * `opa build` bundle (`.tar.gz`). Relative paths are resolved against `root`.
   */
  policyDir?: string;
  /** True when `policy-dir` was set explicitly: then it must exist. */
  policyDirRequired?: boolean;
  /** Repo root (workspace) for relative paths. Default: cwd. */
  root?: string;
  /** The opa binary for org Rego (default: `opa` found on PATH). */
  opaPath?: string;
  /** The PATH searched for opa (default: process.env.PATH). */
  pathEnv?: string;
}

export interface OrgPolicy {
  /** Where it came from: 'rego' (compiled here), 'wasm', 'bundle'. */
  kind: 'rego' | 'wasm' | 'bundle';
  source: string;
  policy?: LoadedPolicy;
  /** Set when the org policy could not be loaded: evaluation then fails closed. */
  failure?: string;
  /** `gate.org-ignored` warnings found while loading (Rego files no pack uses), added to every decision. */
  warnings: PolicyItem[];
}

export interface Gate {
  /** Load failure of the built-in policy, when there was one (evaluation then fails closed). */
  readonly failure?: string;
  readonly org?: OrgPolicy;
  /** Evaluates one input document. Never throws; never allows on failure. */
  evaluate(input: PolicyInput, extraWarnings?: PolicyItem[]): Decision;
  /**
   * Validate mode over a large repo: evaluates the files in batches that keep each chart
   * (and each other folder) whole, and merges the decisions. Same result as `evaluate`,
   * but linear: the wasm runtime's allocator makes one evaluation over thousands of files
   * superlinear. Proposals are small; use `evaluate` for them.
   */
  evaluateBatched(input: PolicyInput, extraWarnings?: PolicyItem[], batchFiles?: number): Decision;
}

/** The unit a batch never splits: a chart directory (<charts>/<a>/<b>/<c>/), else the file's folder. */
function batchKey(path: string, chartsDir: string): string {
  const s = path.split('/');
  // The charts dir may be nested (`deploy/gitops`, or `plat/gitops` for a platform repo in a
  // folder): its chart directories are the three segments below it, wherever it is.
  const depth = chartsDir.split('/').length;
  if (chartsDir && path.startsWith(`${chartsDir}/`) && s.length >= depth + 4) return s.slice(0, depth + 3).join('/');
  return s.slice(0, -1).join('/');
}

export function batches<T extends { path: string }>(files: T[], chartsDir: string, size: number): T[][] {
  const groups = new Map<string, T[]>();
  for (const f of files) {
    const k = batchKey(f.path, chartsDir);
    const g = groups.get(k);
    if (g) g.push(f);
    else groups.set(k, [f]);
  }
  const out: T[][] = [];
  let cur: T[] = [];
  for (const g of groups.values()) {
    if (cur.length > 0 && cur.length + g.length > size) {
      out.push(cur);
      cur = [];
    }
    cur.push(...g);
  }
  if (cur.length > 0 || out.length === 0) out.push(cur);
  return out;
}

function mergeDecisions(parts: Decision[]): Decision {
  const seen = new Set<string>();
  const uniq = (items: PolicyItem[]) =>
    items.filter((i) => {
      const k = JSON.stringify(i);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  const all = <K extends 'denials' | 'warnings' | 'waived'>(k: K) => {
    seen.clear();
    return uniq(parts.flatMap((p) => p[k])).sort(byPathThenRule);
  };
  const denials = all('denials');
  return {
    allow: parts.every((p) => p.allow) && denials.length === 0,
    denials,
    warnings: all('warnings'),
    waived: all('waived'),
    evaluated: parts[0]?.evaluated ?? [],
    ...(parts[0]?.packs ? { packs: parts[0].packs } : {}),
    // Each batch names the production clusters of its own files.
    ...(parts.some((p) => p.production_clusters) ? { production_clusters: [...new Set(parts.flatMap((p) => p.production_clusters ?? []))].sort() } : {}),
  };
}

export function failClosed(reason: string, warnings: PolicyItem[] = []): Decision {
  return {
    allow: false,
    denials: [
      {
        rule_id: 'gate.fail-closed',
        title: 'The policy gate failed closed',
        message: `${reason}. Nothing is allowed when the policy cannot decide.`,
        path: '',
        citation: GATE_CITATION,
        pack: 'gate',
      },
    ],
    warnings,
    waived: [],
    evaluated: [],
  };
}

/** Basenames that make a directory a chart or a kustomization to the built-in policy (lib.rego: chart_dirs, kustomize_dirs). */
const STRUCTURAL = new Set(['Chart.yaml', 'kustomization.yaml', 'kustomization.yml', 'Kustomization']);
const structuralCache = new WeakMap<readonly string[], string[]>();

/**
 * The input as the built-in policy reads it. Of `repo` it reads `repo.charts` and, of
 * `repo.files`, only whether the input's own paths are there (CON-002) and which files are
 * Chart.yaml or kustomization files (chart and kustomize dirs); never `repo.applications`.
 * The rest (68,000 paths and 10,000 Applications on a 10,000-Application repo) stays out:
 * the wasm runtime's allocator made loading it most of a generate run (5.2 s of 10.8 s).
 * Of each file it leaves out `content` (withoutContent).
 * Org packs get the whole input; a test checks both views decide alike.
 */
export function builtinView(input: PolicyInput): PolicyInput {
  const all = input.repo.files;
  let structural = structuralCache.get(all);
  if (!structural) {
    structural = all.filter((p) => STRUCTURAL.has(p.slice(p.lastIndexOf('/') + 1)));
    structuralCache.set(all, structural);
  }
  const own = new Set(input.files.map((f) => f.path));
  const present = own.size > 0 ? all.filter((p) => own.has(p) && !STRUCTURAL.has(p.slice(p.lastIndexOf('/') + 1))) : [];
  const files = present.length ? [...structural, ...present].sort() : structural;
  return { ...input, files: input.files.map(withoutContent), repo: { files, applications: [], charts: input.repo.charts } };
}

/**
 * A file of the input without its text: the built-in policy reads the parsed documents, never
 * `content` (a test checks the Rego), and copying every file's text into the wasm memory of
 * each batch was a fifth of what the runtime parsed there. Org packs still get it.
 */
function withoutContent(f: PolicyInputFile): PolicyInputFile {
  const { content: _content, ...rest } = f;
  return rest as PolicyInputFile;
}

/** lib.rego's norm_path: one `./`, then one `/`, off the front, one `/` off the end. */
function normPath(p: string): string {
  let s = p.startsWith('./') ? p.slice(2) : p;
  if (s.startsWith('/')) s = s.slice(1);
  return s.endsWith('/') ? s.slice(0, -1) : s;
}

/** Calls `visit` with every string in a value, keys included. */
function eachString(v: unknown, visit: (s: string) => void): void {
  if (typeof v === 'string') visit(v);
  else if (Array.isArray(v)) for (const x of v) eachString(x, visit);
  else if (typeof v === 'object' && v !== null) {
    for (const k in v) {
      visit(k);
      eachString((v as Record<string, unknown>)[k], visit);
    }
  }
}

/**
 * The repo-wide part of the built-in view (builtinView), indexed once for evaluateBatched:
 * the structural files by directory, the charts by normalised directory.
 */
export interface RepoIndex {
  paths: Set<string>;
  structural: Map<string, string[]>;
  charts: Map<string, PolicyInput['repo']['charts']>;
}

export function repoIndex(repo: PolicyInput['repo']): RepoIndex {
  const structural = new Map<string, string[]>();
  for (const p of repo.files) {
    const slash = p.lastIndexOf('/');
    if (!STRUCTURAL.has(p.slice(slash + 1))) continue;
    const dir = slash < 0 ? '' : p.slice(0, slash);
    const list = structural.get(dir);
    if (list) list.push(p);
    else structural.set(dir, [p]);
  }
  const charts = new Map<string, PolicyInput['repo']['charts']>();
  for (const c of repo.charts) {
    const dir = typeof c.dir === 'string' ? normPath(c.dir) : '';
    const list = charts.get(dir);
    if (list) list.push(c);
    else charts.set(dir, [c]);
  }
  return { paths: new Set(repo.files), structural, charts };
}

/**
 * builtinView for one batch of a repo: of the repo's structural files and charts, only those
 * of a directory the policy can ask about for these files. lib.rego asks chart_dirs,
 * kustomize_dirs and repo_files about three things only: the directories above a file of the
 * input (chart_dir), the norm_path of an Application source's path, a string of its document
 * or the placeholder (source_exists), and the input's own paths (CON-002). So every ancestor
 * of a file's path and every string of its entry (documents, values, guards: more than the
 * sources, which costs little) is kept. Without this, each batch handed the wasm all 10,000
 * charts and Chart.yaml paths of a 10,000-Application repo, and the policy rebuilt
 * chart_dirs from them: 15 of its 25 s of evaluation. A new lookup of those sets with another
 * directory must be added here (__tests__/policy/batched.test.ts compares with the whole view).
 */
export function batchView(input: PolicyInput, index: RepoIndex): PolicyInput {
  const dirs = new Set<string>();
  const ask = (d: string) => {
    if (index.structural.has(d) || index.charts.has(d)) dirs.add(d);
  };
  const visit = (x: string) => {
    ask(x);
    ask(normPath(x));
  };
  ask('');
  ask(TEMPLATE_PLACEHOLDER);
  const slim = input.files.map(withoutContent);
  for (const f of slim) {
    // Every directory above the file, as lib.rego's chart_dir joins the path's first segments.
    for (let i = f.path.indexOf('/'); i >= 0; i = f.path.indexOf('/', i + 1)) ask(f.path.slice(0, i));
    eachString(f, visit);
  }
  const files: string[] = [];
  const charts: PolicyInput['repo']['charts'] = [];
  for (const dir of dirs) {
    files.push(...(index.structural.get(dir) ?? []));
    charts.push(...(index.charts.get(dir) ?? []));
  }
  for (const f of input.files) if (index.paths.has(f.path) && !STRUCTURAL.has(f.path.slice(f.path.lastIndexOf('/') + 1))) files.push(f.path);
  return { ...input, files: slim, repo: { files: [...new Set(files)].sort(), applications: [], charts } };
}

async function loadWasm(wasmPath: string, dataPath?: string): Promise<LoadedPolicy> {
  const wasm = await readFile(wasmPath);
  const policy = await loadPolicy(wasm);
  if (dataPath) {
    const data = JSON.parse(await readFile(dataPath, 'utf8')) as object;
    policy.setData(data);
  }
  return policy;
}

async function exists(p: string): Promise<boolean> {
  try {
    await access(p, constants.F_OK);
    return true;
  } catch {
    return false;
  }
}

/** Finds an executable named `opa` on PATH. */
export async function findOpa(pathEnv = process.env.PATH ?? ''): Promise<string | undefined> {
  for (const dir of pathEnv.split(delimiter).filter(Boolean)) {
    for (const name of process.platform === 'win32' ? ['opa.exe', 'opa'] : ['opa']) {
      const candidate = join(dir, name);
      try {
        await access(candidate, constants.X_OK);
        if ((await stat(candidate)).isFile()) return candidate;
      } catch {
        /* not here */
      }
    }
  }
  return undefined;
}

async function listRego(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && e.name.endsWith('.rego') && !e.name.endsWith('_test.rego')) out.push(join(e.parentPath, e.name));
  }
  return out;
}

/**
 * A precompiled org policy (a .wasm or a bundle) that cannot be used: damaged bytes, or
 * built without the wasm target or the entrypoint. Like a corrupt built-in wasm, it makes
 * the gate fail closed (a denial naming the file) rather than stop the run: the decision is
 * still a deny, and it reaches every report the run makes (the JSON document, the PR check).
 */
class OrgLoadFailure extends Error {}

async function extractBundle(bundle: string, shown: string): Promise<{ wasm: string; data?: string; tmp: string }> {
  const tmp = await mkdtemp(join(tmpdir(), 'gitops-policy-'));
  try {
    try {
      await tar.x({ file: bundle, cwd: tmp, filter: (p) => /^\/?(policy\.wasm|data\.json)$/.test(p) });
    } catch (err) {
      throw new OrgLoadFailure(`org policy bundle ${shown} is not a readable opa build bundle (tar.gz): ${(err as Error).message}`);
    }
    const wasm = join(tmp, 'policy.wasm');
    if (!(await exists(wasm))) {
      throw new OrgLoadFailure(`org policy bundle ${shown} holds no /policy.wasm: build it with \`opa build -t wasm -e ${ORG_ENTRYPOINT} ...\``);
    }
    const dataFile = join(tmp, 'data.json');
    let data: string | undefined;
    if (await exists(dataFile)) {
      let parsed: object;
      try {
        parsed = JSON.parse(await readFile(dataFile, 'utf8')) as object;
      } catch (err) {
        throw new OrgLoadFailure(`org policy bundle ${shown} has a data.json that is not JSON: ${(err as Error).message}`);
      }
      if (Object.keys(parsed).length > 0) data = dataFile;
    }
    return { wasm, data, tmp };
  } catch (err) {
    await rm(tmp, { recursive: true, force: true });
    throw err;
  }
}

function checkEntrypoint(policy: LoadedPolicy, source: string): void {
  const eps = Object.keys((policy.entrypoints ?? {}) as Record<string, number>);
  if (!eps.includes(ORG_ENTRYPOINT)) {
    throw new OrgLoadFailure(
      `org policy ${source} has no entrypoint ${ORG_ENTRYPOINT} (it has: ${eps.join(', ') || 'none'}); ` +
        `compile it with \`opa build -t wasm -e ${ORG_ENTRYPOINT}\` together with the aggregator in POLICIES.md (Org packs)`,
    );
  }
}

async function compileRego(dir: string, opaBin: string, capabilities: string | undefined): Promise<{ wasm: string; data?: string; tmp: string }> {
  const tmp = await mkdtemp(join(tmpdir(), 'gitops-org-rego-'));
  try {
    const entry = join(tmp, 'trustacks_org_entry.rego');
    await writeFile(entry, ORG_AGGREGATOR_REGO);
    const bundle = join(tmp, 'bundle.tar.gz');
    const args = ['build', '-t', 'wasm', '-e', ORG_ENTRYPOINT, '--ignore', '*_test.rego', '-o', bundle];
    if (capabilities) {
      const capsFile = join(tmp, 'capabilities.json');
      await writeFile(capsFile, capabilities);
      args.push('--capabilities', capsFile);
    }
    args.push(dir, entry);
    try {
      await run(opaBin, args, { maxBuffer: 16 * 1024 * 1024 });
    } catch (err) {
      const e = err as { stderr?: string; stdout?: string; message: string };
      const output = [e.stderr, e.stdout].filter((x) => x && x.trim()).join('\n') || e.message;
      throw new UserError(`the org policies in ${dir} do not compile with ${opaBin}: ${output.trim().slice(0, 2000)}`);
    }
    return await extractBundle(bundle, bundle);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/**
 * `gate.org-ignored` warnings for the Rego files of a policy dir that no pack can use (a
 * package outside org.packs.<name> that nothing imports): without them, a pack with a wrong
 * package line would be ignored and the proposal allowed without a word.
 */
async function ignoredRegoWarnings(files: string[], dir: string, shown: string): Promise<PolicyItem[]> {
  const texts = await Promise.all(files.map(async (f) => ({ path: join(shown, relative(dir, f)).split('\\').join('/'), text: await readFile(f, 'utf8') })));
  return ignoredRego(texts).map(({ path, pkg }) =>
    orgIgnored(`${path} (package ${pkg}) is not an org pack and no pack imports it, so the gate ignores it: an org pack is a package org.packs.<name>`, path),
  );
}

/** What policy-dir holds: a precompiled wasm or bundle, Rego files, or nothing usable (undefined). */
async function findOrgSources(
  target: string,
  shown: string,
  required: boolean,
): Promise<{ wasmFile?: string; bundleFile?: string; rego: string[] } | undefined> {
  if ((await stat(target)).isFile()) {
    if (target.endsWith('.wasm')) return { wasmFile: target, rego: [] };
    if (target.endsWith('.tar.gz') || target.endsWith('.tgz')) return { bundleFile: target, rego: [] };
    throw new UserError(`policy-dir ${shown} is a file but neither a .wasm nor an opa build bundle (.tar.gz)`);
  }
  const rego = await listRego(target);
  const wasmFile = (await exists(join(target, 'policy.wasm'))) ? join(target, 'policy.wasm') : undefined;
  const bundleFile = !wasmFile && (await exists(join(target, 'bundle.tar.gz'))) ? join(target, 'bundle.tar.gz') : undefined;
  if (rego.length === 0 && !wasmFile && !bundleFile) {
    if (required) throw new UserError(`policy-dir ${shown} holds no Rego (*.rego), no policy.wasm and no bundle.tar.gz`);
    return undefined;
  }
  return { wasmFile, bundleFile, rego };
}

async function loadOrg(options: GateOptions, capabilities: string | undefined): Promise<OrgPolicy | undefined> {
  const root = options.root ?? process.cwd();
  const given = options.policyDir ?? DEFAULT_POLICY_DIR;
  const target = isAbsolute(given) ? given : resolve(root, given);
  const shown = isAbsolute(given) ? given : relative(root, target) || '.';
  if (!(await exists(target))) {
    if (options.policyDirRequired) throw new UserError(`policy-dir ${shown} does not exist`);
    return undefined;
  }
  const found = await findOrgSources(target, shown, Boolean(options.policyDirRequired));
  if (!found) return undefined;
  const { wasmFile, bundleFile, rego } = found;
  const warnings = rego.length > 0 ? await ignoredRegoWarnings(rego, target, shown) : [];
  const opaBin = rego.length > 0 ? (options.opaPath ?? (await findOpa(options.pathEnv))) : undefined;
  const rel = (f: string) => (f === target ? shown : join(shown, relative(target, f)));

  let kind: OrgPolicy['kind'];
  let source: string;
  if (rego.length > 0 && opaBin) [kind, source] = ['rego', shown];
  else if (wasmFile) [kind, source] = ['wasm', rel(wasmFile)];
  else if (bundleFile) [kind, source] = ['bundle', rel(bundleFile)];
  else {
    throw new UserError(
      `policy-dir ${shown} holds Rego policies but they cannot be used: ` +
        `either put opa on the runner's PATH (for example with the open-policy-agent/setup-opa action) so they are compiled at run time, ` +
        `or commit a precompiled policy (\`opa build -t wasm -e ${ORG_ENTRYPOINT}\`) as ${shown}/policy.wasm or ${shown}/bundle.tar.gz, or point policy-dir at that .wasm or .tar.gz`,
    );
  }

  let compiled: { wasm: string; data?: string; tmp: string } | undefined;
  try {
    if (kind === 'rego') compiled = await compileRego(target, opaBin!, capabilities);
    else if (kind === 'bundle') compiled = await extractBundle(bundleFile!, source);
    let policy: LoadedPolicy;
    try {
      policy = await loadWasm(compiled?.wasm ?? wasmFile!, compiled?.data);
    } catch (err) {
      throw new OrgLoadFailure(`org policy ${source} is not a loadable OPA wasm: ${(err as Error).message}`);
    }
    checkEntrypoint(policy, source);
    return { kind, source, policy, warnings };
  } catch (err) {
    if (err instanceof OrgLoadFailure) return { kind, source, failure: err.message, warnings };
    throw err;
  } finally {
    if (compiled) await rm(compiled.tmp, { recursive: true, force: true });
  }
}

/**
 * The builtins the wasm runtime supports, as `opa build --capabilities` wants them (with the
 * `rego_v1` feature, which opa-wasm's own file predates). Looked for: the explicit option,
 * `policy-capabilities.json` beside the wasm (written by build:policy), else opa-wasm's file
 * in node_modules (development). Without any, org Rego is compiled unrestricted, and a
 * builtin the runtime lacks fails closed at evaluation.
 */
export async function findCapabilities(explicit: string | undefined, wasmDir: string): Promise<string | undefined> {
  const candidates = explicit ? [explicit] : [join(wasmDir, 'policy-capabilities.json')];
  if (!explicit) {
    for (let d = moduleDir(), i = 0; i < 6; d = dirname(d), i++) {
      candidates.push(join(d, 'node_modules/@open-policy-agent/opa-wasm/capabilities.json'));
    }
  }
  for (const c of candidates) {
    if (!(await exists(c))) continue;
    const caps = JSON.parse(await readFile(c, 'utf8')) as { features?: string[] };
    caps.features = [...new Set([...(caps.features ?? []), 'rego_v1'])].sort();
    return JSON.stringify(caps);
  }
  if (explicit) throw new UserError(`capabilities file ${explicit} does not exist`);
  return undefined;
}

function isItem(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * What an evaluation threw, as text: opa-wasm throws a plain string for an evaluation error
 * (`p.rego:4:1: var assignment conflict`), not an Error, so `.message` would read undefined.
 */
export function thrownText(err: unknown): string {
  if (err instanceof Error) return err.message;
  if (typeof err === 'string') return err;
  if (typeof err === 'object' && err !== null) {
    const o = err as Record<string, unknown>;
    const parts = [o.code, o.location ? JSON.stringify(o.location) : undefined, o.message].filter((x) => x !== undefined && x !== '');
    if (parts.length > 0) return parts.map(String).join(': ');
    try {
      return JSON.stringify(err);
    } catch {
      /* fall through */
    }
  }
  return String(err);
}

function evaluateOrg(org: OrgPolicy, input: PolicyInput): OrgRead | string {
  try {
    const rs = org.policy!.evaluate(input, ORG_ENTRYPOINT) as { result?: unknown }[];
    if (!Array.isArray(rs) || rs.length === 0) return `org policy ${org.source} returned no result`;
    return readOrgResult(rs[0].result, org.source);
  } catch (err) {
    return `org policy ${org.source} failed to evaluate: ${thrownText(err)}`;
  }
}

/** Checks the decision document's shape; returns why it is unusable, or undefined. */
function shapeProblem(d: unknown): string | undefined {
  if (!isItem(d)) return 'the decision is not an object';
  if (typeof d.allow !== 'boolean') return 'decision.allow is not a boolean';
  for (const k of ['denials', 'warnings', 'waived', 'evaluated']) if (!Array.isArray(d[k])) return `decision.${k} is not a list`;
  const denials = d.denials as unknown[];
  if (d.allow && denials.length > 0) return 'decision.allow is true although there are denials';
  if (!d.allow && denials.length === 0) return 'decision.allow is false without any denial';
  for (const item of [...denials, ...(d.warnings as unknown[])]) {
    if (!isItem(item) || typeof item.rule_id !== 'string' || typeof item.message !== 'string') return 'a decision item lacks rule_id or message';
  }
  return undefined;
}

const byPathThenRule = (a: PolicyItem, b: PolicyItem): number =>
  a.path.localeCompare(b.path) || a.rule_id.localeCompare(b.rule_id) || a.message.localeCompare(b.message);

/**
 * The shipped policy: beside the bundle (dist/index.js → dist/policy.wasm), or one level up
 * for the CLI bundle (dist/cli/index.js → dist/policy.wasm), so dist/ holds one copy.
 * When neither exists, the first is named in the fail-closed message.
 */
async function defaultWasmPath(): Promise<string> {
  const here = join(moduleDir(), 'policy.wasm');
  if (await exists(here)) return here;
  const up = join(dirname(moduleDir()), 'policy.wasm');
  return (await exists(up)) ? up : here;
}

/** Loads the built-in policy and the org packs once; evaluate many inputs with the result. */
export async function loadGate(options: GateOptions = {}): Promise<Gate> {
  const wasmPath = options.wasmPath ?? (await defaultWasmPath());
  const dir = dirname(wasmPath);
  const dataPath = options.dataPath ?? ((await exists(join(dir, 'policy-data.json'))) ? join(dir, 'policy-data.json') : undefined);
  const capabilities = await findCapabilities(options.capabilitiesPath, dir);

  let failure: string | undefined;
  let policy: LoadedPolicy | undefined;
  try {
    policy = await loadWasm(wasmPath, dataPath);
    if (!Object.prototype.hasOwnProperty.call(policy.entrypoints ?? {}, ENTRYPOINT)) {
      failure = `the policy at ${wasmPath} has no entrypoint ${ENTRYPOINT}`;
      policy = undefined;
    }
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    failure =
      e.code === 'ENOENT'
        ? `the policy ${wasmPath} is missing (run \`npm run build:policy\`)`
        : `the policy ${wasmPath} could not be loaded: ${e.message}`;
  }

  const org = await loadOrg(options, capabilities);

  /** Evaluates `input` (the org packs see it whole) with `view` for the built-in policy. Never throws. */
  const decide = (input: PolicyInput, view: PolicyInput, extraWarnings: PolicyItem[]): Decision => {
    if (!policy) return failClosed(failure ?? 'the policy is not loaded', extraWarnings);
    let doc: PolicyInput = view;
    if (org) {
      extraWarnings = [...extraWarnings, ...org.warnings];
      if (org.failure) return failClosed(org.failure, extraWarnings);
      const res = evaluateOrg(org, { ...input, org: undefined });
      if (typeof res === 'string') return failClosed(res, extraWarnings);
      extraWarnings = [...extraWarnings, ...res.warnings];
      doc = { ...doc, org: res.results };
    }
    let raw: unknown;
    try {
      const rs = policy.evaluate(doc, ENTRYPOINT) as { result?: unknown }[];
      if (!Array.isArray(rs) || rs.length === 0 || rs[0].result === undefined) {
        return failClosed(`the policy returned no decision for ${ENTRYPOINT} (undefined)`, extraWarnings);
      }
      raw = rs[0].result;
    } catch (err) {
      return failClosed(`the policy failed to evaluate: ${thrownText(err)}`, extraWarnings);
    }
    const problem = shapeProblem(raw);
    if (problem) return failClosed(`the policy returned an unusable decision: ${problem}`, extraWarnings);
    const d = raw as Decision;
    return {
      allow: d.allow,
      denials: [...d.denials].sort(byPathThenRule),
      warnings: [...extraWarnings, ...[...d.warnings].sort(byPathThenRule)],
      waived: [...d.waived].sort(byPathThenRule),
      evaluated: d.evaluated as EvaluatedRule[],
      ...(Array.isArray(d.packs) ? { packs: d.packs } : {}),
      // An org's own bundle may predate the field or shape it otherwise: then it is left out.
      ...(Array.isArray(d.production_clusters) && d.production_clusters.every((c) => typeof c === 'string') ? { production_clusters: d.production_clusters } : {}),
    };
  };

  const gate: Gate = {
    failure,
    org,
    evaluateBatched(input: PolicyInput, extraWarnings: PolicyItem[] = [], batchFiles = 250): Decision {
      const groups = batches(input.files, input.config.charts_dir, batchFiles);
      if (groups.length <= 1) return gate.evaluate(input, extraWarnings);
      // Every batch still knows every path (chart existence is checked against repo.files).
      const allPaths = [...new Set([...input.repo.files, ...input.files.map((f) => f.path)])].sort();
      const repo = { ...input.repo, files: allPaths };
      const index = repoIndex(repo);
      const parts = groups.map((files) => {
        const part = { ...input, repo, files };
        return decide(part, batchView(part, index), []);
      });
      const merged = mergeDecisions(parts);
      return { ...merged, warnings: [...extraWarnings, ...merged.warnings] };
    },
    evaluate(input: PolicyInput, extraWarnings: PolicyItem[] = []): Decision {
      return decide(input, builtinView(input), extraWarnings);
    },
  };
  return gate;
}

/** Loads the gate and evaluates one input. */
export async function evaluateGate(input: PolicyInput, options: GateOptions = {}, extraWarnings: PolicyItem[] = []): Promise<Decision> {
  const gate = await loadGate(options);
  return gate.evaluate(input, extraWarnings);
}
