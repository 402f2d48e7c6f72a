import { ARGOCD_NAMESPACE, RESOURCES_FINALIZER } from './application.js';
import { validateLabel, validateRepoDir, validateRepoUrl, validateRevision } from './inputs.js';
import { newDoc, render } from './yamldoc.js';

/**
 * The App-of-Apps root Application: one Application that syncs everything under `argo-apps`
 * (recursively). Printed for a person to apply once; never committed.
 */
export interface RootApplicationParams {
  repoUrl: string;
  revision?: string;
  /** The input or flag that gave the revision, for its error (default `revision`, the CLI's flag). */
  revisionInput?: string;
  /** Default `root`. */
  name?: string;
  /** Default `argo-apps`; `.` for Applications at the repo root (validate reads that layout too). */
  appsDir?: string;
  /** Default `gitops`: left out of what the root Application applies when appsDir is the root. */
  chartsDir?: string;
  /** The platform repo's folder in its repository (input `path`), when it is not the repository root. */
  folder?: string;
  /** Default `default`. */
  project?: string;
}

export const ROOT_APPLICATION_FILE = 'root-application.yaml';

export function applyCommand(file = ROOT_APPLICATION_FILE): string {
  return `kubectl apply -n ${ARGOCD_NAMESPACE} -f ${file}`;
}

/**
 * The root Application's `source.path`: Argo CD reads it from the repository's root, so a
 * platform repo in a folder of its repository (input `path`) has its apps dir under that folder.
 */
export function rootApplicationPath(appsDir: string, folder?: string): string {
  if (!folder) return appsDir;
  return appsDir === '.' ? folder : `${folder}/${appsDir}`;
}

/** Validates the parameters (InputError naming `repo-url`, `revision`, ...) and renders the root Application. */
export function renderRootApplication(params: RootApplicationParams): string {
  const repoUrl = validateRepoUrl('repo-url', params.repoUrl);
  const revision = validateRevision(params.revisionInput ?? 'revision', params.revision ?? 'main');
  const name = validateLabel('name', params.name ?? 'root', 63);
  // Applications at the root (`apps-dir: .`, which validate reads): the root Application watches
  // the repo's root, minus what validate does not read as Applications there either, the charts
  // dir and the root's dot-directories (.github's workflows are not manifests). Argo CD matches
  // `exclude` as gobwas globs without separators, so `*` crosses '/' (repo/gobwas-glob.ts).
  const atRoot = params.appsDir === '.' || params.appsDir === './';
  const appsDir = atRoot ? '.' : validateRepoDir('apps-dir', params.appsDir ?? 'argo-apps');
  const chartsDir = atRoot ? validateRepoDir('charts-dir', params.chartsDir ?? 'gitops') : undefined;
  const path = rootApplicationPath(appsDir, params.folder);
  const directory = chartsDir ? { recurse: true, exclude: `{${chartsDir}/*,.*}` } : { recurse: true };
  const project = validateLabel('project', params.project ?? 'default', 63);
  const app = {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Application',
    metadata: { name, namespace: ARGOCD_NAMESPACE, finalizers: [RESOURCES_FINALIZER] },
    spec: {
      project,
      source: { repoURL: repoUrl, targetRevision: revision, path, directory },
      destination: { server: 'https://kubernetes.default.svc', namespace: ARGOCD_NAMESPACE },
      syncPolicy: { automated: { prune: true, selfHeal: true } },
    },
  };
  const doc = newDoc(
    app,
    `App-of-Apps root: syncs every Application under ${path === '.' ? 'the repository root' : `${path}/`} (recursively${chartsDir ? `, except ${chartsDir}/ and dot-folders` : ''}).\nApply it once, by hand (it is not committed):\n  ${applyCommand()}\nDeleting it deletes every Application it created, and with them what they deployed (resources finalizer).`,
  );
  return render(doc);
}
