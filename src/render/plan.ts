import { joinRepoPath, normalizeRepoPath, staysInside } from '../repo/paths.js';
import type { PathSegment } from '../repo/yaml.js';

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
  destinationNamespace?: string;
  /** The source (spec.source, or one of spec.sources) and its path in the document. */
  source: Obj;
  sourceAt: PathSegment[];
  chartDir: string;
  /** Every source of the Application, for `$ref/...` value files. */
  sources: Obj[];
  /** Whether a ref source's repo is this platform repo (its files are then in the checkout). */
  isPlatformRepo: (repoURL: string) => boolean;
  /** Whether a repo-relative path is a regular file of the checkout. */
  isFile: (path: string) => boolean;
}

/** The placeholder for `$ARGOCD_APP_REVISION`: the commit Argo CD resolves is not known before the merge. */
export const UNKNOWN_REVISION = '0000000000000000000000000000000000000000';

/**
 * Go's os.Expand with Argo CD's mapping (v1alpha1.Env.Envsubst): `$NAME` and `${NAME}` of
 * the build environment, an unknown name expands to "", `$$` is `$`, and a `$` followed by
 * no name stays. Argo CD substitutes helm parameter values and value file paths this way.
 */
export function envsubst(s: string, env: ReadonlyMap<string, string>): string {
  const special = (c: string) => '*#$@!?-0123456789'.includes(c);
  const nameChar = (c: string) => /[A-Za-z0-9_]/.test(c);
  let out = '';
  let i = 0;
  for (let j = 0; j < s.length; j++) {
    if (s[j] !== '$' || j + 1 >= s.length) continue;
    out += s.slice(i, j);
    const rest = s.slice(j + 1);
    let name = '';
    let w = 0;
    if (rest[0] === '{') {
      if (rest.length > 2 && special(rest[1]) && rest[2] === '}') [name, w] = [rest[1], 3];
      else {
        const close = rest.indexOf('}', 1);
        if (close === 1) w = 2; // `${}`: bad syntax, eaten
        else if (close > 1) [name, w] = [rest.slice(1, close), close + 1];
        else w = 1; // no `}`: the `{` is eaten, as Go does
      }
    } else if (special(rest[0])) [name, w] = [rest[0], 1];
    else {
      while (w < rest.length && nameChar(rest[w])) w++;
      name = rest.slice(0, w);
    }
    if (name === '' && w > 0) {
      // invalid syntax: the characters are eaten
    } else if (name === '') out += '$';
    else out += name === '$' ? '$' : env.get(name) ?? '';
    j += w;
    i = j + 1;
  }
  return i === 0 ? s : out + s.slice(i);
}

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

  const env = new Map<string, string>([
    // Argo CD names an Application outside its own namespace `<namespace>_<name>`.
    ['ARGOCD_APP_NAME', input.appNamespace && input.appNamespace !== 'argocd' ? `${input.appNamespace}_${input.appName}` : input.appName],
    ['ARGOCD_APP_NAMESPACE', input.destinationNamespace ?? ''],
    ['ARGOCD_APP_REVISION', UNKNOWN_REVISION],
    ['ARGOCD_APP_REVISION_SHORT', UNKNOWN_REVISION.slice(0, 7)],
    ['ARGOCD_APP_SOURCE_REPO_URL', str(source.repoURL)],
    ['ARGOCD_APP_SOURCE_PATH', str(source.path)],
    ['ARGOCD_APP_SOURCE_TARGET_REVISION', str(source.targetRevision)],
  ]);

  const release = str(helm.releaseName) || input.appName;
  const args = ['template', '.', '--name-template', release];
  const namespace = str(helm.namespace) || input.destinationNamespace || '';
  if (namespace) args.push('--namespace', namespace);
  const kubeVersion = str(helm.kubeVersion);
  if (kubeVersion) args.push('--kube-version', kubeVersion);

  // Parameters: a map in Argo CD, so a name given twice keeps its last value.
  const set = new Map<string, string>();
  const setString = new Map<string, string>();
  if (Array.isArray(helm.parameters)) for (const p of helm.parameters) {
    if (!isObj(p) || !str(p.name)) continue;
    (p.forceString === true ? setString : set).set(str(p.name), envsubst(str(p.value), env));
  }
  for (const [k, v] of set) args.push('--set', `${k}=${cleanSetParameter(v)}`);
  for (const [k, v] of setString) args.push('--set-string', `${k}=${cleanSetParameter(v)}`);

  const setFiles: HelmTemplatePlan['setFiles'] = [];
  if (Array.isArray(helm.fileParameters)) for (let i = 0; i < helm.fileParameters.length; i++) {
    const p = helm.fileParameters[i];
    if (!isObj(p) || !str(p.name)) continue;
    const file = repoFile(input.chartDir, envsubst(str(p.path), env));
    if (file === undefined) return { skip: `file parameter '${str(p.path)}' is not a file of this repository`, at: [...helmAt, 'fileParameters', i] };
    setFiles.push({ name: str(p.name), file });
  }

  const valueFiles: string[] = [];
  const ignoreMissing = helm.ignoreMissingValueFiles === true;
  if (Array.isArray(helm.valueFiles)) for (let i = 0; i < helm.valueFiles.length; i++) {
    const raw = helm.valueFiles[i];
    if (typeof raw !== 'string') continue;
    const at = [...helmAt, 'valueFiles', i];
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(raw)) return { skip: `value file '${raw}' is a URL, which Argo CD fetches and this run does not`, at };
    let file: string | undefined;
    if (raw.startsWith('$')) {
      const slash = raw.indexOf('/');
      const ref = raw.slice(1, slash < 0 ? undefined : slash);
      const refSource = input.sources.find((s) => str(s.ref) === ref);
      if (refSource) {
        if (!input.isPlatformRepo(str(refSource.repoURL))) return { skip: `value file '${raw}' is in another repository (${str(refSource.repoURL)})`, at };
        file = repoFile('', envsubst(slash < 0 ? '' : raw.slice(slash + 1), env));
      } else file = repoFile(input.chartDir, envsubst(raw, env)); // not a ref: a path that starts with `$`
    } else file = repoFile(input.chartDir, envsubst(raw, env));
    if (file === undefined || !input.isFile(file)) {
      if (ignoreMissing) continue;
      return { skip: `value file '${raw}' is not a file of this repository (reported above)`, at };
    }
    valueFiles.push(file);
  }

  // Argo CD takes valuesObject over values when both are set (ValuesYAML); JSON is YAML.
  let extraValues: string | undefined;
  if (isObj(helm.valuesObject)) extraValues = JSON.stringify(helm.valuesObject);
  else if (typeof helm.values === 'string' && helm.values.trim()) extraValues = helm.values;

  if (Array.isArray(helm.apiVersions)) for (const v of helm.apiVersions) if (typeof v === 'string' && v) args.push('--api-versions', v);
  if (helm.skipCrds !== true) args.push('--include-crds');
  if (helm.skipSchemaValidation === true) args.push('--skip-schema-validation');
  if (helm.skipTests === true) args.push('--skip-tests');
  return { chartDir: input.chartDir, args, extraValues, valueFiles, setFiles };
}

/**
 * A file path as Argo CD resolves it (util/io/path ResolveValueFilePathOrUrl): absolute
 * from the repository root, else from the chart; undefined when it leaves the repository.
 */
function repoFile(base: string, p: string): string | undefined {
  const rel = p.startsWith('/') ? p.replace(/^\/+/, '') : joinRepoPath(base, p);
  if (!rel || !staysInside(rel)) return undefined;
  return normalizeRepoPath(rel);
}
