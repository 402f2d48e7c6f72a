import { fromChart, normalizeRepoPath, staysInside } from '../repo/paths.js';
import type { PathSegment } from '../repo/yaml.js';
import { buildEnvironment, envsubst } from '../repo/argo-env.js';

export { envsubst, instanceName, UNKNOWN_REVISION } from '../repo/argo-env.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** A `helm template` run as Argo CD's repo server would make it for one source. */
export interface HelmTemplatePlan {
  /** Repo-relative chart directory (the run's working directory; the chart is `.`). */
  chartDir: string;
  /** The arguments after `helm`. Value files are repo-relative until `toArgs` makes them absolute. */
  args: string[];
  /** `helm.values` / `helm.valuesObject`, as the values file Argo CD writes for them (passed last). */
  extraValues?: string;
  /** Value files given (repo-relative), in order, to make absolute. */
  valueFiles: string[];
  /** `--set-file` targets (repo-relative). */
  setFiles: { name: string; file: string }[];
  /**
   * Value files skipped by `ignoreMissingValueFiles` because they are not there (repo-relative):
   * not passed to Helm, yet a change that adds or deletes one changes the render.
   */
  absentValueFiles: string[];
}

/** Why a source is not rendered (a notice), with where in the Application to say so. */
export interface PlanSkip {
  skip: string;
  at: PathSegment[];
  /** Argo CD refuses the source for this reason (an error, not a notice). */
  refused?: boolean;
}

export interface PlanInput {
  /** The Application's name and where it lives (the `ARGOCD_APP_*` variables). */
  appName: string;
  appNamespace: string;
  /** `spec.project` (`$ARGOCD_APP_PROJECT_NAME`). */
  project?: string;
  destinationNamespace?: string;
  /** The source (spec.source, or one of spec.sources) and its path in the document. */
  source: Obj;
  sourceAt: PathSegment[];
  chartDir: string;
  /** Every source of the Application, for `$ref/...` value files. */
  sources: Obj[];
  /** Whether a ref source's repo is this platform repo (its files are then in the checkout). */
  isPlatformRepo: (repoURL: string) => boolean;
  /** What a repo-relative path is, by its real path: `outside` when a link takes it out of the repository. */
  fileKind: (path: string) => 'file' | 'dir' | 'missing' | 'outside';
}

/**
 * The Kubernetes version a render assumes when the Application pins none (`helm.kubeVersion`).
 * Argo CD always passes the destination cluster's; a Helm built without release flags (as
 * `go install` builds it) would otherwise assume v1.20, and a chart's `.Capabilities` gates
 * would take branches no current cluster takes. A supported minor of late 2026.
 */
export const DEFAULT_KUBE_VERSION = '1.33.0';


/**
 * `--set name=value`: Argo CD escapes every comma not already escaped, unless the value is
 * a `{...}` list (util/helm/cmd.go cleanSetParameters), so a value keeps its commas.
 */
export function cleanSetParameter(value: string): string {
  if (value.startsWith('{') && value.endsWith('}')) return value;
  let out = '';
  let prev = '';
  for (const c of value) {
    out += c === ',' && prev !== '\\' ? '\\,' : c;
    prev = c;
  }
  return out;
}

/**
 * Argo CD's source overrides: `.argocd-source.yaml` and `.argocd-source-<app>.yaml` in the
 * chart directory (what Argo CD Image Updater writes back) are JSON merge patches (RFC 7386)
 * over the source; only the tool settings are taken from them.
 */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObj(patch)) return patch;
  const out: Obj = isObj(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}

/**
 * The `helm template` Argo CD runs for a Helm source of this repo (reposerver helmTemplate
 * and util/helm/cmd.go): `helm template . --name-template <release> --namespace <ns>`,
 * the value files, then the Application's own values as one more file, the parameters,
 * `--include-crds` unless skipCrds. Only what a checkout holds: a value file of another
 * repository or a URL is a reason to skip (Argo CD would fetch it).
 */
export function planHelmTemplate(input: PlanInput): HelmTemplatePlan | PlanSkip {
  const { source, sourceAt } = input;
  const helm = isObj(source.helm) ? source.helm : {};
  const helmAt = [...sourceAt, 'helm'];
  const version = str(helm.version);
  if (version && version !== 'v3') return { skip: `\`helm.version: ${version}\`: Argo CD renders with Helm 3 only and refuses the source ("helm chart version '${version}' is not supported")`, at: [...helmAt, 'version'], refused: true };

  const env = buildEnvironment(input);

  const release = str(helm.releaseName) || input.appName;
  const args = ['template', '.', '--name-template', release];
  const namespace = str(helm.namespace) || input.destinationNamespace || '';
  if (namespace) args.push('--namespace', namespace);
  args.push('--kube-version', str(helm.kubeVersion) || DEFAULT_KUBE_VERSION);

  // Parameters: a map in Argo CD, so a name given twice keeps its last value.
  const set = new Map<string, string>();
  const setString = new Map<string, string>();
  if (Array.isArray(helm.parameters)) for (const p of helm.parameters) {
    if (!isObj(p) || !str(p.name)) continue;
    (p.forceString === true ? setString : set).set(str(p.name), envsubst(str(p.value), env));
  }
  for (const [k, v] of set) args.push('--set', `${k}=${cleanSetParameter(v)}`);
  for (const [k, v] of setString) args.push('--set-string', `${k}=${cleanSetParameter(v)}`);

  /**
   * A value file or file parameter as Argo CD resolves it: `$<ref>/...` into a source declaring
   * that ref (getReferencedSource; only this repo's are here), a URL (http/https only, which
   * Argo CD fetches), else a path from the chart (absolute: from the repository root). The
   * file must be a regular file whose real path stays in the repository, and not under .git/.
   */
  const resolveFile = (raw: string, what: string, at: PathSegment[]): { file: string } | { missing: 'dir' | 'missing'; file: string } | PlanSkip => {
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(raw)?.[1]?.toLowerCase();
    if (scheme === 'http' || scheme === 'https') return { skip: `${what} '${raw}' is a URL, which Argo CD fetches and this run does not`, at };
    if (scheme) return { skip: `${what} '${raw}': Argo CD refuses the URL scheme '${scheme}' (only http and https are allowed by default)`, at, refused: true };
    let file: string | undefined;
    const slash = raw.indexOf('/');
    const refSource = raw.startsWith('$') ? input.sources.find((s) => str(s.ref) === raw.slice(1, slash < 0 ? undefined : slash)) : undefined;
    if (refSource) {
      if (!input.isPlatformRepo(str(refSource.repoURL))) return { skip: `${what} '${raw}' is in another repository (${str(refSource.repoURL)})`, at };
      file = repoFile('', envsubst(slash < 0 ? '' : raw.slice(slash + 1), env));
    } else file = repoFile(input.chartDir, envsubst(raw, env)); // not a ref: a path (it may start with `$VAR`)
    if (file !== undefined && /^\.git(\/|$)/.test(file)) return { skip: `${what} '${raw}' is under .git/, which on a CI runner holds the checkout's credentials: not read`, at };
    const kind = file === undefined ? 'outside' : input.fileKind(file);
    if (kind === 'outside') return { skip: `${what} '${raw}' resolves outside the repository${file === undefined ? '' : ' (through a symbolic link)'}: Argo CD refuses it ("resolved to outside repository root")`, at, refused: true };
    if (kind !== 'file') return { missing: kind, file: file! };
    return { file: file! };
  };

  const setFiles: HelmTemplatePlan['setFiles'] = [];
  if (Array.isArray(helm.fileParameters)) for (let i = 0; i < helm.fileParameters.length; i++) {
    const p = helm.fileParameters[i];
    if (!isObj(p) || !str(p.name)) continue;
    const at = [...helmAt, 'fileParameters', i, 'path'];
    const r = resolveFile(str(p.path), 'file parameter', at);
    if ('skip' in r) return r;
    // Helm fails on a --set-file it cannot open.
    if ('missing' in r) return { skip: `file parameter '${str(p.path)}' is not a file of this repository: Helm cannot read it`, at, refused: true };
    setFiles.push({ name: str(p.name), file: r.file });
  }

  const valueFiles: string[] = [];
  const absentValueFiles: string[] = [];
  const ignoreMissing = helm.ignoreMissingValueFiles === true;
  if (Array.isArray(helm.valueFiles)) for (let i = 0; i < helm.valueFiles.length; i++) {
    const raw = helm.valueFiles[i];
    if (typeof raw !== 'string') continue;
    const at = [...helmAt, 'valueFiles', i];
    const r = resolveFile(raw, 'value file', at);
    if ('skip' in r) return r;
    if ('missing' in r) {
      // Argo CD skips only a file that does not exist (os.Stat): a directory goes to Helm, which fails reading it.
      if (r.missing === 'missing' && ignoreMissing) {
        absentValueFiles.push(r.file);
        continue;
      }
      // The file is named by the commit Argo CD resolves, not known before the merge.
      if (/\$\{?ARGOCD_APP_REVISION/.test(raw)) return { skip: `value file '${raw}' names the revision Argo CD will resolve, not known here`, at };
      const why = r.missing === 'dir' ? `is a directory (${r.file}), which Helm fails to read ("is a directory")${ignoreMissing ? '; ignoreMissingValueFiles skips only a file that does not exist' : ''}` : `(${r.file}) does not exist, so Helm fails to open it ("no such file or directory")`;
      return { skip: `value file '${raw}' ${why}`, at, refused: true };
    }
    // Helm reads `--values` as a CSV record: Argo CD's own path for the file is split at the comma (or refused at a quote).
    if (/[",]/.test(r.file)) return { skip: `value file '${raw}' has a ${r.file.includes(',') ? 'comma' : 'double quote'} in its path: Helm reads \`--values\` as a comma-separated list, so Argo CD's \`helm template\` fails on it`, at, refused: true };
    valueFiles.push(r.file);
  }

  // Argo CD takes valuesObject over values when both are set (ValuesYAML); JSON is YAML.
  let extraValues: string | undefined;
  if (isObj(helm.valuesObject)) extraValues = JSON.stringify(helm.valuesObject);
  else if (typeof helm.values === 'string' && helm.values.trim()) extraValues = helm.values;

  if (Array.isArray(helm.apiVersions)) for (const v of helm.apiVersions) if (typeof v === 'string' && v) args.push('--api-versions', v);
  if (helm.skipCrds !== true) args.push('--include-crds');
  if (helm.skipSchemaValidation === true) args.push('--skip-schema-validation');
  if (helm.skipTests === true) args.push('--skip-tests');
  return { chartDir: input.chartDir, args, extraValues, valueFiles, setFiles, absentValueFiles };
}

/**
 * A file path as Argo CD resolves it (util/io/path ResolveValueFilePathOrUrl): absolute
 * from the repository root, else from the chart; undefined when it leaves the repository.
 */
function repoFile(base: string, p: string): string | undefined {
  const rel = fromChart(base, p);
  if (!rel || !staysInside(rel)) return undefined;
  return normalizeRepoPath(rel);
}
