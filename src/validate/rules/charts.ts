import { MAX_CHART_FILE_BYTES, realDir } from '../../repo/files.js';
import { joinRepoPath, staysInside } from '../../repo/paths.js';
import type { ChartInfo, Position } from '../../repo/types.js';
import type { RepoView } from '../repo-view.js';
import { describeRule, type IgnoreRule } from '../../repo/helmignore.js';
import type { FindingSink } from '../sink.js';
import { loadChartIgnore, rulePosition, type ChartIgnore } from './helmignore.js';
import { holdsKustomization } from './kustomize-charts.js';
import { loadSubcharts, NO_SUBCHARTS, type Subcharts } from './subcharts.js';
import { isHelmVersion } from './helm-version.js';
import { chartKubeVersionProblem, helmSanitize } from './kube-version.js';
import { parseFileReporting } from './yaml-file.js';
import { aType, pointerToPath, type PathSegment, type YamlFile } from '../../repo/yaml.js';
import validateChartMetadata from '../schema/chart-metadata-validator.generated.js';

/**
 * Whether Helm renders a file of templates/ (or below) as a template: every file whatever its
 * extension (`deployment.txt`, `.gotmpl`, none), except partials (a base name starting with
 * `_`) and the notes (a path ending in NOTES.txt). Dot-files are left out by Helm's built-in
 * `.helmignore` rule `templates/.?*`, which the chart's ignore rules apply.
 */
const rendersAsTemplate = (name: string) => !name.startsWith('_') && !name.endsWith('NOTES.txt');
/** crds/ files Helm installs: in any case (pkg/chart hasManifestExtension compares with strings.EqualFold), unlike Argo CD's manifests. */
const CRD_MANIFEST = /\.(ya?ml|json)$/i;

/**
 * Finds chart directories: every directory under the charts dir holding a Chart.yaml,
 * except subcharts vendored in another chart's `charts/` (Helm renders those as part of
 * their parent, with its own rules: a Helm 2 `apiVersion: v1` subchart is fine there).
 */
export function discoverCharts(children: Map<string, string[]>, chartsDir: string, links: ReadonlyMap<string, string> = new Map()): string[] {
  const prefix = chartsDir ? `${chartsDir}/` : '';
  const all = new Set<string>();
  // A directory that also holds a kustomization is kustomize's to Argo CD (its tool detection
  // lets kustomization.yaml win over Chart.yaml): not a chart, unless an Application says
  // `helm:` for it, and then it is checked as that Application's chart (engine.ts).
  for (const [dir, names] of children) if (dir.startsWith(prefix) && names.includes('Chart.yaml') && !holdsKustomization(names)) all.add(dir);
  const charts = [...all].filter((d) => !isVendoredSubchart(d, all)).sort();
  return links.size ? onePerRealDir(charts, links) : charts;
}

/**
 * A chart the walk reached two ways (a linked directory, `staging -> staging-v2`) is one
 * chart: kept at its real path when that was walked too, else at the first path (sorted).
 */
function onePerRealDir(charts: string[], links: ReadonlyMap<string, string>): string[] {
  const byReal = new Map<string, string>();
  for (const d of charts) {
    const real = realDir(links, d);
    const kept = byReal.get(real);
    if (kept === undefined || (d === real && kept !== real)) byReal.set(real, d);
  }
  const keep = new Set(byReal.values());
  return charts.filter((d) => keep.has(d));
}

/** A chart under `<chart>/charts/`: Helm loads it as part of that chart (only there: a chart nested anywhere else in a chart is not loaded). */
export function isVendoredSubchart(dir: string, charts: ReadonlySet<string>): boolean {
  for (let i = dir.indexOf('/charts/'); i >= 0; i = dir.indexOf('/charts/', i + 1)) if (charts.has(dir.slice(0, i))) return true;
  return false;
}

/** Reads the layout parts of `gitops/<application>/<cluster>/<service>` (none for a chart outside the charts dir). */
export function chartLayout(dir: string, chartsDir: string): Pick<ChartInfo, 'application' | 'cluster' | 'service'> {
  if (chartsDir && !dir.startsWith(`${chartsDir}/`)) return {};
  const rest = chartsDir ? dir.slice(chartsDir.length + 1) : dir;
  const parts = rest.split('/');
  if (parts.length !== 3) return {};
  return { application: parts[0], cluster: parts[1], service: parts[2] };
}

/**
 * Whether the chart's templates/ holds a template Helm renders (rendersAsTemplate), directly or in a
 * subdirectory (Helm renders those too), that the chart's ignore rules leave in. Stops at
 * the first hit; subdirectories are only looked at when the directory itself has none.
 */
async function rendersSomething(view: RepoView, dir: string, ignore: ChartIgnore, rel = 'templates'): Promise<boolean> {
  const at = `${dir}/${rel}`;
  if ((await view.list(at)).some((n) => rendersAsTemplate(n) && !ignore.dropped(`${rel}/${n}`))) return true;
  for (const sub of await view.listDirs(at)) if (!ignore.dropped(`${rel}/${sub}`) && (await rendersSomething(view, dir, ignore, `${rel}/${sub}`))) return true;
  return false;
}

/** Whether `dir` directly holds a file matching `re`, or a subdirectory (a vendored subchart) when asked, that Helm loads. */
async function holds(view: RepoView, dir: string, sub: string, re: RegExp, ignore: ChartIgnore, orSubdir = false): Promise<boolean> {
  if ((await view.list(`${dir}/${sub}`)).some((n) => re.test(n) && !ignore.dropped(`${sub}/${n}`))) return true;
  return orSubdir && (await view.listDirs(`${dir}/${sub}`)).some((n) => !ignore.dropped(`${sub}/${n}`));
}

/** How many files, and how many rules, a chart.templates message names at most. */
const SHOWN_DROPPED = 3;
/** Entries looked at to say what the ignore rules took out, at most (templates/ can be large). */
const MAX_DROPPED_LOOKED_AT = 1000;

/**
 * What would have rendered but for the ignore rules (only asked once the chart renders
 * nothing): template manifests, CRDs, requirements.yaml and vendored subcharts, grouped by
 * the rule that drops them. At most MAX_DROPPED_LOOKED_AT entries are looked at.
 */
async function droppedRenderables(view: RepoView, dir: string, ignore: ChartIgnore): Promise<Map<IgnoreRule, string[]>> {
  const out = new Map<IgnoreRule, string[]>();
  let looked = 0;
  const note = (rel: string) => {
    const r = ignore.dropped(rel);
    if (!r) return;
    let list = out.get(r);
    if (!list) out.set(r, (list = []));
    list.push(rel);
  };
  const templates = async (rel: string): Promise<void> => {
    for (const n of await view.list(`${dir}/${rel}`)) if (++looked <= MAX_DROPPED_LOOKED_AT && rendersAsTemplate(n)) note(`${rel}/${n}`);
    for (const sub of await view.listDirs(`${dir}/${rel}`)) if (looked <= MAX_DROPPED_LOOKED_AT) await templates(`${rel}/${sub}`);
  };
  await templates('templates');
  for (const n of await view.list(`${dir}/crds`)) if (CRD_MANIFEST.test(n)) note(`crds/${n}`);
  if ((await view.list(dir)).includes('requirements.yaml')) note('requirements.yaml');
  for (const n of await view.list(`${dir}/charts`)) if (/\.tgz$/i.test(n)) note(`charts/${n}`);
  for (const n of await view.listDirs(`${dir}/charts`)) note(`charts/${n}`);
  return out;
}

/**
 * Dependencies Helm needs in this repo: one with no repository must be vendored in
 * `charts/` (a directory or a `<name>-<version>.tgz`), one at `file://<path>` must be a
 * chart at that path (or vendored). Helm fails otherwise ("found in Chart.yaml, but
 * missing in charts/ directory"). Dependencies from chart repositories or OCI registries
 * are fetched when Argo CD renders the chart: nothing to check here.
 */
async function checkDependencies(view: RepoView, sink: FindingSink, dir: string, deps: unknown[], at: (i: number, key?: string) => Position, ignore: ChartIgnore, vendored: Subcharts, info: ChartInfo, chartFile = `${dir}/Chart.yaml`): Promise<void> {
  const allDirs = await view.listDirs(`${dir}/charts`);
  const allFiles = await view.list(`${dir}/charts`);
  for (let i = 0; i < deps.length; i++) {
    const d = deps[i];
    if (d === null || typeof d !== 'object' || Array.isArray(d)) continue;
    const { name, repository } = d as Record<string, unknown>;
    if (name === undefined || name === null || name === '') {
      // Helm matches dependencies by name: one without never matches ("missing in charts/ directory: ").
      sink.add('chart.dependency-missing', chartFile, at(i), `dependency ${i + 1} has no name: Helm matches dependencies to charts by name, and fails with "found in Chart.yaml, but missing in charts/ directory: ".`);
      continue;
    }
    if (typeof name !== 'string') continue;
    const repo = typeof repository === 'string' ? repository.trim() : '';
    if (repo && !repo.startsWith('file://')) continue;
    if (repo) {
      // The chart at a file:// path is rendered as part of this one (helm dependency build): chart.orphan counts it as used.
      const rel = repo.slice('file://'.length);
      const target = rel.startsWith('/') ? undefined : joinRepoPath(dir, rel);
      if (target !== undefined && staysInside(target)) (info.fileDependencies ??= []).push(target);
    }
    // Helm matches a subchart by the name in its Chart.yaml (loadSubcharts read them, leaving
    // out what the ignore rules drop: Helm fails on those as if they were never vendored).
    if (vendored.names.has(name) || vendored.unread) continue;
    if (!repo) {
      // Vendored, but left out by the ignore rules: say which rule, since the files are there.
      const rule = allDirs.includes(name) && (await view.hasFile(`${dir}/charts/${name}/Chart.yaml`)) ? ignore.dropped(`charts/${name}/Chart.yaml`) : allFiles.filter((f) => f.endsWith('.tgz')).map((f) => ignore.dropped(`charts/${f}`)).find(Boolean);
      if (rule) sink.add('chart.dependency-missing', chartFile, at(i), `dependency '${name}' is vendored in ${dir}/charts/, but ${describeRule(rule, ignore.file)} ignores it: Helm fails with "found in Chart.yaml, but missing in charts/ directory".`);
      else sink.add('chart.dependency-missing', chartFile, at(i), `dependency '${name}' has no repository and is not vendored in ${dir}/charts/ (a ${name}/ chart or a ${name}-<version>.tgz): Helm fails with "found in Chart.yaml, but missing in charts/ directory".`);
      continue;
    }
    const rel = repo.slice('file://'.length);
    const target = rel.startsWith('/') ? undefined : joinRepoPath(dir, rel);
    if (target === undefined || !staysInside(target)) {
      sink.add('chart.dependency-missing', chartFile, at(i, 'repository'), `dependency '${name}' is at ${repo}, outside the repository: Argo CD cannot read it.`);
    } else if (!(await view.hasFile(`${target}/Chart.yaml`))) {
      sink.add('chart.dependency-missing', chartFile, at(i, 'repository'), `dependency '${name}' is at ${repo}, but ${target}/ holds no Chart.yaml.`);
    }
  }
}

interface MetadataError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  parentSchema?: { goType?: string };
  data?: unknown;
}

/** The Go types of Helm's chart.Metadata in words, for messages. */
const GO_TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  bool: 'a boolean (true or false)',
  '[]string': 'a list of strings',
  '[]*chart.Maintainer': 'a list of maintainers (mappings of name, email and url)',
  'chart.Maintainer': 'a mapping of name, email and url',
  '[]*chart.Dependency': 'a list of dependencies (mappings of name, version, repository...)',
  'chart.Dependency': 'a mapping of name, version, repository...',
  'map[string]string': 'a mapping of strings',
  '[]interface{}': 'a list',
};

/** What encoding/json calls a JSON value in "cannot unmarshal <kind> into". */
function jsonKind(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (v === null) return 'null';
  if (typeof v === 'object') return 'object';
  return typeof v === 'boolean' ? 'bool' : typeof v;
}

/** `maintainers[0].name` for a path. */
function pathLabel(path: PathSegment[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('');
}

/**
 * Chart.yaml fields of a type Helm cannot decode into its chart.Metadata (the schema is
 * schemas/helm/chart-metadata.json, compiled by scripts/build-schema.mjs): Helm refuses to
 * load the chart ("cannot load Chart.yaml: ... cannot unmarshal"), or its validation does
 * (an empty maintainer or dependency, an alias it disallows, two dependencies of one name).
 * Also appVersion not a string, which Helm renders but helm lint refuses.
 */
function checkMetadataTypes(sink: FindingSink, chartFile: string, chart: YamlFile, m: Record<string, unknown>): void {
  if (!validateChartMetadata(m)) {
    for (const e of ((validateChartMetadata as unknown as { errors?: MetadataError[] }).errors ?? [])) {
      const path = pointerToPath(e.instancePath);
      const label = pathLabel(path);
      const v = e.data;
      // A collection is reported at its key (its value starts on the next line); a scalar at the value.
      const pos = chart.position(0, path, typeof path[path.length - 1] === 'number' || v === null || typeof v !== 'object');
      if (e.keyword === 'pattern') {
        sink.add('chart.metadata', chartFile, pos, `${label} ${JSON.stringify(v)} has characters Helm refuses in an alias (letters, digits, \`-\` and \`_\` only): Helm fails with "dependency has disallowed characters in the alias".`);
      } else if (e.keyword === 'type' && v === null) {
        const list = String(path[0]);
        sink.add('chart.metadata', chartFile, pos, `${label} is empty: Helm refuses the chart ("${list} must not contain empty or null nodes").`);
      } else if (e.keyword === 'type') {
        const go = e.parentSchema?.goType ?? 'string';
        sink.add('chart.metadata', chartFile, pos, `${label} is ${jsonKind(v) === 'array' ? 'a list' : jsonKind(v) === 'object' ? 'a mapping' : `the ${jsonKind(v) === 'bool' ? 'boolean' : jsonKind(v)} ${typeof v === 'string' ? JSON.stringify(v) : (chart.source(0, path) ?? String(v))}`}, but Helm reads it as ${GO_TYPE_WORDS[go] ?? go}: Helm cannot load ${chartFile.slice(chartFile.lastIndexOf('/') + 1)} ("cannot unmarshal ${jsonKind(v)} into Go struct field ... of type ${go}").`);
      }
    }
  }
  if (typeof m.appVersion === 'number' || typeof m.appVersion === 'boolean') {
    const written = chart.source(0, ['appVersion']) ?? String(m.appVersion);
    sink.add('chart.app-version', chartFile, chart.position(0, ['appVersion'], true), `appVersion ${written} is a ${typeof m.appVersion} to YAML, not a string: Helm renders it as "${String(m.appVersion)}", but helm lint fails ("appVersion should be of type string"). Quote it ("${written}").`);
  }
  if (Array.isArray(m.dependencies)) checkDependencyKeys(sink, chartFile, chart, m.dependencies);
}

/**
 * A `kubeVersion` Helm cannot parse as a constraint fails `helm template` on every cluster
 * (IsCompatibleRange is false), whatever Argo CD passes as the cluster's version. A number or
 * boolean is its text to Helm; a list or mapping is chart.metadata's. Empty: Helm checks nothing.
 */
function checkKubeVersion(sink: FindingSink, chartFile: string, chart: YamlFile, kv: unknown): void {
  if (kv === '' || (typeof kv !== 'string' && typeof kv !== 'number' && typeof kv !== 'boolean')) return;
  const problem = chartKubeVersionProblem(String(kv));
  if (problem) sink.add('chart.kube-version', chartFile, chart.position(0, ['kubeVersion'], true), `kubeVersion ${JSON.stringify(String(kv))} is not a constraint Helm parses (${problem}): Helm refuses to render the chart on any cluster ("chart requires kubeVersion: ... which is incompatible with Kubernetes ...").`);
}

/** Helm refuses two dependencies of one name or alias ("more than one dependency with name or alias"). */
function checkDependencyKeys(sink: FindingSink, chartFile: string, chart: YamlFile, deps: unknown[]): void {
  const seen = new Set<string>();
  deps.forEach((d, i) => {
    if (d === null || typeof d !== 'object' || Array.isArray(d)) return;
    const { name, alias } = d as Record<string, unknown>;
    const byAlias = alias !== undefined && alias !== null && alias !== '' && typeof alias !== 'object';
    const key = byAlias ? String(alias) : name !== undefined && name !== null && typeof name !== 'object' ? String(name) : '';
    if (!key) return;
    if (seen.has(key)) sink.add('chart.metadata', chartFile, chart.position(0, ['dependencies', i, byAlias ? 'alias' : 'name'], true), `a second dependency of name or alias '${key}': Helm refuses the chart ("more than one dependency with name or alias").`);
    seen.add(key);
  });
}

/** A file of a chart: Helm's own limit (MAX_CHART_FILE_BYTES), not the 2 MiB one of Applications. */
export const CHART_FILE_LIMIT = { bytes: MAX_CHART_FILE_BYTES, why: 'Helm refuses to load a chart holding a file that large ("chart file ... is larger than the maximum file size 5242880")' };

/** Checks one chart, as Helm loads it (its .helmignore applied): Chart.yaml, values.yaml, templates/. */
export async function checkChart(view: RepoView, sink: FindingSink, dir: string, chartsDir: string): Promise<ChartInfo> {
  const info: ChartInfo = { dir, ...chartLayout(dir, chartsDir) };
  const chartFile = `${dir}/Chart.yaml`;
  const names = await view.list(dir);
  const ignore = await loadChartIgnore(view, sink, dir, names);
  const chart = await parseFileReporting(view.root, chartFile, sink, undefined, CHART_FILE_LIMIT);
  // charts/ is read once, when there is one, and checked whether or not a dependency names its subcharts.
  let vendored: Promise<Subcharts> | undefined;
  const subcharts = () => (vendored ??= view.listDirs(dir).then((d) => (d.includes('charts') ? loadSubcharts(view, sink, dir, ignore) : NO_SUBCHARTS)));
  let isLibrary = false;
  let dependencies = false;
  if (chart) {
    const first = chart.docs[0];
    const meta = first?.value;
    if (!first || meta === null || typeof meta !== 'object' || Array.isArray(meta)) {
      sink.add('chart.not-mapping', chartFile, first ? chart.position(0, []) : undefined, 'Chart.yaml does not hold a mapping of chart metadata.');
    } else {
      const m = meta as Record<string, unknown>;
      const at = (k: string, v = false) => chart.position(0, [k], v);
      // As written in the file: `version: 1.0` is the number 1 to YAML, and the user wrote `1.0`.
      const written = (k: string) => chart.source(0, [k]) ?? JSON.stringify(m[k]);
      if (m.apiVersion === 'v1') {
        sink.add('chart.api-version-v1', chartFile, at('apiVersion', true), 'apiVersion is v1, the Helm 2 chart format: Helm 3 still renders it, but `type` and `dependencies` in Chart.yaml need `apiVersion: v2`.');
      } else if (m.apiVersion !== 'v2') {
        sink.add('chart.api-version', chartFile, at('apiVersion', true), m.apiVersion === undefined ? 'Chart.yaml has no apiVersion; Helm 3 charts declare `apiVersion: v2`.' : `apiVersion is ${written('apiVersion')}; Helm 3 charts declare \`apiVersion: v2\`.`);
      }
      // A number or boolean is its text to Helm (sigs.k8s.io/yaml into a string field): `name: 2048` is the chart "2048".
      // Helm sanitises it first (helmSanitize): a name of only a zero-width space is empty to it ("name is required").
      const name = typeof m.name === 'number' || typeof m.name === 'boolean' ? String(m.name) : m.name;
      const clean = typeof name === 'string' ? helmSanitize(name) : name;
      if (name === undefined || name === null || clean === '') {
        sink.add('chart.name', chartFile, at('name', true), name ? `name ${JSON.stringify(name)} holds only characters Helm drops (non-printable ones, such as a zero-width space): Helm reads no name ("chart.metadata.name is required") and cannot load the chart.` : 'Chart.yaml has no name.');
      } else if (typeof name !== 'string') {
        sink.add('chart.name', chartFile, at('name', true), `name ${written('name')} is not a string.`);
      } else if (!(clean as string).trim()) {
        // Helm only refuses an empty name; a blank one renders, as spaces in .Chart.Name and the chart's labels.
        sink.add('chart.name', chartFile, at('name', true), `name ${JSON.stringify(name)} is blank: Helm renders the chart with spaces for its name (in \`.Chart.Name\` and the labels it goes into).`);
      } else if (clean === '.' || clean === '..' || /[/\\]/.test(name)) {
        // Helm: the name must be its own base name (chart.metadata.name "a/b" is invalid).
        sink.add('chart.name', chartFile, at('name', true), `name ${JSON.stringify(name)} is not a valid chart name: Helm refuses \`/\`, \`\\\`, \`.\` and \`..\`.`);
      } else info.name = name;
      if (typeof m.version !== 'string' || !isHelmVersion(m.version)) {
        sink.add('chart.version', chartFile, at('version', true), m.version === undefined || m.version === null ? 'Chart.yaml has no version.' : typeof m.version === 'object' ? `version is ${aType(m.version)}, not a string: write it as SemVer (\`version: 1.0.0\`).` : typeof m.version !== 'string' ? `version ${written('version')} is a ${typeof m.version} to YAML, not a string: quote it ("${written('version')}") or write it as SemVer (1.0.0).` : `version ${JSON.stringify(m.version)} is not a version Helm takes (SemVer, e.g. 1.2.3).`);
      } else info.version = m.version;
      // Helm takes an empty type (and a null one, which reads as "") as application.
      if (m.type !== undefined && m.type !== null && m.type !== '' && m.type !== 'application' && m.type !== 'library') {
        sink.add('chart.type', chartFile, at('type', true), `type ${written('type')} is neither application nor library.`);
      }
      checkMetadataTypes(sink, chartFile, chart, m);
      checkKubeVersion(sink, chartFile, chart, m.kubeVersion);
      isLibrary = m.type === 'library';
      info.type = isLibrary ? 'library' : 'application';
      dependencies = Array.isArray(m.dependencies) && m.dependencies.length > 0;
      if (dependencies) await checkDependencies(view, sink, dir, m.dependencies as unknown[], (i, k) => chart.position(0, ['dependencies', i, ...(k ? [k] : [])], true), ignore, await subcharts(), info);
    }
  }

  if (chart && names.includes('requirements.yaml') && !ignore.dropped('requirements.yaml')) await checkRequirements(view, sink, dir, ignore, await subcharts(), info);
  if (chart) await subcharts();

  const valuesDropped = names.includes('values.yaml') ? ignore.dropped('values.yaml') : undefined;
  if (valuesDropped) {
    // Helm loads the chart without it: the templates render without these defaults.
    info.valuesIgnored = true;
    sink.add('chart.values-ignored', ignore.file!, rulePosition(valuesDropped), `${describeRule(valuesDropped)} ignores values.yaml, so Helm loads ${dir} without its default values (Argo CD still passes it with -f when an Application lists it in helm.valueFiles).`);
  } else if (names.includes('values.yaml')) {
    const valuesFile = `${dir}/values.yaml`;
    const values = await parseFileReporting(view.root, valuesFile, sink, undefined, CHART_FILE_LIMIT);
    const first = values?.docs[0];
    if (values && first) {
      const v = first.value;
      if (v !== null && v !== undefined && (typeof v !== 'object' || Array.isArray(v))) {
        sink.add('chart.values', valuesFile, values.position(0, []), `values.yaml holds ${Array.isArray(v) ? 'a list' : `a ${typeof v}`}, not a mapping.`);
      }
    }
  }

  // A chart renders its templates, its crds/ and its dependencies (Chart.yaml `dependencies`,
  // requirements.yaml for apiVersion v1, or subcharts vendored in charts/): an umbrella
  // chart with no templates of its own is legitimate.
  if (!isLibrary && !dependencies && !(await rendersSomething(view, dir, ignore))) {
    const others = (await holds(view, dir, 'crds', CRD_MANIFEST, ignore)) || (names.includes('requirements.yaml') && !ignore.dropped('requirements.yaml')) || (await holds(view, dir, 'charts', /\.tgz$/i, ignore, true));
    if (!others) reportRendersNothing(sink, dir, ignore, await droppedRenderables(view, dir, ignore));
  }
  return info;
}

/**
 * requirements.yaml, the Helm 2 place of a chart's dependencies: Helm 3 still decodes it
 * into the chart's metadata (pkg/chart/loader, for apiVersion v1 and v2 alike), so its
 * fields get the Chart.yaml type checks and its dependencies the same vendoring checks
 * (Helm fails when they are not in charts/), at their place in requirements.yaml.
 */
async function checkRequirements(view: RepoView, sink: FindingSink, dir: string, ignore: ChartIgnore, vendored: Subcharts, info: ChartInfo): Promise<void> {
  const file = `${dir}/requirements.yaml`;
  const req = await parseFileReporting(view.root, file, sink, undefined, CHART_FILE_LIMIT);
  const v = req?.docs[0]?.value;
  if (!req || v === null || v === undefined) return;
  if (typeof v !== 'object' || Array.isArray(v)) {
    sink.add('chart.metadata', file, req.position(0, []), `requirements.yaml holds ${Array.isArray(v) ? 'a list' : `a ${typeof v}`}, not a mapping of \`dependencies\`: Helm cannot load it.`);
    return;
  }
  const m = v as Record<string, unknown>;
  checkMetadataTypes(sink, file, req, m);
  if (Array.isArray(m.dependencies) && m.dependencies.length) await checkDependencies(view, sink, dir, m.dependencies, (i, k) => req.position(0, ['dependencies', i, ...(k ? [k] : [])], true), ignore, vendored, info, file);
}

/** chart.templates, with what the ignore rules took out when that is why: at the first such rule of the .helmignore. */
function reportRendersNothing(sink: FindingSink, dir: string, ignore: ChartIgnore, dropped: Map<IgnoreRule, string[]>): void {
  const chartFile = `${dir}/Chart.yaml`;
  if (!dropped.size) {
    sink.add('chart.templates', chartFile, { line: 1, column: 1 }, `${dir}/templates/ holds no template Helm renders (nor does crds/, and the chart has no dependencies), so the chart renders nothing.`);
    return;
  }
  const groups = [...dropped];
  const parts = groups.slice(0, SHOWN_DROPPED).map(([rule, paths]) => {
    const shown = paths.slice(0, SHOWN_DROPPED).join(', ') + (paths.length > SHOWN_DROPPED ? ` and ${paths.length - SHOWN_DROPPED} more` : '');
    return `${shown} ${paths.length > 1 ? 'are' : 'is'} ignored by ${describeRule(rule)}`;
  });
  if (groups.length > SHOWN_DROPPED) {
    const files = groups.slice(SHOWN_DROPPED).reduce((n, [, paths]) => n + paths.length, 0);
    parts.push(`${files} more by ${groups.length - SHOWN_DROPPED} other rules`);
  }
  const byFile = [...dropped.keys()].find((r) => r.line > 0);
  const where = byFile && ignore.file ? { file: ignore.file, pos: rulePosition(byFile) } : { file: chartFile, pos: { line: 1, column: 1 } };
  sink.add('chart.templates', where.file, where.pos, `${dir} renders nothing as Helm loads it: ${parts.join('; ')}.`);
}
