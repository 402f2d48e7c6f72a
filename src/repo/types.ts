/**
 * The model of a platform repo that validate builds in one pass and that policy,
 * generation and the reports read. Positions are 1-based.
 */
export interface Position {
  line: number;
  column: number;
}

export type SourceKind = 'helm' | 'kustomize' | 'directory' | 'helm-repo' | 'ref' | 'plugin';

export interface AppSource {
  /** Index in spec.sources, or -1 for spec.source. */
  index: number;
  kind: SourceKind;
  repoURL?: string;
  /** Repo-relative path as written (not normalised). */
  path?: string;
  chart?: string;
  targetRevision?: string;
  ref?: string;
  valueFiles: string[];
  /** helm.releaseName: two Applications of one chart with different release names own different objects. */
  releaseName?: string;
  /** helm.parameters, helm.values, helm.valuesObject or helm.fileParameters are set: values.yaml is not all that runs. */
  helmOverrides?: boolean;
  /** The path is not a directory of the repository (reported as source.path-missing). */
  missing?: boolean;
}

export interface ApplicationInfo {
  /** Repo-relative file path. */
  file: string;
  /** 0-based index of the YAML document in the file. */
  docIndex: number;
  name: string;
  /** From the folder name `argo-apps-<cluster>`, when the file follows the layout. */
  cluster?: string;
  /** From the file name `<service>-application.yaml`, when it follows the layout. */
  service?: string;
  project?: string;
  destination: { server?: string; name?: string; namespace?: string };
  sources: AppSource[];
  /** Whether spec.syncPolicy.automated.prune is true. */
  prune: boolean;
  /** The Argo CD namespace the Application object lives in (metadata.namespace); absent means argocd. */
  appNamespace?: string;
  position: Position;
}

export interface ChartInfo {
  /** Repo-relative chart directory, e.g. gitops/shop/prod/cart */
  dir: string;
  /** From the path gitops/<application>/<cluster>/<service>, when it follows the layout. */
  application?: string;
  cluster?: string;
  service?: string;
  name?: string;
  version?: string;
  /** `type` from Chart.yaml when it parsed (`application` when unset). */
  type?: string;
  /** Set when the chart's .helmignore leaves out its values.yaml (the chart rules then do not read it). */
  valuesIgnored?: boolean;
  /** Repo-relative directories of its `file://` dependencies (Chart.yaml or requirements.yaml), when it has any. */
  fileDependencies?: string[];
}

export interface RepoModel {
  /** Absolute path of the repo root. */
  root: string;
  appsDir: string;
  chartsDir: string;
  /** The platform repo's folder when it is a folder of the repository (ValidateOptions.platformRoot); absent at the root. */
  platformRoot?: string;
  /** Every regular file under appsDir and chartsDir (repo-relative), as read. */
  files: Set<string>;
  applications: ApplicationInfo[];
  charts: ChartInfo[];
  /** Other kinds found under appsDir (AppProject, ApplicationSet, ...) and skipped. */
  skipped: { file: string; kind: string; name?: string }[];
}
