import { lstat, readdir, readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { InputError } from '../errors.js';
import { MAX_CHART_FILE_BYTES, readTextFile } from '../repo/files.js';
import { normalizeRepoUrl, sameRepo as sameRepoUrl } from '../repo/git-url.js';
import type { ApplicationInfo, RepoModel } from '../repo/types.js';
import type { GenerateRequest } from './types.js';

/**
 * Read-and-preserve: what already exists for the requested service, which layout the repo
 * follows, and what stands in the way. Reads only; every conflict becomes a `Conflict` that
 * the proposal turns into a halt with a clarifying question.
 */

// ---------- repo URLs ----------

/** Like repo/git-url's sameRepo, for values that may be absent. */
export function sameRepo(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && sameRepoUrl(a, b);
}

export function normPath(p: string): string {
  let s = posix.normalize(p.replace(/\\/g, '/'));
  if (s.startsWith('./')) s = s.slice(2);
  if (s.length > 1 && s.endsWith('/')) s = s.slice(0, -1);
  return s === '.' ? '' : s;
}

/** The in-repo path sources (not `ref`-only, not Helm repositories) of an Application. */
function pathSources(app: ApplicationInfo) {
  return app.sources.filter((s) => s.path !== undefined && s.kind !== 'ref' && s.kind !== 'helm-repo');
}

/**
 * Infers the platform repo's URL from the Applications that deploy from the charts dir.
 * `missingDirs`: the apps or charts directory that does not exist, named in the refusal (the
 * likelier mistake is apps-dir or charts-dir, not a missing repo-url).
 */
export function inferRepoUrl(model: RepoModel, chartsDir: string, missingDirs: string[] = []): string {
  const counts = new Map<string, { raw: Map<string, number>; n: number }>();
  for (const app of model.applications) {
    for (const s of pathSources(app)) {
      if (!s.repoURL || !normPath(s.path!).startsWith(`${chartsDir}/`)) continue;
      const key = normalizeRepoUrl(s.repoURL);
      if (!key) continue;
      const e = counts.get(key) ?? { raw: new Map(), n: 0 };
      e.n++;
      e.raw.set(s.repoURL, (e.raw.get(s.repoURL) ?? 0) + 1);
      counts.set(key, e);
    }
  }
  if (counts.size === 0) {
    const absent = missingDirs.length
      ? ` (the repo has no ${missingDirs.map((d) => `${d}/`).join(' and no ')} folder: if its Applications and charts are elsewhere, set apps-dir and charts-dir)`
      : '';
    throw new InputError('repo-url', `is required: no existing Application deploys from ${chartsDir}/ to infer the platform repo's URL from${absent}`);
  }
  if (counts.size > 1) {
    throw new InputError('repo-url', `is required: the existing Applications deploy from ${chartsDir}/ of several repositories (${[...counts.keys()].sort().join(', ')})`);
  }
  const [{ raw }] = [...counts.values()];
  return [...raw.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
}

// ---------- layouts ----------

export interface Layout {
  /** Under appsDir, e.g. `argo-apps-{cluster}/{service}-application.yaml`. */
  appFile: string;
  /** Under chartsDir, e.g. `{application}/{cluster}/{service}`. */
  chart: string;
}

export const DEFAULT_LAYOUT: Layout = { appFile: 'argo-apps-{cluster}/{service}-application.yaml', chart: '{application}/{cluster}/{service}' };
/**
 * Each with `.yaml` and `.yml`: validate (and Argo CD's directory source) read both, so a repo
 * whose Applications all end in `.yml` follows a clear convention, and the new file gets the
 * same extension. `.json`, which validate (and policy-on-validate) also reads, is left out:
 * the new Application is written as YAML, and YAML in a `.json` file is not what such a repo
 * holds; such a repo halts with the layout question instead.
 */
const APP_FILE_TEMPLATES = [
  'argo-apps-{cluster}/{service}-application',
  'argo-apps-{cluster}/{service}',
  'argo-apps-{cluster}/{service}-app',
  // Named after the Application ({service}-{cluster}, the default name).
  'argo-apps-{cluster}/{service}-{cluster}',
  '{cluster}/{service}-application',
  '{cluster}/{service}',
  '{cluster}/{service}-app',
  '{cluster}/{service}-{cluster}',
].flatMap((t) => [`${t}.yaml`, `${t}.yml`]);
const CHART_TEMPLATES = ['{application}/{cluster}/{service}', '{cluster}/{application}/{service}', '{application}/{service}/{cluster}', '{cluster}/{service}', '{service}/{cluster}'];
export const DEFAULT_NAME_TEMPLATE = '{service}-{cluster}';
const NAME_TEMPLATES = ['{service}-{cluster}', '{service}', '{cluster}-{service}', '{application}-{service}-{cluster}', '{application}-{service}', '{service}-{application}-{cluster}'];

type Vars = { cluster?: string; service?: string; application?: string };

export function fill(template: string, v: Required<Vars>): string {
  return template.replace(/\{(cluster|service|application)\}/g, (_, k: keyof Vars) => v[k]!);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Each template compiled once, every variable captured (one segment each; a variable used
 * twice must repeat). Fixed variables are compared after the match: compiling a regular
 * expression per Application and template took 6.4 s of a 10,000-Application generate run.
 */
const compiled = new Map<string, RegExp>();
function templateRegExp(template: string): RegExp {
  let re = compiled.get(template);
  if (re) return re;
  const names: (keyof Vars)[] = [];
  let src = '';
  let last = 0;
  for (const m of template.matchAll(/\{(cluster|service|application)\}/g)) {
    src += escapeRe(template.slice(last, m.index));
    const k = m[1] as keyof Vars;
    if (names.includes(k)) src += `\\k<${k}>`;
    else {
      src += `(?<${k}>[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)`;
      names.push(k);
    }
    last = m.index! + m[0].length;
  }
  src += escapeRe(template.slice(last));
  re = new RegExp(`^${src}$`);
  compiled.set(template, re);
  return re;
}

/** Matches a path against a template; fixed variables must equal, free ones are captured (one segment each). */
export function matchTemplate(template: string, path: string, fixed: Vars = {}): Vars | undefined {
  const m = templateRegExp(template).exec(path);
  if (!m) return undefined;
  const groups = (m.groups ?? {}) as Vars;
  for (const k of Object.keys(fixed) as (keyof Vars)[]) if (fixed[k] !== undefined && k in groups && groups[k] !== fixed[k]) return undefined;
  return { ...fixed, ...groups };
}

/** The Application file names and chart folders generation can follow, for a question that names them. */
function knownLayouts(req: Pick<GenerateRequest, 'appsDir' | 'chartsDir'>): string {
  const files = [...new Set(APP_FILE_TEMPLATES.map((t) => t.replace(/\.ya?ml$/, '.yaml')))];
  return `Application files ${files.map((t) => `${req.appsDir}/${t}`).join(', ')} (or .yml), charts ${CHART_TEMPLATES.map((t) => `${req.chartsDir}/${t}`).join(', ')}`;
}

export function describeLayout(l: Layout, appsDir: string, chartsDir: string): string {
  return `${appsDir}/${l.appFile} → ${chartsDir}/${l.chart}`;
}

/** One existing Application that deploys from this repo, and what it tells about the layout. */
interface LayoutSample {
  app: ApplicationInfo;
  /** Normalised repo-relative path of its single in-repo source. */
  path?: string;
  /** Layouts this Application follows, with the variables it gives. */
  matches: { layout: Layout; vars: Required<Vars> }[];
}

export interface Conventions {
  layout: Layout;
  nameTemplate: string;
  notes: string[];
  /** How new Applications are named, when that is not plainly the default: said only when one is proposed. */
  namingNote?: string;
  /** Set when the existing Applications follow no single known layout. */
  conflict?: Conflict;
  samples: LayoutSample[];
}

export interface Conflict {
  cluster?: string;
  found: string;
  options: string;
}

export function detectConventions(model: RepoModel, req: GenerateRequest): Conventions {
  const notes: string[] = [];
  const samples: LayoutSample[] = [];
  for (const app of [...model.applications].sort((a, b) => (a.file + a.docIndex < b.file + b.docIndex ? -1 : 1))) {
    const own = pathSources(app).filter((s) => sameRepo(s.repoURL, req.repoUrl));
    if (own.length === 0) continue;
    if (own.length > 1) {
      samples.push({ app, matches: [] });
      continue;
    }
    const path = normPath(own[0].path!);
    const rel = app.file.startsWith(`${req.appsDir}/`) ? app.file.slice(req.appsDir.length + 1) : app.file;
    const matches: LayoutSample['matches'] = [];
    if (path.startsWith(`${req.chartsDir}/`)) {
      const chartRel = path.slice(req.chartsDir.length + 1);
      for (const at of APP_FILE_TEMPLATES) {
        const v = matchTemplate(at, rel);
        if (!v) continue;
        for (const ct of CHART_TEMPLATES) {
          const w = matchTemplate(ct, chartRel, { cluster: v.cluster, service: v.service });
          if (!w) continue;
          matches.push({ layout: { appFile: at, chart: ct }, vars: { cluster: w.cluster!, service: w.service!, application: w.application ?? '' } });
        }
      }
    }
    samples.push({ app, path, matches });
  }

  const key = (l: Layout) => `${l.appFile}|${l.chart}`;
  let layout = DEFAULT_LAYOUT;
  let conflict: Conflict | undefined;
  if (samples.length > 0) {
    let common: Layout[] | undefined;
    for (const s of samples) {
      const ls = s.matches.map((m) => m.layout);
      common = common === undefined ? ls : common.filter((l) => ls.some((x) => key(x) === key(l)));
    }
    common = common ?? [];
    const preferred = common.find((l) => key(l) === key(DEFAULT_LAYOUT)) ?? common[0];
    if (preferred) {
      layout = preferred;
      if (key(layout) !== key(DEFAULT_LAYOUT)) {
        notes.push(
          `Followed the repo's own layout, used by all ${samples.length} existing Application(s) that deploy from this repo: ${describeLayout(layout, req.appsDir, req.chartsDir)} (instead of the default ${describeLayout(DEFAULT_LAYOUT, req.appsDir, req.chartsDir)}).`,
        );
      }
    } else {
      const byLayout = new Map<string, string[]>();
      const odd: string[] = [];
      for (const s of samples) {
        if (s.matches.length === 0) odd.push(`${s.app.file} (${s.path ? `deploys ${s.path}` : 'several in-repo sources'})`);
        else {
          const k = describeLayout(s.matches[0].layout, req.appsDir, req.chartsDir);
          byLayout.set(k, [...(byLayout.get(k) ?? []), s.app.file]);
        }
      }
      const parts = [...byLayout.entries()].sort().map(([k, files]) => `${files.length} follow ${k} (e.g. ${files[0]})`);
      const oddList = `${odd.slice(0, 5).join('; ')}${odd.length > 5 ? '; …' : ''}`;
      if (odd.length) parts.push(`${odd.length} ${odd.length === 1 ? 'follows' : 'follow'} no layout gitops-action knows: ${oddList}`);
      // None on a known layout: they may well share one of their own, so "do not follow one
      // layout" would be a false statement about the person's repo.
      const found =
        byLayout.size === 0
          ? `${samples.length === 1 ? 'The existing Application that deploys from this repo follows' : `The ${samples.length} existing Applications that deploy from this repo follow`} no layout gitops-action knows (${knownLayouts(req)}): ${oddList}`
          : `The ${samples.length} existing Applications that deploy from this repo do not follow one layout: ${parts.join('; ')}`;
      conflict = {
        found: `${found}${found.endsWith('…') ? '' : '.'}`,
        options: `Move them to one layout (the default is ${describeLayout(DEFAULT_LAYOUT, req.appsDir, req.chartsDir)}), or point apps-dir/charts-dir at the part of the repo that follows it, then run again; or add ${req.service} by hand following the layout you want.`,
      };
    }
  }

  // Application names, destination and project: follow what the samples on the chosen layout do.
  const onLayout = samples.flatMap((s) => s.matches.filter((m) => key(m.layout) === key(layout)).map((m) => ({ app: s.app, vars: m.vars })));
  let nameTemplate = DEFAULT_NAME_TEMPLATE;
  let namingNote: string | undefined;
  if (onLayout.length > 0) {
    const ok = NAME_TEMPLATES.filter((t) => onLayout.every(({ app, vars }) => fill(t, vars) === app.name));
    if (ok.includes(DEFAULT_NAME_TEMPLATE)) nameTemplate = DEFAULT_NAME_TEMPLATE;
    else if (ok.length > 0) {
      nameTemplate = ok[0];
      namingNote = `Named the Application(s) ${nameTemplate}, as the existing Applications are named.`;
    } else {
      namingNote = `The existing Applications follow no single naming pattern; named the new one(s) ${DEFAULT_NAME_TEMPLATE}.`;
    }
  }
  return { layout, nameTemplate, notes, samples, ...(namingNote ? { namingNote } : {}), ...(conflict ? { conflict } : {}) };
}

/**
 * The Argo CD project of a new Application, from the existing Applications on the chosen layout
 * closest to it: those of the same application on the same cluster, else of the same
 * application, else on the same cluster, else all. Projects are often per team (application)
 * or per environment (cluster); the repo-wide answer alone put a new `billing` Application in
 * `default` when `shop` and `billing` each had their own project, outside the destinations and
 * sources its project restricts. The closest group that has Applications decides: one project
 * there is followed; several there give `default`, with a note, rather than a guess.
 */
export function chooseProject(conv: Conventions, application: string, cluster: string): { project: string; note?: string } {
  const onLayout = onChosenLayout(conv);
  const groups: [string, typeof onLayout][] = [
    [`of application ${application} on cluster ${cluster}`, onLayout.filter((x) => x.vars.application === application && x.vars.cluster === cluster)],
    [`of application ${application}`, onLayout.filter((x) => x.vars.application === application)],
    [`on cluster ${cluster}`, onLayout.filter((x) => x.vars.cluster === cluster)],
    ['', onLayout],
  ];
  const found = groups.find(([, xs]) => xs.length > 0);
  if (!found) return { project: 'default' };
  const [scope, xs] = found;
  const projects = [...new Set(xs.map(({ app }) => app.project ?? 'default'))].sort();
  const those = scope ? `the existing Applications ${scope}` : 'the existing Applications';
  if (projects.length === 1) {
    const project = projects[0];
    if (project === 'default') return { project };
    return { project, note: `Used the Argo CD project '${project}' for ${cluster}, as ${scope ? those : 'every existing Application'} ${scope ? 'do' : 'does'}.` };
  }
  return {
    project: 'default',
    note: `Used the Argo CD project 'default' for ${cluster}: ${those} use several (${projects.map((p) => `'${p}'`).join(', ')}). Set spec.project in the new Application if it belongs to one of them.`,
  };
}

/** The existing Applications on the layout generation follows, with the variables their paths give. */
function onChosenLayout(conv: Conventions): { app: ApplicationInfo; vars: Required<Vars> }[] {
  const key = (l: Layout) => `${l.appFile}|${l.chart}`;
  return conv.samples.flatMap((s) => s.matches.filter((m) => key(m.layout) === key(conv.layout)).map((m) => ({ app: s.app, vars: m.vars })));
}

/** The destination for a cluster, following the existing Applications of that cluster, then of the repo. */
export function chooseDestination(conv: Conventions, cluster: string): { dest: { server: string } | { name: string }; note?: string } {
  // With no common layout the run halts on that question, and the Applications of this
  // cluster (if any) are on no layout to read from: "no Applications yet" would be false.
  if (conv.conflict) return { dest: { name: cluster } };
  const onLayout = onChosenLayout(conv);
  const same = onLayout.filter((x) => x.vars.cluster === cluster);
  const uniform = (xs: typeof onLayout) => {
    const names = new Set(xs.map((x) => x.app.destination.name ?? ''));
    const servers = new Set(xs.map((x) => x.app.destination.server ?? ''));
    if (xs.length && names.size === 1 && !names.has('')) return { name: [...names][0] };
    if (xs.length && servers.size === 1 && !servers.has('')) return { server: [...servers][0] };
    return undefined;
  };
  const inCluster = uniform(same);
  if (inCluster) return { dest: inCluster };
  if (onLayout.length > 0 && onLayout.every((x) => x.app.destination.name === x.vars.cluster)) return { dest: { name: cluster } };
  const all = uniform(onLayout);
  if (all && 'server' in all) return { dest: all, note: `Cluster ${cluster} has no Applications yet; used the destination server ${all.server}, as every existing Application does.` };
  return { dest: { name: cluster }, note: `Cluster ${cluster} has no Applications in this repo yet: the destination is the Argo CD cluster named '${cluster}', which must be registered in Argo CD.` };
}

// ---------- the file system, seen with lstat ----------

export type PathKind = 'missing' | 'file' | 'dir' | 'symlink' | 'other';

export async function pathKind(root: string, rel: string): Promise<PathKind> {
  try {
    const st = await lstat(join(root, rel));
    return st.isSymbolicLink() ? 'symlink' : st.isFile() ? 'file' : st.isDirectory() ? 'dir' : 'other';
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR') return 'missing';
    throw e;
  }
}

/** What is at a path, in words (for questions and notes). */
export function kindWords(k: PathKind): string {
  return k === 'symlink' ? 'a symbolic link' : k === 'dir' ? 'a directory' : k === 'file' ? 'a file' : k === 'missing' ? 'missing' : 'a special file (a FIFO, socket or device)';
}

/**
 * The first existing entry that differs from a component of `rel` only in case, where
 * that component does not exist itself (`gitops/shop/staging/Payments` for
 * `.../payments`): on a macOS or Windows checkout the two are one path, so creating the
 * new one would write into the existing one.
 */
export async function caseTwin(root: string, rel: string): Promise<string | undefined> {
  const segs = rel.split('/');
  let dir = '';
  for (const seg of segs) {
    const here = dir ? `${dir}/${seg}` : seg;
    let names: string[];
    try {
      names = await readdir(join(root, dir));
    } catch {
      return undefined; // the parent does not exist: nothing below it can collide
    }
    if (!names.includes(seg)) {
      const twin = names.find((n) => n !== seg && n.toLowerCase() === seg.toLowerCase());
      return twin === undefined ? undefined : dir ? `${dir}/${twin}` : twin;
    }
    dir = here;
  }
  return undefined;
}

/** The first ancestor of `rel` (inside the repo) that exists and is not a plain directory. */
export async function blockingAncestor(root: string, rel: string): Promise<{ path: string; kind: PathKind } | undefined> {
  const segs = rel.split('/');
  for (let i = 1; i < segs.length; i++) {
    const p = segs.slice(0, i).join('/');
    const k = await pathKind(root, p);
    if (k === 'missing') return undefined;
    if (k !== 'dir') return { path: p, kind: k };
  }
  return undefined;
}

export interface DirListing {
  files: string[];
  /** Subdirectories, at any depth (an empty one, or one named like a file the chart needs, is in the way too). */
  dirs: string[];
  symlinks: string[];
  others: string[];
}

export async function listDir(root: string, rel: string): Promise<DirListing> {
  const out: DirListing = { files: [], dirs: [], symlinks: [], others: [] };
  const walk = async (r: string, depth: number): Promise<void> => {
    if (depth > 12) return;
    for (const n of (await readdir(join(root, r))).sort()) {
      const p = `${r}/${n}`;
      const k = await pathKind(root, p);
      if (k === 'dir') {
        out.dirs.push(p);
        await walk(p, depth + 1);
      }
      else if (k === 'file') out.files.push(p);
      else if (k === 'symlink') out.symlinks.push(p);
      else out.others.push(p);
    }
  };
  await walk(rel, 0);
  return out;
}

const STANDARD_TEMPLATES = new Set(['deployment.yaml', 'service.yaml', 'serviceaccount.yaml', 'pdb.yaml', '_helpers.tpl', 'NOTES.txt']);
const STANDARD_VALUE_KEYS = new Set([
  'replicaCount', 'image', 'imagePullSecrets', 'nameOverride', 'fullnameOverride', 'partOf', 'revisionHistoryLimit', 'serviceAccount', 'podAnnotations',
  'podLabels', 'podSecurityContext', 'securityContext', 'containerPort', 'service', 'podDisruptionBudget', 'env', 'resources', 'livenessProbe', 'readinessProbe', 'nodeSelector',
  'tolerations', 'affinity', 'topologySpreadConstraints',
]);

export interface ExistingSource {
  dir: string;
  kind: 'helm' | 'kustomize' | 'directory';
  files: string[];
  /** What was detected in the files, for the preservation note. */
  detected: string[];
  /** Resource kinds named in its templates/manifests (best effort, for the blast radius). */
  resourceKinds: string[];
  /** A Helm library chart (`type: library`): Helm cannot install it. */
  library: boolean;
  /** The image its values.yaml names (`image.repository:tag@digest`, or `image` as a string), when it names one. */
  image?: string;
  /** Its values.yaml, when it parsed as a mapping (a Helm chart). */
  values?: Record<string, unknown>;
}

/** The files whose presence makes a folder a kustomize source, as Argo CD detects it. */
const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

/** A `Chart.yaml` or kustomization file of the folder `dir` that is a symbolic link, from the listing's links. */
export function linkedMarker(dir: string, symlinks: string[]): string | undefined {
  return symlinks.find((l) => ['Chart.yaml', ...KUSTOMIZATION_FILES].some((n) => l === `${dir}/${n}`));
}

/**
 * A Chart.yaml or values.yaml as Helm reads it (validate reads it the same way): UTF-16
 * after a byte-order mark too, so a chart saved by a Windows editor is described by what it
 * says (a library chart stays one). Throws when it cannot be read.
 */
async function readChartFile(root: string, rel: string): Promise<string> {
  const read = await readTextFile(root, rel, MAX_CHART_FILE_BYTES);
  if ('issue' in read) throw new Error(read.issue.detail);
  return read.text;
}

/**
 * The tool Argo CD renders a folder with when its Application names none (util/app/discovery):
 * it walks the folder's files in lexical order and the last marker seen wins, and every
 * kustomization name sorts after `Chart.yaml`, so a kustomization beside a Chart.yaml wins.
 */
export function detectedTool(hasChart: boolean, hasKustomization: boolean): 'helm' | 'kustomize' | 'directory' {
  return hasKustomization ? 'kustomize' : hasChart ? 'helm' : 'directory';
}

/**
 * Describes an existing chart or kustomization directory; undefined when it is neither.
 * `tool`: how Argo CD renders it, when a kept Application says so (its tool block, or
 * detection, as validate read it); else Argo CD's detection, for a new Application without a
 * tool block. What is read and reported follows that tool: the values.yaml of a folder
 * Kustomize renders is not what runs.
 */
export async function describeExistingSource(root: string, dir: string, listing: DirListing, tool?: 'helm' | 'kustomize' | 'directory'): Promise<ExistingSource | undefined> {
  const rel = (f: string) => f.slice(dir.length + 1);
  const names = new Set(listing.files.map(rel));
  const hasChart = names.has('Chart.yaml');
  const kustomization = KUSTOMIZATION_FILES.find((k) => names.has(k));
  if (!hasChart && !kustomization) return undefined;
  const kind = tool ?? detectedTool(hasChart, kustomization !== undefined);
  const helm = hasChart && kind === 'helm';
  const detected: string[] = [];
  const kinds = new Set<string>();
  let library = false;
  let image: string | undefined;
  let imageValue: unknown;
  let values: Record<string, unknown> | undefined;
  if (hasChart && kustomization) {
    detected.push(
      kind === 'helm'
        ? `a kustomization (${kustomization}) beside the Chart.yaml, which Argo CD does not use: the Application's helm block makes it render the folder as a Helm chart`
        : kind === 'kustomize'
          ? `a Chart.yaml beside the kustomization (${kustomization}): Argo CD renders the folder with Kustomize (a kustomization wins over a Chart.yaml unless the Application's source has a helm block), so the chart's templates and values deploy only through what the kustomization includes; to render it as a Helm chart instead, give the Application's source a helm block (and no kustomize block)`
          : `a Chart.yaml and a kustomization (${kustomization}), which Argo CD does not use: the Application's directory block makes it apply the folder's files as plain manifests`,
    );
  }
  if (helm) {
    const templates = [...names].filter((n) => n.startsWith('templates/'));
    const custom = templates.filter((n) => !STANDARD_TEMPLATES.has(n.slice('templates/'.length)));
    if (custom.length) detected.push(`custom templates (${custom.join(', ')})`);
    const valueFiles = [...names].filter((n) => /^values[-.].*\.ya?ml$/.test(n) && n !== 'values.yaml');
    if (valueFiles.length) detected.push(`extra values files (${valueFiles.join(', ')})`);
    if (names.has('values.yaml')) {
      try {
        const v = parseYaml(await readChartFile(root, `${dir}/values.yaml`), { logLevel: 'error' });
        if (v && typeof v === 'object' && !Array.isArray(v)) {
          const extra = Object.keys(v).filter((k) => !STANDARD_VALUE_KEYS.has(k)).sort();
          if (extra.length) detected.push(`extra values (${extra.join(', ')})`);
          values = v as Record<string, unknown>;
          imageValue = values.image;
        }
      } catch {
        detected.push('a values.yaml that does not parse as YAML');
      }
    }
    try {
      const c = parseYaml(await readChartFile(root, `${dir}/Chart.yaml`), { logLevel: 'error' });
      if (c && typeof c === 'object' && c.type === 'library') library = true;
      // helm create's templates take an empty tag to mean the chart's appVersion.
      image = imageOf(imageValue, c && typeof c === 'object' && (typeof c.appVersion === 'string' || typeof c.appVersion === 'number') ? String(c.appVersion) : undefined);
      if (c && typeof c === 'object' && Array.isArray(c.dependencies) && c.dependencies.length) {
        detected.push(`chart dependencies (${c.dependencies.map((d: { name?: unknown }) => String(d?.name)).join(', ')})`);
      }
    } catch {
      detected.push('a Chart.yaml that does not parse as YAML');
    }
  }
  if (kustomization && !hasChart) detected.push(`a kustomization (${kustomization})`);
  if (listing.symlinks.length) detected.push(`symbolic links (${listing.symlinks.map(rel).join(', ')})`);
  for (const f of listing.files) {
    if (!/\.(ya?ml|tpl)$/.test(f)) continue;
    // Helm renders only templates/; Kustomize or a plain directory, the other manifests (a
    // chart's templates are no manifests to them).
    if (hasChart && f.startsWith(`${dir}/templates/`) !== helm) continue;
    try {
      const text = await readFile(join(root, f), 'utf8');
      for (const m of text.matchAll(/^kind:\s*["']?([A-Z][A-Za-z0-9]*)["']?\s*$/gm)) if (m[1] !== 'Kustomization') kinds.add(m[1]);
    } catch {
      /* unreadable: nothing to add */
    }
  }
  return {
    dir,
    kind,
    files: listing.files,
    detected,
    resourceKinds: [...kinds].sort(),
    library,
    ...(image ? { image } : {}),
    ...(values ? { values } : {}),
  };
}

/**
 * `image: {registry?, repository, tag, digest}` (helm create's shape, Bitnami's with a
 * registry) or `image: repo:tag` → one reference; an empty tag is `appVersion`, as helm
 * create's templates take it.
 */
function imageOf(v: unknown, appVersion?: string): string | undefined {
  if (typeof v === 'string' && v.trim()) return v.trim();
  if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const o = v as Record<string, unknown>;
  const text = (x: unknown) => (typeof x === 'string' || typeof x === 'number' ? String(x).trim() : '');
  const repository = text(o.repository);
  if (!repository) return undefined;
  const registry = text(o.registry);
  const tag = text(o.tag) || appVersion || '';
  const digest = text(o.digest);
  return `${registry ? `${registry}/` : ''}${repository}${tag ? `:${tag}` : ''}${digest ? `@${digest}` : ''}`;
}

/** The same image to a container runtime: Docker Hub's implied registry and `library/`, and `:latest` for no tag. */
export function sameImage(a: string, b: string): boolean {
  const norm = (ref: string) => {
    let r = ref.trim().replace(/^(?:docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '');
    const slash = r.indexOf('/');
    const first = slash < 0 ? '' : r.slice(0, slash);
    if (slash < 0 || !/[.:]|^localhost$/.test(first)) r = r.replace(/^library\//, '');
    const at = r.indexOf('@');
    const name = at < 0 ? r : r.slice(0, at);
    const hasTag = /:[^/]+$/.test(name);
    return `${hasTag || at >= 0 ? name : `${name}:latest`}${at < 0 ? '' : r.slice(at)}`;
  };
  return norm(a) === norm(b);
}


/**
 * A values.yaml number as a template renders it into a manifest (`replicas: {{ .Values.replicaCount }}`):
 * 5 and "5" are both the integer 5. Anything else (absent, "http", "05", a mapping) cannot be
 * compared, and gives undefined.
 */
export function renderedInteger(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isInteger(v) ? v : undefined;
  if (typeof v === 'string' && /^(?:0|[1-9][0-9]*)$/.test(v.trim())) return Number(v.trim());
  return undefined;
}

/**
 * The image repository a kept CI workflow pushes, from its top-level `env.IMAGE` (as the
 * generated workflow names it), when that is a plain repository: undefined when the file
 * cannot be read, has no such value, or it holds an expression, a tag or a digest.
 */
export async function workflowImageRepository(root: string, rel: string): Promise<string | undefined> {
  try {
    const wf = parseYaml(await readFile(join(root, rel), 'utf8'), { logLevel: 'error' });
    const image = wf && typeof wf === 'object' && wf.env && typeof wf.env === 'object' ? (wf.env as Record<string, unknown>).IMAGE : undefined;
    if (typeof image !== 'string' || !/^[a-z0-9][a-z0-9._/:-]*$/.test(image.trim())) return undefined;
    const name = image.trim();
    return name.slice(name.lastIndexOf('/') + 1).includes(':') ? undefined : name; // a tag after the last '/'
  } catch {
    return undefined;
  }
}
