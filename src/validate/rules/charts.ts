import type { ChartInfo } from '../../repo/types.js';
import type { RepoView } from '../repo-view.js';
import type { FindingSink } from '../sink.js';
import { parseFileReporting } from './yaml-file.js';

// SemVer 2.0.0, the grammar from semver.org; Helm refuses anything else.
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

const TEMPLATE_MANIFEST = /\.(ya?ml|json|tpl)$/i;

/** Finds chart directories: every directory under the charts dir holding a Chart.yaml. */
export function discoverCharts(children: Map<string, string[]>, chartsDir: string): string[] {
  const prefix = chartsDir ? `${chartsDir}/` : '';
  const dirs: string[] = [];
  for (const [dir, names] of children) if (dir.startsWith(prefix) && names.includes('Chart.yaml')) dirs.push(dir);
  return dirs.sort();
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
async function rendersSomething(view: RepoView, dir: string): Promise<boolean> {
  if ((await view.list(dir)).some((n) => TEMPLATE_MANIFEST.test(n) && !n.startsWith('_'))) return true;
  for (const sub of await view.listDirs(dir)) if (await rendersSomething(view, `${dir}/${sub}`)) return true;
  return false;
}

/** Checks one chart: Chart.yaml, values.yaml, templates/. */
export async function checkChart(view: RepoView, sink: FindingSink, dir: string, chartsDir: string): Promise<ChartInfo> {
  const info: ChartInfo = { dir, ...chartLayout(dir, chartsDir) };
  const chartFile = `${dir}/Chart.yaml`;
  const chart = await parseFileReporting(view.root, chartFile, sink);
  let isLibrary = false;
  if (chart) {
    const first = chart.docs[0];
    const meta = first?.value;
    if (!first || meta === null || typeof meta !== 'object' || Array.isArray(meta)) {
      sink.add('chart.not-mapping', chartFile, first ? chart.position(0, []) : undefined, 'Chart.yaml does not hold a mapping of chart metadata.');
    } else {
      const m = meta as Record<string, unknown>;
      const at = (k: string, v = false) => chart.position(0, [k], v);
      if (m.apiVersion !== 'v2') {
        sink.add('chart.api-version', chartFile, at('apiVersion', true), m.apiVersion === undefined ? 'Chart.yaml has no apiVersion; Helm 3 charts declare `apiVersion: v2`.' : `apiVersion is ${JSON.stringify(m.apiVersion)}; Helm 3 charts declare \`apiVersion: v2\`.`);
      }
      if (typeof m.name !== 'string' || !m.name.trim()) {
        sink.add('chart.name', chartFile, at('name', true), 'Chart.yaml has no name.');
      } else info.name = m.name;
      if (typeof m.version !== 'string' || !SEMVER.test(m.version)) {
        sink.add('chart.version', chartFile, at('version', true), m.version === undefined ? 'Chart.yaml has no version.' : `version ${JSON.stringify(m.version)} is not a SemVer 2 version.`);
      } else info.version = m.version;
      if (m.type !== undefined && m.type !== 'application' && m.type !== 'library') {
        sink.add('chart.type', chartFile, at('type', true), `type ${JSON.stringify(m.type)} is neither application nor library.`);
      }
      isLibrary = m.type === 'library';
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

  if (!isLibrary) {
    if (!(await rendersSomething(view, `${dir}/templates`))) {
      sink.add('chart.templates', chartFile, { line: 1, column: 1 }, `${dir}/templates/ holds no manifest, so the chart renders nothing.`);
    }
  }
  return info;
}

