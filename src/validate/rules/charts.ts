import { joinRepoPath, staysInside } from '../../repo/paths.js';
import type { ChartInfo, Position } from '../../repo/types.js';
import type { RepoView } from '../repo-view.js';
import type { FindingSink } from '../sink.js';
import { parseFileReporting } from './yaml-file.js';

/**
 * The versions Helm 3 takes: Masterminds semver's NewVersion as Helm calls it (the loose
 * form with CoerceNewVersion: `v1.2.3`, `1.2`, `01.2.3` are accepted), at most 256
 * characters, numeric pre-release parts without leading zeros.
 */
const HELM_VERSION = /^v?([0-9]+)(\.[0-9]+)?(\.[0-9]+)?(-([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?(\+([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?$/;

export function isHelmVersion(v: string): boolean {
  const m = v.length <= 256 ? HELM_VERSION.exec(v) : null;
  if (!m) return false;
  if (m[5] && m[5].split('.').some((p) => /^\d+$/.test(p) && p.length > 1 && p[0] === '0')) return false;
  // Each number must fit Go's uint64 (only a number of 20 digits or more can fail).
  return [m[1], m[2], m[3]].every((n) => !n || n.length < 20 || BigInt(n.replace('.', '')) < 2n ** 64n);
}

const TEMPLATE_MANIFEST = /\.(ya?ml|json|tpl)$/i;
const CRD_MANIFEST = /\.(ya?ml|json)$/i;

/**
 * Finds chart directories: every directory under the charts dir holding a Chart.yaml,
 * except subcharts vendored in another chart's `charts/` (Helm renders those as part of
 * their parent, with its own rules: a Helm 2 `apiVersion: v1` subchart is fine there).
 */
export function discoverCharts(children: Map<string, string[]>, chartsDir: string): string[] {
  const prefix = chartsDir ? `${chartsDir}/` : '';
  const all = new Set<string>();
  for (const [dir, names] of children) if (dir.startsWith(prefix) && names.includes('Chart.yaml')) all.add(dir);
  return [...all].filter((d) => !isVendoredSubchart(d, all)).sort();
}

function isVendoredSubchart(dir: string, charts: Set<string>): boolean {
  for (let i = dir.indexOf('/charts/'); i >= 0; i = dir.indexOf('/charts/', i + 1)) if (charts.has(dir.slice(0, i))) return true;
  return false;
}

/** Reads the layout parts of `gitops/<application>/<cluster>/<service>`. */
export function chartLayout(dir: string, chartsDir: string): Pick<ChartInfo, 'application' | 'cluster' | 'service'> {
  const rest = chartsDir ? dir.slice(chartsDir.length + 1) : dir;
  const parts = rest.split('/');
  if (parts.length !== 3) return {};
  return { application: parts[0], cluster: parts[1], service: parts[2] };
}

/**
 * Whether a templates directory holds a manifest Helm renders: a `.yaml`, `.yml`,
 * `.json` or `.tpl` file not starting with `_` (a partial), directly or in a
 * subdirectory (Helm renders those too). Stops at the first hit; subdirectories are
 * only looked at when the directory itself has none.
 */
async function rendersSomething(view: RepoView, dir: string, top = true): Promise<boolean> {
  // Helm's default ignore rule `templates/.?*` drops the dot-files and dot-directories
  // directly in templates/ (not deeper: templates/sub/.x.yaml is rendered).
  const hidden = (n: string) => top && n.startsWith('.');
  if ((await view.list(dir)).some((n) => TEMPLATE_MANIFEST.test(n) && !n.startsWith('_') && !hidden(n))) return true;
  for (const sub of await view.listDirs(dir)) if (!hidden(sub) && (await rendersSomething(view, `${dir}/${sub}`, false))) return true;
  return false;
}

/** Whether `dir` directly holds a file matching `re`, or a subdirectory (a vendored subchart) when asked. */
async function holds(view: RepoView, dir: string, re: RegExp, orSubdir = false): Promise<boolean> {
  if ((await view.list(dir)).some((n) => re.test(n))) return true;
  return orSubdir && (await view.listDirs(dir)).length > 0;
}

/**
 * Dependencies Helm needs in this repo: one with no repository must be vendored in
 * `charts/` (a directory or a `<name>-<version>.tgz`), one at `file://<path>` must be a
 * chart at that path (or vendored). Helm fails otherwise ("found in Chart.yaml, but
 * missing in charts/ directory"). Dependencies from chart repositories or OCI registries
 * are fetched when Argo CD renders the chart: nothing to check here.
 */
async function checkDependencies(view: RepoView, sink: FindingSink, dir: string, deps: unknown[], at: (i: number, key?: string) => Position): Promise<void> {
  const chartFile = `${dir}/Chart.yaml`;
  const vendoredDirs = await view.listDirs(`${dir}/charts`);
  const vendoredFiles = await view.list(`${dir}/charts`);
  for (let i = 0; i < deps.length; i++) {
    const d = deps[i];
    if (d === null || typeof d !== 'object' || Array.isArray(d)) continue;
    const { name, repository } = d as Record<string, unknown>;
    if (typeof name !== 'string' || !name) continue;
    const repo = typeof repository === 'string' ? repository.trim() : '';
    if (repo && !repo.startsWith('file://')) continue;
    // Helm matches an archive by the chart name inside it, which is not read here: any
    // .tgz in charts/ may be this dependency (`helm dependency update` names it <name>-<version>.tgz).
    const vendored = (vendoredDirs.includes(name) && (await view.hasFile(`${dir}/charts/${name}/Chart.yaml`))) || vendoredFiles.some((f) => f.endsWith('.tgz'));
    if (vendored) continue;
    if (!repo) {
      sink.add('chart.dependency-missing', chartFile, at(i), `dependency '${name}' has no repository and is not vendored in ${dir}/charts/ (a ${name}/ chart or a ${name}-<version>.tgz): Helm fails with "found in Chart.yaml, but missing in charts/ directory".`);
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

/** Checks one chart: Chart.yaml, values.yaml, templates/. */
export async function checkChart(view: RepoView, sink: FindingSink, dir: string, chartsDir: string): Promise<ChartInfo> {
  const info: ChartInfo = { dir, ...chartLayout(dir, chartsDir) };
  const chartFile = `${dir}/Chart.yaml`;
  const chart = await parseFileReporting(view.root, chartFile, sink);
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
      if (typeof m.name !== 'string' || !m.name.trim()) {
        sink.add('chart.name', chartFile, at('name', true), m.name === undefined || m.name === null || m.name === '' ? 'Chart.yaml has no name.' : `name ${written('name')} is not a string.`);
      } else if (m.name === '.' || m.name === '..' || /[/\\]/.test(m.name)) {
        // Helm: the name must be its own base name (chart.metadata.name "a/b" is invalid).
        sink.add('chart.name', chartFile, at('name', true), `name ${JSON.stringify(m.name)} is not a valid chart name: Helm refuses \`/\`, \`\\\`, \`.\` and \`..\`.`);
      } else info.name = m.name;
      if (typeof m.version !== 'string' || !isHelmVersion(m.version)) {
        sink.add('chart.version', chartFile, at('version', true), m.version === undefined || m.version === null ? 'Chart.yaml has no version.' : typeof m.version !== 'string' ? `version ${written('version')} is a ${typeof m.version} to YAML, not a string: quote it ("${written('version')}") or write it as SemVer (1.0.0).` : `version ${JSON.stringify(m.version)} is not a version Helm takes (SemVer, e.g. 1.2.3).`);
      } else info.version = m.version;
      // Helm takes an empty type (and a null one, which reads as "") as application.
      if (m.type !== undefined && m.type !== null && m.type !== '' && m.type !== 'application' && m.type !== 'library') {
        sink.add('chart.type', chartFile, at('type', true), `type ${written('type')} is neither application nor library.`);
      }
      isLibrary = m.type === 'library';
      info.type = isLibrary ? 'library' : 'application';
      dependencies = Array.isArray(m.dependencies) && m.dependencies.length > 0;
      if (dependencies) await checkDependencies(view, sink, dir, m.dependencies as unknown[], (i, k) => chart.position(0, ['dependencies', i, ...(k ? [k] : [])], true));
    }
  }

  const names = await view.list(dir);
  if (names.includes('values.yaml')) {
    const valuesFile = `${dir}/values.yaml`;
    const values = await parseFileReporting(view.root, valuesFile, sink);
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
  if (!isLibrary && !dependencies && !(await rendersSomething(view, `${dir}/templates`))) {
    const others = (await holds(view, `${dir}/crds`, CRD_MANIFEST)) || names.includes('requirements.yaml') || (await holds(view, `${dir}/charts`, /\.tgz$/i, true));
    if (!others) sink.add('chart.templates', chartFile, { line: 1, column: 1 }, `${dir}/templates/ holds no manifest (nor does crds/, and the chart has no dependencies), so the chart renders nothing.`);
  }
  return info;
}

