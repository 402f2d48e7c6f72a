/**
 * Report fixtures: a small platform repo (two clusters, a missing chart, a Helm-repo
 * chart), findings of every severity, the rule catalogue, and builders for large and
 * hostile repos.
 */
import type { ApplicationInfo, ChartInfo, RepoModel } from '../../src/repo/types.js';
import type { Finding, RuleMeta, ValidationSummary } from '../../src/validate/types.js';

export const catalogue: RuleMeta[] = [
  {
    id: 'app-chart-missing',
    severity: 'error',
    title: 'Application points at a missing chart',
    description: 'spec.source.path must name a chart directory under gitops/.',
    hint: 'Create the chart or fix spec.source.path.',
  },
  {
    id: 'app-prune-disabled',
    severity: 'warning',
    title: 'Automated sync without prune',
    description: 'syncPolicy.automated.prune is false, so deleted resources stay in the cluster.',
    hint: 'Set spec.syncPolicy.automated.prune: true.',
  },
  {
    id: 'chart-version-missing',
    severity: 'notice',
    title: 'Chart.yaml has no version',
    description: 'Chart.yaml should carry a SemVer version.',
    hint: 'Add version: 0.1.0 to Chart.yaml.',
  },
  {
    id: 'app-unused-rule',
    severity: 'warning',
    title: 'A rule without findings',
    description: 'Present in the catalogue only.',
    hint: '',
  },
];

/** Deliberately out of order. */
export const findings: Finding[] = [
  {
    ruleId: 'chart-version-missing',
    severity: 'notice',
    file: 'gitops/shop/prod/cart/Chart.yaml',
    line: 1,
    column: 1,
    message: 'Chart.yaml has no version.',
    hint: 'Add version: 0.1.0 to Chart.yaml.',
  },
  {
    ruleId: 'app-prune-disabled',
    severity: 'warning',
    file: 'argo-apps/argo-apps-prod/cart-application.yaml',
    line: 20,
    column: 5,
    message: 'Automated sync without prune.',
    hint: 'Set spec.syncPolicy.automated.prune: true.',
  },
  {
    ruleId: 'app-chart-missing',
    severity: 'error',
    file: 'argo-apps/argo-apps-prod/orders-application.yaml',
    line: 12,
    column: 7,
    endLine: 12,
    endColumn: 30,
    message: "spec.source.path 'gitops/shop/prod/orders' is not a chart directory.",
    hint: 'Create gitops/shop/prod/orders/Chart.yaml or fix the path.',
  },
  {
    ruleId: 'app-chart-missing',
    severity: 'error',
    file: 'argo-apps/argo-apps-prod/cart-application.yaml',
    line: 12,
    column: 7,
    message: "spec.source.path 'gitops/shop/prod/kart' is not a chart directory.",
    hint: 'Did you mean gitops/shop/prod/cart?',
  },
  {
    ruleId: 'yaml-duplicate-key',
    severity: 'warning',
    file: 'argo-apps/argo-apps-staging/cart-application.yaml',
    line: 3,
    column: 3,
    endLine: 5,
    endColumn: 9,
    message: 'Duplicate key metadata.name.',
    hint: 'Remove one of the keys.',
  },
];

export const summary: ValidationSummary = { applications: 4, charts: 3, errors: 2, warnings: 2, notices: 1 };

export function app(cluster: string, service: string, source: Partial<ApplicationInfo['sources'][number]> = {}): ApplicationInfo {
  return {
    file: `argo-apps/argo-apps-${cluster}/${service}-application.yaml`,
    docIndex: 0,
    name: `${service}-${cluster}`,
    cluster,
    service,
    project: 'default',
    destination: { server: 'https://kubernetes.default.svc', namespace: service },
    sources: [
      {
        index: -1,
        kind: 'helm',
        repoURL: 'https://github.com/acme/platform.git',
        path: `gitops/shop/${cluster}/${service}`,
        targetRevision: 'main',
        valueFiles: [],
        ...source,
      },
    ],
    prune: true,
    position: { line: 1, column: 1 },
  };
}

export function chart(cluster: string, service: string): ChartInfo {
  return { dir: `gitops/shop/${cluster}/${service}`, application: 'shop', cluster, service, name: service, version: '0.1.0' };
}

export function model(applications: ApplicationInfo[], charts: ChartInfo[]): RepoModel {
  return {
    root: '/work/platform',
    appsDir: 'argo-apps',
    chartsDir: 'gitops',
    files: new Set([...applications.map((a) => a.file), ...charts.map((c) => `${c.dir}/Chart.yaml`)]),
    applications,
    charts,
    skipped: [],
  };
}

/** prod: cart (ok chart), orders (missing chart); staging: cart, redis from a Helm repo. */
export function smallModel(): RepoModel {
  const m = model(
    [
      app('prod', 'cart'),
      app('prod', 'orders'),
      app('staging', 'cart'),
      app('staging', 'redis', { kind: 'helm-repo', path: undefined, chart: 'redis', repoURL: 'https://charts.bitnami.com/bitnami', targetRevision: '19.0.1' }),
    ],
    [chart('prod', 'cart'), chart('staging', 'cart'), chart('prod', 'payments')],
  );
  m.skipped = [
    { file: 'argo-apps/argo-apps-prod/project.yaml', kind: 'AppProject', name: 'shop' },
    { file: 'argo-apps/argo-apps-prod/set.yaml', kind: 'ApplicationSet' },
  ];
  return m;
}

/** `clusters` clusters with `perCluster` apps each, each app with its own chart. */
export function largeModel(clusters: number, perCluster: number): RepoModel {
  const apps: ApplicationInfo[] = [];
  const charts: ChartInfo[] = [];
  for (let c = 0; c < clusters; c++) {
    for (let s = 0; s < perCluster; s++) {
      apps.push(app(`cluster${String(c).padStart(2, '0')}`, `svc${String(s).padStart(3, '0')}`));
      charts.push(chart(`cluster${String(c).padStart(2, '0')}`, `svc${String(s).padStart(3, '0')}`));
    }
  }
  return model(apps, charts);
}

/** Names that try to break markdown tables and Mermaid graphs. */
export const HOSTILE = [
  'pipe|svc',
  'tick`svc``',
  'brack[et]s(x){y}',
  'quote"svc\'',
  '<script>alert(1)</script>',
  'new\nline',
  'hash#35;semi;colon:end',
  'end',
  '```mermaid',
  'click A call alert()',
  '$x$ **bold** _it_ ~~s~~ ![i](u) [l](u)',
];

export function hostileModel(): RepoModel {
  const apps = HOSTILE.map((name, i) => {
    const a = app(i % 2 ? 'prod"]:::x' : 'staging|x', `s${i}`);
    a.name = name;
    a.service = name;
    a.sources[0]!.path = `gitops/shop/${name}`;
    return a;
  });
  return model(apps, []);
}
