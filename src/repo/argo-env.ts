/**
 * Argo CD's build environment (`$ARGOCD_APP_NAME`, ...) and how it substitutes it: in helm
 * parameter values, value file paths and file parameters (reposerver helmTemplate). Used by
 * the value-file rule and by rendering.
 */

type Obj = Record<string, unknown>;
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

export interface EnvInput {
  appName: string;
  appNamespace?: string;
  project?: string;
  destinationNamespace?: string;
  source: Obj;
}

/** The placeholder for `$ARGOCD_APP_REVISION`: the commit Argo CD resolves is not known before the merge. */
export const UNKNOWN_REVISION = '0000000000000000000000000000000000000000';

/** Argo CD names an Application outside its own namespace `<namespace>_<name>` (InstanceName). */
export function instanceName(appName: string, appNamespace: string | undefined): string {
  return appNamespace && appNamespace !== 'argocd' ? `${appNamespace}_${appName}` : appName;
}

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

/** Argo CD's build environment for a source (reposerver newEnv), for `$VAR` substitution. */
export function buildEnvironment(input: EnvInput): Map<string, string> {
  const { source } = input;
  return new Map<string, string>([
    ['ARGOCD_APP_NAME', instanceName(input.appName, input.appNamespace)],
    ['ARGOCD_APP_NAMESPACE', input.destinationNamespace ?? ''],
    ['ARGOCD_APP_PROJECT_NAME', input.project ?? ''],
    ['ARGOCD_APP_REVISION', UNKNOWN_REVISION],
    ['ARGOCD_APP_REVISION_SHORT', UNKNOWN_REVISION.slice(0, 7)],
    ['ARGOCD_APP_REVISION_SHORT_8', UNKNOWN_REVISION.slice(0, 8)],
    ['ARGOCD_APP_SOURCE_REPO_URL', str(source.repoURL)],
    ['ARGOCD_APP_SOURCE_PATH', str(source.path)],
    ['ARGOCD_APP_SOURCE_TARGET_REVISION', str(source.targetRevision)],
  ]);
}

