import { normalizeRepoUrl } from '../../repo/git-url.js';
import type { ChartInfo, Position } from '../../repo/types.js';
import type { PathSegment } from '../../repo/yaml.js';
import type { RepoView } from '../repo-view.js';
import type { FindingSink } from '../sink.js';
import { nearName } from './near.js';

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

/**
 * The source kinds each resource's `sourceRef` may name: the enum of the Flux CRD, which the API
 * server enforces (kinds are case-sensitive). Kustomization: kustomize-controller's
 * CrossNamespaceSourceReference (`ExternalArtifact` since Flux 2.7; older API versions name fewer,
 * and none is refused here that some version serves). HelmRelease `chart.spec.sourceRef`:
 * helm-controller's CrossNamespaceObjectReference (an OCIRepository is read through `chartRef`).
 */
const SOURCE_KINDS: Record<string, readonly string[]> = {
  Kustomization: ['GitRepository', 'OCIRepository', 'Bucket', 'ExternalArtifact'],
  HelmRelease: ['HelmRepository', 'GitRepository', 'Bucket'],
};

/** What to write instead of a source kind the resource cannot name: the valid kind it is a slip of, or the field such a source belongs in. */
function sourceKindAdvice(kind: string, sourceKind: string, valid: readonly string[]): string {
  const lower = sourceKind.toLowerCase();
  // `GitRepo`, `Helm`: a short form of one kind (too far in edits for nearName).
  const prefixed = lower.length >= 3 ? valid.filter((k) => k.toLowerCase().startsWith(lower)) : [];
  const near = nearName(sourceKind, valid) ?? (prefixed.length === 1 ? prefixed[0] : undefined);
  if (near) return ` Did you mean \`${near}\`?`;
  if (kind === 'HelmRelease' && (sourceKind === 'OCIRepository' || sourceKind === 'HelmChart')) return ` A chart from an ${sourceKind} is named by \`spec.chartRef\` (kind and name), not \`spec.chart.spec.sourceRef\`.`;
  return '';
}

/** The kinds each Flux API group serves (for the source group, the sources a repo commits), to name a kind spelled wrong. */
const GROUP_KINDS: Record<string, readonly string[]> = {
  'kustomize.toolkit.fluxcd.io': ['Kustomization'],
  'helm.toolkit.fluxcd.io': ['HelmRelease'],
  'source.toolkit.fluxcd.io': ['GitRepository', 'HelmRepository', 'HelmChart', 'OCIRepository', 'Bucket', 'ExternalArtifact'],
};

/** Why a `kind` spelled wrong in a Flux group (`kustomization`, `Helmrelease`) is refused; undefined for any other kind. */
export function fluxKindProblem(apiVersion: unknown, kind: unknown): string | undefined {
  if (typeof apiVersion !== 'string' || typeof kind !== 'string') return undefined;
  const group = apiVersion.slice(0, Math.max(0, apiVersion.indexOf('/')));
  const known = GROUP_KINDS[group];
  const near = known && !known.includes(kind) ? nearName(kind, known) : undefined;
  return near && `\`kind: ${kind}\` is not a kind ${group} serves (kinds are case-sensitive): did you mean \`${near}\`? The API server refuses it ("no matches for kind"), and Flux never reads it.`;
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
  /** What of it the skipped-kind notice must name as not checked, beyond "the rest": a HelmRelease's `chartRef`. */
  unchecked?: string;
  /** Missing-file findings for value files are waived (`ignoreMissingValuesFiles`). */
  ignoreMissingValues?: boolean;
  /** Fields missing or of the wrong type, found while reading: where (at the value when `atValue`), and what. */
  invalid: { at: PathSegment[]; message: string; atValue?: boolean }[];
  at(path: PathSegment[], atValue?: boolean): Position;
}

/** A packaged chart, as `helm package` names it. */
const PACKAGED_CHART = /\.(?:tgz|tar\.gz)$/;
const BACKSLASH = " (it holds a backslash, which Flux (on Linux) reads as part of a file name, not a separator: use `/`)";

/** The URLs a GitRepository's `spec.url` may hold (the CRD's pattern, case-sensitive); and the scp-like form `user@host:path`. */
const GIT_URL = /^(?:http|https|ssh):\/\//;
const SCP_URL = /^([^/:@\s]+@[^/:\s]+):(?!\/\/)(.+)$/;

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
    const valid = SOURCE_KINDS[kind];
    const sk = rec.sourceRef.kind;
    if (sk && valid && !valid.includes(sk))
      rec.invalid.push({
        at: [...at, 'sourceRef', 'kind'],
        atValue: true,
        message: `\`${[...at, 'sourceRef', 'kind'].join('.')}: ${sk}\` is not a source kind a ${kind} reads: the Flux API server refuses it (kinds are case-sensitive; one of ${valid.map((k) => `\`${k}\``).join(', ')}).${sourceKindAdvice(kind, sk, valid)}`,
      });
  };
  if (kind === 'GitRepository') {
    rec.url = strOf(spec.url);
    // The CRD's pattern for `spec.url` (required): `^(http|https|ssh)://`. An scp-like
    // `git@host:org/repo` (as `git clone` takes it) is refused by the API server.
    if (spec.url === undefined || spec.url === null) rec.invalid.push({ at: ['spec'], message: 'A GitRepository needs `spec.url` (an http://, https:// or ssh:// URL): the Flux API server refuses it without one.' });
    // A `${var}` (postBuild) or `{{ }}` (a Helm template; unquoted, it parses as a mapping) is
    // filled in before the API server sees it.
    else if (typeof spec.url === 'string' ? !(GIT_URL.test(spec.url) || spec.url.includes('${') || spec.url.includes('{{')) : !isObj(spec.url)) {
      const scp = typeof spec.url === 'string' ? SCP_URL.exec(spec.url) : null;
      rec.invalid.push({ at: ['spec', 'url'], atValue: true, message: `\`spec.url\` must be an http://, https:// or ssh:// URL: the Flux API server refuses ${typeof spec.url === 'string' ? `'${spec.url}'` : 'it'}${scp ? ` (the scp-like form is not accepted: write \`ssh://${scp[1]}/${scp[2]}\`)` : ''}.` });
    }
  } else if (kind === 'Kustomization') {
    ref(spec, ['spec']);
    if (spec.path === undefined || spec.path === null) rec.paths.push({ at: ['spec'], path: '', want: 'dir' });
    else if (typeof spec.path !== 'string') rec.invalid.push({ at: ['spec', 'path'], atValue: true, message: '`spec.path` must be a string (a directory of the source).' });
    else rec.paths.push({ at: ['spec', 'path'], path: spec.path, want: 'dir' });
  } else if (kind === 'HelmRelease') {
    // `chartRef` (an OCIRepository or HelmChart) reads no path of a Git source.
    const chart = isObj(spec.chart) && isObj(spec.chart.spec) ? spec.chart.spec : undefined;
    // The HelmRelease CRD's rule: "either chart or chartRef must be set", never both.
    if (spec.chart !== undefined && spec.chart !== null && spec.chartRef !== undefined && spec.chartRef !== null) rec.invalid.push({ at: ['spec', 'chartRef'], message: 'A HelmRelease sets either `spec.chart` or `spec.chartRef`, not both: the Flux API server refuses it ("either chart or chartRef must be set").' });
    // Its source (an OCIRepository or HelmChart, with its own URL or chart) is not resolved here.
    if (isObj(spec.chartRef)) rec.unchecked = 'nor is the chart its `spec.chartRef` names (an OCIRepository or HelmChart: not a path of this repository)';
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

/** Whether Go's filepath.Clean makes `p` the bare `values.yaml` (a leading `/` or `..` stays). */
function isValuesYaml(p: string): boolean {
  const { path, climbed } = fluxPath(p);
  return path === 'values.yaml' && !climbed && !p.startsWith('/');
}

/**
 * Checks the paths of the Flux resources read from the apps dir whose source is this
 * repository, and returns them (the charts and directories they use are no orphans).
 * Which GitRepository is this repository: one whose URL is the platform repo's (given or
 * inferred from the Applications; with none, the URL of a `flux-system` GitRepository here), and
 * `flux-system`, which `flux bootstrap` makes for the repository it commits to, when no
 * GitRepository of that name is in the apps dir.
 */
export async function checkFlux(records: FluxRecord[], view: RepoView, sink: FindingSink, platform: string | undefined, checkChart: (dir: string) => Promise<ChartInfo>): Promise<string[]> {
  const repos = records.filter((r) => r.kind === 'GitRepository');
  // Without the platform repo's URL, which GitRepository is this repository is not guessed from
  // how many name a URL: the sources a Flux repo defines are mostly other repositories' (an app's
  // chart repo), and its own is `flux-system`, written by `flux bootstrap` into the repo it bootstraps.
  if (!platform) {
    const own = repos.find((g) => g.name === 'flux-system' && g.url);
    platform = own?.url && normalizeRepoUrl(own.url);
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
    // The source-controller takes a lone `values.yaml` for the chart's own values and merges
    // nothing (BuildOptions.GetValuesFiles): no file of that name is read from the root then.
    const files = r.paths.filter((p) => p.want === 'file');
    const onlyDefaultValues = files.length === 1 && isValuesYaml(files[0].path);
    for (const p of r.paths) {
      // A template's placeholder (a HelmRelease rendered by a Helm root App-of-Apps) is no path,
      // nor is a `${var}` a parent Kustomization's postBuild substitutes before this one is applied.
      if (p.path.includes('{{') || p.path.includes('${')) continue;
      if (p.want === 'file' && onlyDefaultValues) continue;
      // Flux runs on Linux, where `\` is part of a file name: the path is looked up as written.
      const { path, climbed } = fluxPath(p.path);
      const shown = path || 'the repository root';
      const note = (climbed ? ` ('${p.path}' climbs above the source's root, which Flux does not allow: it reads ${shown})` : '') + (p.path.includes('\\') ? BACKSLASH : '');
      // The source-controller joins value files and a Kustomization's path to the root whatever
      // they start with, but refuses an absolute chart path (LocalReference.Validate).
      if (p.want === 'chart' && p.path.startsWith('/')) {
        sink.add('flux.path-missing', r.file, r.at(p.at, true), `${what}: chart path '${p.path}' is absolute; the source-controller refuses it ("local chart reference path is expected to be relative") and builds no chart. Write it from the repository root without the leading \`/\` (\`./${path}\`).`);
        continue;
      }
      const kind = await view.kind(path);
      if (p.want === 'file') {
        if (kind === 'file') used.push(path);
        else if (!r.ignoreMissingValues) sink.add('flux.values-file-missing', r.file, r.at(p.at, true), `${what}: value file '${p.path}' ${kind === 'dir' ? 'is a directory' : 'does not exist in the repository'}${note}; the source-controller fails to build the chart ("no values file found").`);
        continue;
      }
      // A chart path may name a packaged chart: the source-controller loads a file as a chart archive.
      if (p.want === 'chart' && kind === 'file' && PACKAGED_CHART.test(path)) {
        used.push(path);
        continue;
      }
      if (kind !== 'dir') {
        const isFile = kind === 'file' ? (p.want === 'chart' ? 'is a file, neither a chart directory nor a packaged chart (`.tgz`): the source-controller fails to load it as a chart' : 'is a file, not a directory: the kustomize-controller fails to build it') : '';
        sink.add('flux.path-missing', r.file, r.at(p.at, p.at.length > 1), `${what}: ${p.at.length > 1 ? `path '${p.path}'` : 'the default path (the repository root)'} ${isFile || 'does not exist in the repository'}${note}; ${isFile ? 'it applies nothing' : 'Flux reports the path as not found and applies nothing'}.`);
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
