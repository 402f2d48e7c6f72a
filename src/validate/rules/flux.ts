import { normalizeRepoUrl } from '../../repo/git-url.js';
import type { ChartInfo, Position } from '../../repo/types.js';
import type { PathSegment } from '../../repo/yaml.js';
import type { RepoView } from '../repo-view.js';
import type { FindingSink } from '../sink.js';

/**
 * Flux v2 (alpha): the resources of the apps directory that read paths of a Git source.
 * Only what decides whether those paths resolve is read here; the rest of a Flux object is
 * not validated (no Flux schema is bundled), which the skipped-kind notice says.
 *
 * - `kustomize.toolkit.fluxcd.io` Kustomization: `spec.path` (default: the source's root), a directory
 *   the kustomize-controller builds (with or without a kustomization file: it generates one).
 * - `helm.toolkit.fluxcd.io` HelmRelease: `spec.chart.spec.chart`, for a GitRepository
 *   source the path of a chart directory, and `spec.chart.spec.valuesFiles` (and v2beta1's
 *   `valuesFile`), files of the source. Both are relative to the source's root, not the chart.
 * - `source.toolkit.fluxcd.io` GitRepository: `spec.url`, to tell which sources are this repository.
 */

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

const GROUPS: Record<string, string> = {
  Kustomization: 'kustomize.toolkit.fluxcd.io',
  HelmRelease: 'helm.toolkit.fluxcd.io',
  GitRepository: 'source.toolkit.fluxcd.io',
};

/** Whether `apiVersion`/`kind` is a Flux resource read here. */
export function isFluxKind(apiVersion: unknown, kind: unknown): kind is keyof typeof GROUPS {
  return typeof kind === 'string' && typeof apiVersion === 'string' && Object.hasOwn(GROUPS, kind) && apiVersion.startsWith(`${GROUPS[kind]}/`);
}

interface SourceRef {
  kind?: string;
  name?: string;
  namespace?: string;
}

/** A path a Flux resource reads from its source, and what it must be. */
interface FluxPath {
  at: PathSegment[];
  path: string;
  want: 'dir' | 'chart' | 'file';
}

export interface FluxRecord {
  file: string;
  kind: string;
  name?: string;
  namespace?: string;
  /** GitRepository: its URL. */
  url?: string;
  sourceRef?: SourceRef;
  /** Where `sourceRef` is in the document (for the findings about it). */
  sourceRefAt?: PathSegment[];
  paths: FluxPath[];
  /** Missing-file findings for value files are waived (`ignoreMissingValuesFiles`). */
  ignoreMissingValues?: boolean;
  /** Fields missing or of the wrong type, found while reading: where (at the value when `atValue`), and what. */
  invalid: { at: PathSegment[]; message: string; atValue?: boolean }[];
  at(path: PathSegment[], atValue?: boolean): Position;
}

const strOf = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);

/** Reads what the checks need from a Flux resource (no I/O); `at` finds positions later. */
export function readFluxResource(file: string, v: Obj, at: FluxRecord['at']): FluxRecord {
  const kind = String(v.kind);
  const meta = isObj(v.metadata) ? v.metadata : {};
  const rec: FluxRecord = { file, kind, name: strOf(meta.name), namespace: strOf(meta.namespace), paths: [], invalid: [], at };
  const spec = isObj(v.spec) ? v.spec : undefined;
  if (!spec) {
    rec.invalid.push({ at: [], message: `${kind} has no \`spec\` mapping: Flux cannot reconcile it.` });
    return rec;
  }
  const ref = (o: Obj, at: PathSegment[]): void => {
    const r = o.sourceRef;
    if (!isObj(r)) {
      rec.invalid.push({ at: r === undefined ? at : [...at, 'sourceRef'], message: `\`${[...at, 'sourceRef'].join('.')}\` is missing or not a mapping: Flux requires it (kind and name of the source).` });
      return;
    }
    rec.sourceRef = { kind: strOf(r.kind), name: strOf(r.name), namespace: strOf(r.namespace) };
    rec.sourceRefAt = [...at, 'sourceRef'];
    if (!rec.sourceRef.kind || !rec.sourceRef.name) rec.invalid.push({ at: [...at, 'sourceRef'], message: `\`${[...at, 'sourceRef'].join('.')}\` needs a string \`kind\` and \`name\`.` });
  };
  if (kind === 'GitRepository') {
    rec.url = strOf(spec.url);
  } else if (kind === 'Kustomization') {
    ref(spec, ['spec']);
    if (spec.path === undefined || spec.path === null) rec.paths.push({ at: ['spec'], path: '', want: 'dir' });
    else if (typeof spec.path !== 'string') rec.invalid.push({ at: ['spec', 'path'], atValue: true, message: '`spec.path` must be a string (a directory of the source).' });
    else rec.paths.push({ at: ['spec', 'path'], path: spec.path, want: 'dir' });
  } else if (kind === 'HelmRelease') {
    // `chartRef` (an OCIRepository or HelmChart) reads no path of a Git source.
    const chart = isObj(spec.chart) && isObj(spec.chart.spec) ? spec.chart.spec : undefined;
    if (!chart) {
      if (spec.chartRef === undefined) rec.invalid.push({ at: ['spec'], message: 'A HelmRelease needs `spec.chart.spec` (chart and sourceRef) or `spec.chartRef`.' });
      return rec;
    }
    const at: PathSegment[] = ['spec', 'chart', 'spec'];
    ref(chart, at);
    // From a HelmRepository `chart` is a chart's name, not a path (and a Bucket is not this repository).
    const pathSource = rec.sourceRef?.kind === 'GitRepository';
    if (typeof chart.chart !== 'string' || !chart.chart.trim()) rec.invalid.push({ at: [...at, 'chart'], atValue: chart.chart !== undefined, message: '`spec.chart.spec.chart` must be a non-empty string (a chart path of a Git source, or a chart name).' });
    else if (pathSource) rec.paths.push({ at: [...at, 'chart'], path: chart.chart, want: 'chart' });
    rec.ignoreMissingValues = chart.ignoreMissingValuesFiles === true;
    if (pathSource) {
      if (Array.isArray(chart.valuesFiles))
        chart.valuesFiles.forEach((f, i) => {
          if (typeof f === 'string') rec.paths.push({ at: [...at, 'valuesFiles', i], path: f, want: 'file' });
          else rec.invalid.push({ at: [...at, 'valuesFiles', i], atValue: true, message: '`valuesFiles` entries must be strings (paths in the source).' });
        });
      else if (chart.valuesFiles !== undefined && chart.valuesFiles !== null) rec.invalid.push({ at: [...at, 'valuesFiles'], atValue: true, message: '`valuesFiles` must be a list of paths.' });
      if (typeof chart.valuesFile === 'string') rec.paths.push({ at: [...at, 'valuesFile'], path: chart.valuesFile, want: 'file' });
    }
  }
  return rec;
}

/**
 * A path as Flux joins it to the source's root (securejoin): `..` never climbs above the
 * root, a leading `/` is the root. `climbed`: the path tried to leave it.
 */
export function fluxPath(p: string): { path: string; climbed: boolean } {
  const out: string[] = [];
  let climbed = false;
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length) out.pop();
      else climbed = true;
    } else out.push(seg);
  }
  return { path: out.join('/'), climbed };
}

/**
 * Checks the paths of the Flux resources read from the apps dir whose source is this
 * repository, and returns them (the charts and directories they use are no orphans).
 * Which GitRepository is this repository: one whose URL is the platform repo's (given or
 * inferred from the Applications; with none, the URL most GitRepositories here use), and
 * `flux-system`, which `flux bootstrap` makes for the repository it commits to, when no
 * GitRepository of that name is in the apps dir.
 */
export async function checkFlux(records: FluxRecord[], view: RepoView, sink: FindingSink, platform: string | undefined, checkChart: (dir: string) => Promise<ChartInfo>): Promise<string[]> {
  const repos = records.filter((r) => r.kind === 'GitRepository');
  if (!platform) {
    const counts = new Map<string, number>();
    for (const r of repos) {
      const n = r.url && normalizeRepoUrl(r.url);
      if (n) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    platform = [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]?.[0];
  }
  const isThisRepo = (r: FluxRecord): boolean => {
    const ref = r.sourceRef;
    if (!ref?.name || ref.kind !== 'GitRepository') return false;
    const ns = ref.namespace ?? r.namespace;
    const found = repos.filter((g) => g.name === ref.name && (!ns || !g.namespace || g.namespace === ns));
    if (!found.length) return ref.name === 'flux-system';
    return found.some((g) => !!g.url && !!platform && normalizeRepoUrl(g.url) === platform);
  };
  const used: string[] = [];
  for (const r of records) {
    for (const i of r.invalid) sink.add('flux.invalid', r.file, r.at(i.at, i.atValue), i.message);
    if (r.kind === 'GitRepository' || !isThisRepo(r)) continue;
    const what = `${r.kind}${r.name ? ` '${r.name}'` : ''}`;
    for (const p of r.paths) {
      // A template's placeholder (a HelmRelease rendered by a Helm root App-of-Apps) is no path.
      if (p.path.includes('{{')) continue;
      const { path, climbed } = fluxPath(p.path.replace(/\\/g, '/'));
      const shown = path || 'the repository root';
      const note = climbed ? ` ('${p.path}' climbs above the source's root, which Flux does not allow: it reads ${shown})` : '';
      const kind = await view.kind(path);
      if (p.want === 'file') {
        if (kind === 'file') used.push(path);
        else if (!r.ignoreMissingValues) sink.add('flux.values-file-missing', r.file, r.at(p.at, true), `${what}: value file '${p.path}' ${kind === 'dir' ? 'is a directory' : 'does not exist in the repository'}${note}; the source-controller fails to build the chart ("no values file found").`);
        continue;
      }
      if (kind !== 'dir') {
        sink.add('flux.path-missing', r.file, r.at(p.at, p.at.length > 1), `${what}: ${p.at.length > 1 ? `path '${p.path}'` : 'the default path (the repository root)'} ${kind === 'file' ? 'is a file, not a directory' : 'does not exist in the repository'}${note}; Flux reports the path as not found and applies nothing.`);
        continue;
      }
      if (p.want === 'chart') {
        if (!(await view.hasFile(path ? `${path}/Chart.yaml` : 'Chart.yaml'))) {
          sink.add('flux.path-missing', r.file, r.at(p.at, true), `${what}: '${p.path}' holds no Chart.yaml, so it is not a Helm chart${note}; the source-controller fails to package it.`);
          continue;
        }
        // Its own rules, as for the chart of an Application (once per chart; discovery's charts are known).
        await checkChart(path);
      } else if (climbed) {
        sink.add('flux.path-missing', r.file, r.at(p.at, true), `${what}: path '${p.path}' climbs above the source's root, which Flux does not allow: it builds ${shown} instead.`);
      }
      used.push(path);
    }
  }
  return used;
}
