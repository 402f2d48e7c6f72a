/**
 * The proposal: the value that generation produces and that the policy gate,
 * the reports and the GitHub publisher consume. Nothing in it has touched disk.
 */
export interface ProposedFile {
  /** Repo-relative path, forward slashes. */
  path: string;
  /** Full file content (UTF-8). */
  content: string;
  /** Generation only ever creates; anything else is refused by read-and-preserve and by policy. */
  action: 'create' | 'modify' | 'delete';
}

export interface BlastRadius {
  clusters: string[];
  namespaces: string[];
  /** Names of the Argo CD Applications the proposal adds. */
  applications: string[];
  /** Kinds of Kubernetes resources the chart renders (Deployment, Service, ...). */
  resourceKinds: string[];
  /** Whether automated sync with prune applies to what is created. */
  prune: boolean;
}

export interface GenerateRequest {
  service: string;
  application: string;
  clusters: string[];
  image: string;
  port: number;
  replicas: number;
  namespace: string;
  targetRevision: string;
  ciWorkflow: 'generate' | 'skip';
  repoUrl: string;
  /**
   * The URL of the GitHub repository the CI workflow will run in, when the run knows it (the
   * action's GITHUB_REPOSITORY, where the pull request goes); else repoUrl is taken for it.
   */
  workflowRepoUrl?: string;
  appsDir: string;
  chartsDir: string;
  /**
   * The inputs among port, replicas, namespace and target-revision that were asked for (given,
   * and not the default): a kept file that differs from one of those gets a note. Unset: all.
   */
  given?: string[];
}

export type ProposalOutcome = 'allowed' | 'denied' | 'halted' | 'unchanged';

export interface Proposal {
  request: GenerateRequest;
  files: ProposedFile[];
  /** What was found and kept as it is, and why. */
  preservationNotes: string[];
  /** Repo-relative paths of existing files that the proposal relies on and keeps unchanged. */
  kept: string[];
  blastRadius: BlastRadius;
  rollback: string[];
  /** Set when read-and-preserve found a conflict: no files are proposed, and this asks the engineer what to do. */
  question?: string;
  /**
   * Per cluster, the Application file and chart dir generation wired (created or kept), with the
   * cluster, service and application it filled the repo's layout with. The policy gate reads
   * them instead of parsing paths by the default layout, which a followed layout
   * (`gitops/{cluster}/{application}/{service}`, `argo-apps/{cluster}/{service}.yaml`) breaks.
   */
  targets?: ProposalTarget[];
}

export interface ProposalTarget {
  cluster: string;
  service: string;
  application: string;
  /** Repo-relative path of the Application file (the proposed one, or the layout's when one is kept elsewhere). */
  appFile: string;
  /** Repo-relative chart (or kustomization) directory. */
  chartDir: string;
  /** The Application's name: the proposed one's, or the kept one's (which may be named otherwise). */
  appName?: string;
}
