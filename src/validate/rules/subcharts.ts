import { Parser } from 'tar';
import { MAX_CHART_FILE_BYTES, readBytesSync, readTextFileSync } from '../../repo/files.js';
import type { Position } from '../../repo/types.js';
import { loadYaml, type YamlFile } from '../../repo/yaml.js';
import type { RepoView } from '../repo-view.js';
import type { FindingSink } from '../sink.js';
import { isHelmVersion } from './helm-version.js';
import { helmSanitize } from './kube-version.js';
import type { ChartIgnore } from './helmignore.js';

/**
 * A chart's `charts/` as Helm's loader reads it (helm.sh/helm/v3 pkg/chart/loader): every
 * entry except names starting with `_` or `.` and `*.prov` files is a subchart, a `.tgz`
 * archive or else a directory with a Chart.yaml, and one Helm cannot load fails the whole
 * chart ("error unpacking subchart X in Y: ..."), listed as a dependency or not. Checked
 * with the pinned helm: a README.md in charts/, a directory without Chart.yaml, a Git LFS
 * pointer committed as the .tgz, a `.tar.gz`, a subchart version `nope` all fail; a
 * directory `lib-common/` holding the chart `common` is the dependency `common`.
 */

/** What charts/ vendors, by chart name (Helm matches dependencies by name, not by file name). */
export interface Subcharts {
  names: Set<string>;
  /** An archive too large to look into: any dependency may be in it. */
  unread: boolean;
}

export const NO_SUBCHARTS: Subcharts = { names: new Set(), unread: false };

/** The first bytes of a Git LFS pointer file (https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md). */
const LFS_POINTER = 'version https://git-lfs.github.com/spec/';

/** Reads the subcharts of chart `dir`, reporting those Helm cannot load (chart.subchart). */
export async function loadSubcharts(view: RepoView, sink: FindingSink, dir: string, ignore: ChartIgnore): Promise<Subcharts> {
  const at = `${dir}/charts`;
  const files = (await view.list(at)).filter((n) => !skipped(n) && !ignore.dropped(`charts/${n}`));
  const dirs = (await view.listDirs(at)).filter((n) => !skipped(n) && !ignore.dropped(`charts/${n}/Chart.yaml`));
  if (!files.length && !dirs.length) return NO_SUBCHARTS;
  const out: Subcharts = { names: new Set(), unread: false };
  const report = (file: string, pos: Position | undefined, what: string) =>
    sink.add('chart.subchart', file, pos, `${what}: Helm loads every entry of ${at}/ as a subchart and fails to render ${dir} ("error unpacking subchart").`);

  for (const n of dirs.sort()) {
    const file = `${at}/${n}/Chart.yaml`;
    if (!(await view.hasFile(file))) {
      report(`${at}/${n}`, undefined, `${at}/${n}/ holds no Chart.yaml`);
      continue;
    }
    const read = readTextFileSync(view.root, file, MAX_CHART_FILE_BYTES);
    if ('issue' in read) {
      report(file, undefined, `${file} cannot be read (${read.issue.detail})`);
      continue;
    }
    const name = subchartName(loadYaml(read.text), (pos, what) => report(file, pos, `${file}: ${what}`));
    if (name) out.names.add(name);
  }

  for (const n of files.sort()) {
    const file = `${at}/${n}`;
    // Helm takes only `.tgz` (case and all) as an archive; any other file is read as a chart directory of that name, which has no Chart.yaml.
    if (!n.endsWith('.tgz')) {
      report(file, undefined, `${file} is neither a chart archive (.tgz) nor a chart directory`);
      continue;
    }
    const read = readBytesSync(view.root, file, MAX_CHART_FILE_BYTES);
    if ('issue' in read) {
      // Too large to look into here: taken for the archive it is named as.
      if (read.issue.kind === 'too-large') out.unread = true;
      else report(file, undefined, `${file} cannot be read (${read.issue.detail})`);
      continue;
    }
    const archive = readArchiveChart(read.data);
    if ('problem' in archive) {
      report(file, undefined, `${file} ${archive.problem}`);
      continue;
    }
    const name = subchartName(loadYaml(archive.text), (_pos, what) => report(file, undefined, `${archive.path} in ${file}: ${what}`));
    if (name) out.names.add(name);
  }
  return out;
}

const skipped = (n: string) => n.startsWith('_') || n.startsWith('.') || n.endsWith('.prov');

/** The subchart's name when Helm would load its Chart.yaml (the checks of Helm's chart validation that fail a load). */
function subchartName(chart: YamlFile, problem: (pos: Position | undefined, what: string) => void): string | undefined {
  if (chart.errors.length) {
    problem(chart.errors[0], `Chart.yaml does not parse (${chart.errors[0].message})`);
    return undefined;
  }
  const m = chart.docs[0]?.value;
  if (m === null || typeof m !== 'object' || Array.isArray(m)) {
    problem(chart.docs[0] ? chart.position(0, []) : undefined, 'Chart.yaml does not hold a mapping of chart metadata');
    return undefined;
  }
  const { apiVersion, name, version } = m as Record<string, unknown>;
  if (apiVersion === undefined || apiVersion === null || apiVersion === '') problem(chart.position(0, []), 'Chart.yaml has no apiVersion');
  else if (typeof name !== 'string' || !helmSanitize(name).trim()) problem(chart.position(0, ['name'], true), 'Chart.yaml has no name');
  // An unquoted number (`version: 1.5`) loads: Helm reads a subchart's version as the text written (helm template renders redis-1.5).
  else if (!isHelmVersion(typeof version === 'number' ? (chart.source(0, ['version']) ?? String(version)) : typeof version === 'string' ? version : '')) problem(chart.position(0, ['version'], true), `version ${JSON.stringify(chart.source(0, ['version']) ?? version ?? null)} is not a version Helm takes (SemVer, e.g. 1.2.3)`);
  else return name;
  return undefined;
}

/**
 * The Chart.yaml of a chart archive (`<chart>/Chart.yaml`, the first directory of the
 * archive), or what keeps Helm from reading it. The archive is in memory (at most
 * MAX_CHART_FILE_BYTES) and `tar`'s parser runs synchronously on it.
 */
export function readArchiveChart(data: Uint8Array): { path: string; text: string } | { problem: string } {
  const head = Buffer.from(data.subarray(0, LFS_POINTER.length)).toString('latin1');
  if (head === LFS_POINTER) return { problem: 'is a Git LFS pointer, not the archive: the repository tracks charts/*.tgz with Git LFS, and the checkout Argo CD renders from has the pointer (fetch LFS objects there, or commit the archive itself)' };
  if (data[0] !== 0x1f || data[1] !== 0x8b) return { problem: 'is not a gzip archive (Helm: "gzip: invalid header")' };
  let found: { path: string; text: string } | undefined;
  let top: string | undefined;
  let error: string | undefined;
  const parser = new Parser({ strict: true });
  parser.on('entry', (entry) => {
    const path = entry.path.replace(/^\.\//, '');
    top ??= path.split('/')[0];
    if (!found && path === `${top}/Chart.yaml`) {
      const chunks: Buffer[] = [];
      entry.on('data', (c: Buffer) => chunks.push(c));
      entry.on('end', () => (found = { path, text: Buffer.concat(chunks).toString('utf8') }));
    } else entry.resume();
  });
  parser.on('error', (err: Error) => (error ??= err.message));
  parser.end(Buffer.from(data));
  if (error) return { problem: `is not a readable chart archive (${error})` };
  return found ?? { problem: 'holds no Chart.yaml in its chart directory (Helm: "Chart.yaml file is missing")' };
}
