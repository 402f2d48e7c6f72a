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
  /** Default `argo-apps`. */
  appsDir?: string;
  /** Default `default`. */
  project?: string;
}

export const ROOT_APPLICATION_FILE = 'root-application.yaml';

export function applyCommand(file = ROOT_APPLICATION_FILE): string {
  return `kubectl apply -n ${ARGOCD_NAMESPACE} -f ${file}`;
}

/** Validates the parameters (InputError naming `repo-url`, `revision`, ...) and renders the root Application. */
export function renderRootApplication(params: RootApplicationParams): string {
  const repoUrl = validateRepoUrl('repo-url', params.repoUrl);
  const revision = validateRevision(params.revisionInput ?? 'revision', params.revision ?? 'main');
  const name = validateLabel('name', params.name ?? 'root', 63);
  const appsDir = validateRepoDir('apps-dir', params.appsDir ?? 'argo-apps');
  const project = validateLabel('project', params.project ?? 'default', 63);
  const app = {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Application',
    metadata: { name, namespace: ARGOCD_NAMESPACE, finalizers: [RESOURCES_FINALIZER] },
    spec: {
      project,
      source: { repoURL: repoUrl, targetRevision: revision, path: appsDir, directory: { recurse: true } },
      destination: { server: 'https://kubernetes.default.svc', namespace: ARGOCD_NAMESPACE },
      syncPolicy: { automated: { prune: true, selfHeal: true } },
    },
  };
  const doc = newDoc(
    app,
    `App-of-Apps root: syncs every Application under ${appsDir}/ (recursively).\nApply it once, by hand (it is not committed):\n  ${applyCommand()}\nDeleting it deletes every Application it created, and with them what they deployed (resources finalizer).`,
  );
  return render(doc);
}
